package org.kofu.relay.support;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.certificate.PersonRef;
import org.kofu.core.existing.BodyRequest;
import org.kofu.core.existing.ChangedBodies;
import org.kofu.core.existing.ExistingSystemCertificates;
import org.kofu.core.existing.ExistingSystemException;
import org.kofu.core.existing.ExistingSystemException.Outcome;
import org.kofu.core.existing.FinishedCertificate;
import org.kofu.core.existing.ForeignBody;
import org.kofu.core.existing.StampArea;
import org.kofu.wareki.Wareki;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An existing system in the relay's JVM behind the adapter seam, as a vendor's adapter would be
 * registered: 印鑑登録証明書 made with PDFBox in its own layout and IPAex明朝 from the demo data's rows
 * ({@link TestLegacy}), with the rows' versions; and the ways it can answer wrongly, as the
 * stand-in's ({@code ops/existing-system}). Like {@code HttpExistingSystemCertificates} it gives up
 * at the caller's deadline: what a slow system costs the relay is the deadline the relay hands in.
 */
public final class TestExistingSystem implements ExistingSystemCertificates {

  /** How it answers. */
  public enum Mode {
    NONE,
    SLOW,
    ERROR,
    GARBAGE,
    OTHER_SUBJECT,
    STALE
  }

  private static final File IPAEX =
      new File("/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf");

  /** Parsed once: parsing IPAex per certificate would cost the requests seconds on a busy host. */
  private static TrueTypeFont ipaex;

  private volatile Clock clock;
  private volatile Mode mode = Mode.NONE;
  private volatile Mode bodyMode;
  private final AtomicInteger certificateCalls = new AtomicInteger();
  private final AtomicInteger bodyCalls = new AtomicInteger();
  private final List<Duration> deadlinesGiven = new CopyOnWriteArrayList<>();

  /** On the clock of the relays it serves, so that their deadlines mean the same here. */
  public TestExistingSystem(Clock clock) {
    this.clock = clock;
  }

  /** The clock of the relays it serves, once they run. */
  public void useClock(Clock clock) {
    this.clock = clock;
  }

  /** How it answers from now on; for bodies too, unless {@link #setBodies} says otherwise. */
  public void set(Mode mode) {
    this.mode = mode;
    this.bodyMode = null;
  }

  /** How it answers for bodies ahead of time, whatever it does for finished certificates. */
  public void setBodies(Mode mode) {
    this.bodyMode = mode;
  }

  public int certificateCalls() {
    return certificateCalls.get();
  }

  public int bodyCalls() {
    return bodyCalls.get();
  }

  /** The time each call was given, from its start to the deadline handed in. */
  public List<Duration> deadlinesGiven() {
    return deadlinesGiven;
  }

  @Override
  public FinishedCertificate certificate(
      BodyRequest request, LocalDate issueDate, String certificateNumber, Instant deadline) {
    certificateCalls.incrementAndGet();
    deadlinesGiven.add(Duration.between(clock.instant(), deadline));
    Mode mode = this.mode;
    misbehave(mode, deadline);
    long atenaNo = atenaNo(request.subject());
    long subjectAtena = mode == Mode.OTHER_SUBJECT ? stranger(atenaNo) : atenaNo;
    Map<String, Long> versions = versions(subjectAtena, mode);
    byte[] pdf =
        mode == Mode.GARBAGE
            ? "<html>busy</html>".getBytes(StandardCharsets.US_ASCII)
            : pdf(subjectAtena, Wareki.format(issueDate), certificateNumber, null);
    return new FinishedCertificate(pdf, versions);
  }

  @Override
  public ForeignBody body(BodyRequest request, Instant deadline) {
    bodyCalls.incrementAndGet();
    Mode mode = bodyMode == null ? this.mode : bodyMode;
    misbehave(mode, deadline);
    long atenaNo = atenaNo(request.subject());
    long subjectAtena = mode == Mode.OTHER_SUBJECT ? stranger(atenaNo) : atenaNo;
    List<StampArea> areas = new ArrayList<>();
    byte[] pdf =
        mode == Mode.GARBAGE
            ? "<html>busy</html>".getBytes(StandardCharsets.US_ASCII)
            : pdf(subjectAtena, null, null, areas);
    return new ForeignBody(request.subject(), pdf, versions(subjectAtena, mode), areas);
  }

  @Override
  public ChangedBodies changedSince(long changedSince, int limit, Instant deadline) {
    return new ChangedBodies(List.of(), changedSince, false);
  }

  private void misbehave(Mode mode, Instant deadline) {
    switch (mode) {
      case SLOW -> {
        // a system that would answer in 30 s; the adapter abandons the exchange at the deadline
        Duration wait = Duration.between(clock.instant(), deadline);
        sleep(wait.isNegative() ? Duration.ZERO : wait);
        throw new ExistingSystemException(Outcome.TIMED_OUT, null, "deadline passed");
      }
      case ERROR -> throw new ExistingSystemException(Outcome.FAILED, null, "HTTP 500");
      default -> {}
    }
  }

  private static Map<String, Long> versions(long atenaNo, Mode mode) {
    JdbcTemplate jdbc = TestLegacy.jdbc();
    long stale = mode == Mode.STALE ? 1 : 0;
    Map<String, Long> versions = new HashMap<>();
    versions.put(
        "madoguchi.jumin:" + atenaNo,
        jdbc.queryForObject(
                "SELECT version FROM madoguchi.jumin WHERE atena_no = ?", Long.class, atenaNo)
            - stale);
    jdbc.query(
        "SELECT inkan_no, version FROM madoguchi.inkan WHERE atena_no = ? AND status = 'ACTIVE'",
        rs -> {
          versions.put("madoguchi.inkan:" + rs.getLong(1), rs.getLong(2) - stale);
        },
        atenaNo);
    return versions;
  }

  private static long atenaNo(CertificateSubject subject) {
    if (subject.type() != CertificateType.INKAN
        || !(subject.person() instanceof PersonRef.Resident r)) {
      throw new ExistingSystemException(Outcome.FAILED, null, "only 印鑑登録証明書 here");
    }
    return r.atenaNo();
  }

  /** An ACTIVE seal holder of another household. */
  private static long stranger(long atenaNo) {
    return TestLegacy.jdbc()
        .queryForObject(
            "SELECT MIN(j.atena_no) FROM madoguchi.jumin j JOIN madoguchi.inkan i"
                + " ON i.atena_no = j.atena_no AND i.status = 'ACTIVE' WHERE j.setai_no <>"
                + " (SELECT setai_no FROM madoguchi.jumin WHERE atena_no = ?)",
            Long.class,
            atenaNo);
  }

  /**
   * A one-page A4 certificate; dated and numbered when {@code date} is set, else with blank areas
   * added to {@code areas}. It prints the 宛名番号 so that tests can tell whose it is.
   */
  private static synchronized byte[] pdf(
      long atenaNo, String date, String number, List<StampArea> areas) {
    try (PDDocument doc = new PDDocument()) {
      if (ipaex == null) {
        ipaex = new TTFParser().parse(new RandomAccessReadBufferedFile(IPAEX));
      }
      PDType0Font font = PDType0Font.load(doc, ipaex, true);
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
        text(c, font, 18, 200, 760, "印鑑登録証明書");
        text(c, font, 11, 72, 700, "既存システム作成 宛名番号 " + atenaNo);
        text(c, font, 11, 72, 160, "この写しは、登録されている印影と相違ないことを証明する。");
        if (date != null) {
          text(c, font, 11, 380, 124, date);
          text(c, font, 10, 360, 40, number);
        } else {
          areas.add(new StampArea(1, StampArea.Field.ISSUE_DATE, 380, 120, 160, 14));
          areas.add(new StampArea(1, StampArea.Field.CERTIFICATE_NUMBER, 360, 36, 180, 14));
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void text(
      PDPageContentStream c, PDType0Font font, float size, float x, float y, String text)
      throws IOException {
    c.beginText();
    c.setFont(font, size);
    c.newLineAtOffset(x, y);
    c.showText(text);
    c.endText();
  }

  private static void sleep(Duration wait) {
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
