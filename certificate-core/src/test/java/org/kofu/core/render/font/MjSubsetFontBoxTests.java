package org.kofu.core.render.font;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.fontbox.ttf.NameRecord;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A per-document subset of IPAmj明朝 as PDFBox reads it (a reader of the PDF, the kiosk's checker,
 * the tests): named "KofuMJ" in its name table (ID 6, the PostScript name), and read without
 * FontBox's WARN "No PostScript name data is provided", which a format-3 {@code post} table at the
 * very end of the file made for every MJ body read.
 */
class MjSubsetFontBoxTests {

  private final Logger fontbox = (Logger) LoggerFactory.getLogger("org.apache.fontbox");
  private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
  private Level level;

  // IPAmj itself read first: FontBox warns of its format-14 cmap once, which is not the subset's
  private final MjFont mj = MjFont.shared();

  @BeforeEach
  void listen() {
    level = fontbox.getLevel();
    fontbox.setLevel(Level.DEBUG);
    logged.start();
    fontbox.addAppender(logged);
  }

  @AfterEach
  void stopListening() {
    fontbox.detachAppender(logged);
    fontbox.setLevel(level);
  }

  @Test
  void aSubsetHasItsPostScriptNameAndFontBoxReadsItWithoutAWarning() throws Exception {
    SortedMap<Integer, Integer> shown = new TreeMap<>();
    shown.put(0x4F02, mj.glyph(0x4F02, 0)); // 伂, mj006561
    shown.put(0x5002, mj.glyph(0x5002, 0)); // 倂, mj006816
    byte[] subset = mj.subset(shown);

    try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(subset))) {
      assertThat(ttf.getName()).isEqualTo("KofuMJ");
      assertThat(postScriptNames(ttf)).containsExactly("KofuMJ");
      assertThat(ttf.getPostScript().getFormatType()).isEqualTo(3.0f);
      assertThat(ttf.getUnicodeCmapLookup().getGlyphId(0x4F02)).isPositive();
    }
    assertThat(warnings()).isEmpty();
    assertThat(logged.list)
        .extracting(ILoggingEvent::getFormattedMessage)
        .noneMatch(m -> m.contains("No PostScript name data"));
  }

  @Test
  void theDirectoryStaysInTagOrderWhilePostIsNotTheLastTableInTheFile() {
    SortedMap<String, byte[]> tables = new TreeMap<>();
    tables.put("OS/2", new byte[] {1, 2});
    tables.put("glyf", new byte[] {3, 4, 5, 6, 7});
    tables.put("name", new byte[] {8});
    tables.put("post", new byte[32]);
    ByteBuffer font = ByteBuffer.wrap(SfntTables.write(tables));

    List<String> tags = new ArrayList<>();
    long postEnd = 0;
    for (int i = 0; i < 4; i++) {
      int record = 12 + i * 16;
      byte[] tag = new byte[4];
      font.get(record, tag);
      tags.add(new String(tag, java.nio.charset.StandardCharsets.ISO_8859_1));
      int offset = font.getInt(record + 8);
      byte[] body = new byte[font.getInt(record + 12)];
      font.get(offset, body);
      assertThat(body).isEqualTo(tables.get(tags.get(i)));
      if (tags.get(i).equals("post")) {
        postEnd = offset + body.length;
      }
    }
    assertThat(tags).containsExactly("OS/2", "glyf", "name", "post");
    assertThat(postEnd).isLessThan(font.capacity());
  }

  private List<String> warnings() {
    return logged.list.stream()
        .filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
        .map(ILoggingEvent::getFormattedMessage)
        .toList();
  }

  private static List<String> postScriptNames(TrueTypeFont ttf) throws java.io.IOException {
    return ttf.getNaming().getNameRecords().stream()
        .filter(r -> r.getNameId() == NameRecord.NAME_POSTSCRIPT_NAME)
        .map(NameRecord::getString)
        .toList();
  }
}
