package org.kofu.core.existing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.kofu.core.certificate.CertificateSubject;

/**
 * What an issuance record keeps of a certificate the existing system finished on demand (都度作成): the
 * PDF as served, dated and numbered by that system, and the subject the relay asked it for. A
 * repeat serves the PDF as it is, after the same subject and hash checks as a kept body that is
 * stamped (the relay's {@code KeptBodies}); the admin reads it to show a kept body again. The first
 * byte ({@code 'P'}) tells it from a rendered body's cache form and from a foreign body's ({@code
 * 'F'}).
 */
public final class FinishedForm {

  private static final int MAGIC = 0x50;
  private static final int FORMAT = 1;

  /** A finished PDF and the subject it was asked for. Holds personal data: never log it. */
  public record Finished(CertificateSubject subject, byte[] pdf) {
    @Override
    public String toString() {
      return "Finished[" + pdf.length + " B]";
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Finished f && f.subject.equals(subject);
    }

    @Override
    public int hashCode() {
      return subject.hashCode();
    }
  }

  private FinishedForm() {}

  public static boolean isFinished(byte[] payload) {
    return payload.length > 1 && (payload[0] & 0xff) == MAGIC;
  }

  public static byte[] encode(CertificateSubject subject, byte[] pdf) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(pdf.length + 128);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(MAGIC);
      out.writeByte(FORMAT);
      out.writeUTF(subject.key());
      out.writeInt(pdf.length);
      out.write(pdf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * @throws IllegalArgumentException when the bytes are no finished form
   */
  public static Finished decode(byte[] payload) {
    if (!isFinished(payload)) {
      throw new IllegalArgumentException("not a finished certificate");
    }
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload))) {
      in.readUnsignedByte();
      if (in.readUnsignedByte() != FORMAT) {
        throw new IllegalArgumentException("unknown finished format");
      }
      CertificateSubject subject = CertificateSubject.parse(in.readUTF());
      int length = in.readInt();
      if (length < 0 || length > payload.length) {
        throw new IllegalArgumentException("corrupt finished length");
      }
      byte[] pdf = new byte[length];
      in.readFully(pdf);
      return new Finished(subject, pdf);
    } catch (IOException e) {
      throw new IllegalArgumentException("truncated finished certificate", e);
    }
  }
}
