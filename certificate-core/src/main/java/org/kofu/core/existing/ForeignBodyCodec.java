package org.kofu.core.existing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kofu.core.certificate.CertificateSubject;

/**
 * The bytes of a checked foreign body (a {@link CheckedBody}) as the cache stores them, for the
 * batch that writes them (事前作成) and the relay that stamps them: the subject it was asked for, its
 * source versions, its {@link StampPlan} and the PDF as the existing system made it. Decoding
 * parses no PDF: the plan is read back as it was worked out when the body was checked, so a cache
 * hit only appends the date and the number ({@link ForeignBodyStamper}).
 *
 * <p>The first byte tells these bytes from a rendered body's ({@link
 * org.kofu.core.render.body.RenderedBodyCodec}, whose formats are small numbers): {@link
 * #isForeign(byte[])}. The source versions travel inside the bytes as well as beside them in the
 * cache entry; a reader compares the two and treats a difference as a miss.
 */
public final class ForeignBodyCodec {

  /** {@code 'F'}: never a rendered body's format byte. */
  private static final int MAGIC = 0x46;

  private static final int FORMAT = 1;

  private ForeignBodyCodec() {}

  /** Whether {@code encoded} is a foreign body's bytes (of any format). */
  public static boolean isForeign(byte[] encoded) {
    return encoded != null && encoded.length > 1 && (encoded[0] & 0xff) == MAGIC;
  }

  public static byte[] encode(CheckedBody body) {
    StampPlan plan = body.plan();
    ByteArrayOutputStream bytes =
        new ByteArrayOutputStream(body.pdf().length + plan.fixedObjects().length + 4096);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(MAGIC);
      out.writeByte(FORMAT);
      out.writeUTF(body.subject().key());
      Map<String, Long> versions = new TreeMap<>(body.sourceVersions());
      out.writeInt(versions.size());
      for (Map.Entry<String, Long> e : versions.entrySet()) {
        out.writeUTF(e.getKey());
        out.writeLong(e.getValue());
      }
      writeBytes(out, plan.fixedObjects());
      writeInts(out, plan.fixedOffsets());
      out.writeInt(plan.firstNumber());
      out.writeInt(plan.pages().size());
      for (StampPlan.PagePlan page : plan.pages()) {
        writePage(out, page);
      }
      writeBytes(out, plan.trailerEntries().getBytes(StandardCharsets.ISO_8859_1));
      out.writeLong(plan.previousXref());
      out.writeBoolean(plan.newlineFirst());
      writeBytes(out, body.pdf());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * The checked body the bytes hold, without parsing its PDF.
   *
   * @throws IllegalArgumentException when the bytes are no foreign body of this format (answer a
   *     miss)
   */
  public static CheckedBody decode(byte[] encoded) {
    if (!isForeign(encoded)) {
      throw new IllegalArgumentException("not a foreign body");
    }
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(encoded))) {
      in.readUnsignedByte();
      int format = in.readUnsignedByte();
      if (format != FORMAT) {
        throw new IllegalArgumentException("unknown foreign body format " + format);
      }
      CertificateSubject subject = CertificateSubject.parse(in.readUTF());
      int count = count(in, encoded);
      Map<String, Long> versions = new TreeMap<>();
      for (int i = 0; i < count; i++) {
        versions.put(in.readUTF(), in.readLong());
      }
      byte[] fixed = readBytes(in, encoded);
      int[] offsets = readInts(in, encoded);
      int firstNumber = in.readInt();
      int pageCount = count(in, encoded);
      List<StampPlan.PagePlan> pages = new ArrayList<>(pageCount);
      for (int i = 0; i < pageCount; i++) {
        pages.add(readPage(in, encoded));
      }
      String trailer = new String(readBytes(in, encoded), StandardCharsets.ISO_8859_1);
      StampPlan plan =
          new StampPlan(
              fixed, offsets, firstNumber, pages, trailer, in.readLong(), in.readBoolean());
      byte[] pdf = readBytes(in, encoded);
      if (in.available() != 0) {
        throw new IllegalArgumentException("trailing bytes after a foreign body");
      }
      return new CheckedBody(subject, pdf, versions, plan);
    } catch (IOException e) {
      throw new IllegalArgumentException("truncated foreign body", e);
    }
  }

  private static void writePage(DataOutputStream out, StampPlan.PagePlan page) throws IOException {
    out.writeInt(page.objectNumber());
    out.writeInt(page.generation());
    writeBytes(out, page.pageObject());
    out.writeInt(page.areas().size());
    for (StampArea a : page.areas()) {
      out.writeInt(a.page());
      out.writeByte(a.field().ordinal());
      out.writeFloat(a.x());
      out.writeFloat(a.y());
      out.writeFloat(a.width());
      out.writeFloat(a.height());
    }
  }

  private static StampPlan.PagePlan readPage(DataInputStream in, byte[] encoded)
      throws IOException {
    int number = in.readInt();
    int generation = in.readInt();
    byte[] object = readBytes(in, encoded);
    int count = count(in, encoded);
    List<StampArea> areas = new ArrayList<>(count);
    StampArea.Field[] fields = StampArea.Field.values();
    for (int i = 0; i < count; i++) {
      int page = in.readInt();
      int field = in.readUnsignedByte();
      if (field >= fields.length) {
        throw new IllegalArgumentException("unknown stamp field");
      }
      areas.add(
          new StampArea(
              page, fields[field], in.readFloat(), in.readFloat(), in.readFloat(), in.readFloat()));
    }
    return new StampPlan.PagePlan(number, generation, object, List.copyOf(areas));
  }

  /** A count or length, refused when the bytes could not hold that many. */
  private static int count(DataInputStream in, byte[] encoded) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > encoded.length) {
      throw new IllegalArgumentException("corrupt foreign body length");
    }
    return n;
  }

  private static void writeBytes(DataOutputStream out, byte[] value) throws IOException {
    out.writeInt(value.length);
    out.write(value);
  }

  private static byte[] readBytes(DataInputStream in, byte[] encoded) throws IOException {
    byte[] value = new byte[count(in, encoded)];
    in.readFully(value);
    return value;
  }

  private static void writeInts(DataOutputStream out, int[] values) throws IOException {
    out.writeInt(values.length);
    for (int v : values) {
      out.writeInt(v);
    }
  }

  private static int[] readInts(DataInputStream in, byte[] encoded) throws IOException {
    int[] values = new int[count(in, encoded)];
    for (int i = 0; i < values.length; i++) {
      values[i] = in.readInt();
    }
    return values;
  }
}
