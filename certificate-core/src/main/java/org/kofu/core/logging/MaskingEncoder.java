package org.kofu.core.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.EncoderBase;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Wraps an appender's encoder: each encoded line (message and stack trace) goes through {@link
 * PersonalNumbers#mask}.
 */
final class MaskingEncoder extends EncoderBase<ILoggingEvent> {

  private final Encoder<ILoggingEvent> delegate;
  private final Charset charset;

  MaskingEncoder(Encoder<ILoggingEvent> delegate) {
    this.delegate = delegate;
    Charset own =
        delegate instanceof LayoutWrappingEncoder<ILoggingEvent> layout
            ? layout.getCharset()
            : null;
    this.charset = own == null ? StandardCharsets.UTF_8 : own;
  }

  @Override
  public byte[] headerBytes() {
    return delegate.headerBytes();
  }

  @Override
  public byte[] encode(ILoggingEvent event) {
    byte[] line = delegate.encode(event);
    if (line == null) {
      return null;
    }
    String text = new String(line, charset);
    String masked = PersonalNumbers.mask(text);
    return masked == text ? line : masked.getBytes(charset);
  }

  @Override
  public byte[] footerBytes() {
    return delegate.footerBytes();
  }
}
