package org.kofu.core.render;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.util.JRTextMeasurerUtil;
import org.kofu.core.certificate.CertificateContent;
import org.kofu.core.render.body.BodyInspector;
import org.kofu.core.render.body.BodyStamper;
import org.kofu.core.render.body.Placeholders;
import org.kofu.core.render.body.RenderedBody;
import org.kofu.core.render.body.RenderedBodyCodec;
import org.kofu.core.render.body.StampSites;
import org.kofu.core.render.font.FontCatalog;
import org.kofu.core.render.font.GlyphCoverage;
import org.kofu.core.render.layout.CertificateLayouts;
import org.kofu.core.render.layout.ReportTemplate;
import org.kofu.core.render.layout.Row;
import org.kofu.core.render.layout.RowDataSource;
import org.kofu.core.render.layout.Sentences;
import org.kofu.core.render.layout.SingleLineTextMeasurerFactory;
import org.kofu.core.render.pdf.DocumentMjFonts;
import org.kofu.core.render.pdf.LeanPdfWriter;
import org.kofu.core.render.pdf.PdfFonts;

/**
 * Renders certificate bodies: the content's rows through the shared template, exported to PDF with
 * placeholders for the issue date and number, checked to be stampable. Thread-safe; the template is
 * compiled once per process. Constructible without Spring.
 *
 * <p>{@link #render} gives the PDF as served; {@link #renderForCache} the same document with its
 * font programs and maps stored rather than deflated, the cache's form ({@link RenderedBodyCodec}):
 * deflating them is about half of rendering, and the cache would only inflate them again.
 */
public final class CertificateRenderer {

  private final CertificateProperties properties;
  private final Clock clock;
  private final JasperReport report = ReportTemplate.get();
  private final SimpleJasperReportsContext context;
  private final LeanPdfWriter pdfWriter;
  private final GlyphCoverage coverage;
  private final int[] glyphIds;
  private final Object citySeal;
  private final String cityName;
  private final String mayorLine;

  public CertificateRenderer(CertificateProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
    FontCatalog fonts = FontCatalog.shared();
    this.coverage = new GlyphCoverage(fonts);
    this.glyphIds = Placeholders.GLYPHS.chars().map(c -> fonts.mainGlyphId((char) c)).toArray();
    this.context = new SimpleJasperReportsContext(DefaultJasperReportsContext.getInstance());
    context.setProperty(
        JRTextMeasurerUtil.PROPERTY_TEXT_MEASURER_FACTORY,
        SingleLineTextMeasurerFactory.class.getName());
    // Row labels travel as element properties to the PDF writer (TextDrawing.LABEL_PROPERTY).
    context.setProperty("net.sf.jasperreports.print.transfer.kofu", "kofu.");
    this.pdfWriter = new LeanPdfWriter(context, PdfFonts.shared(), Deflater.BEST_SPEED);
    this.citySeal = CitySeal.load(properties.sealImage());
    this.cityName = coverage.prepare(properties.cityName(), "kofu.certificate.city-name");
    this.mayorLine =
        coverage.prepare(
            properties.cityName() + "長　" + properties.mayorName(), "kofu.certificate.mayor-name");
  }

  /** Renders and stamps one throw-away certificate, paying the first-use costs now. */
  public void warmUp() {
    RenderedBody body = render(WarmUpContent.sample());
    new BodyStamper().stamp(body, LocalDate.now(clock), "000000-000000-000000");
  }

  /**
   * Passes every text the certificate would print through the glyph coverage without filling it: an
   * {@link org.kofu.core.render.font.UndrawableCharacterException} if one cannot be printed.
   */
  public void checkPrintable(CertificateContent content) {
    CertificateLayouts.rows(content, properties.myNumberEnabled(), coverage);
  }

  /**
   * Whether the certificate prints a glyph of IPAmj明朝 (a character beyond the Mincho fonts, a
   * variation sequence, a 外字): such a body embeds subsets of IPAmj made for it. Undrawable texts
   * throw as {@link #checkPrintable} does.
   */
  public boolean printsMjGlyphs(CertificateContent content) {
    return CertificateLayouts.rows(content, properties.myNumberEnabled(), coverage).stream()
        .anyMatch(r -> r.anyValue(v -> v.codePoints().anyMatch(DocumentMjFonts::isMj)));
  }

  public RenderedBody render(CertificateContent content) {
    return render(content, pdfWriter);
  }

  /**
   * The body in the cache's form: a valid PDF like {@link #render}'s, with every stream stored.
   * {@link RenderedBodyCodec#decode} deflates its font programs and maps for serving.
   */
  public RenderedBody renderForCache(CertificateContent content) {
    // a writer is two references; its stored fonts load on the first call of the process
    return render(content, new LeanPdfWriter(context, PdfFonts.stored(), Deflater.NO_COMPRESSION));
  }

  private RenderedBody render(CertificateContent content, LeanPdfWriter writer) {
    Instant renderedAt = clock.instant();
    JasperPrint print =
        fill(content, CertificateLayouts.rows(content, properties.myNumberEnabled(), coverage));
    byte[] pdf = writer.write(print);
    int pages = print.getPages().size();
    StampSites sites = BodyInspector.locate(pdf, glyphIds, pages);
    return new RenderedBody(content.subject(), content.sources(), renderedAt, pages, pdf, sites);
  }

  private JasperPrint fill(CertificateContent content, List<Row> rows) {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("TITLE", Sentences.title(content));
    parameters.put("CITY_NAME", cityName);
    parameters.put("SENTENCE", Sentences.of(content));
    parameters.put("MAYOR_LINE", mayorLine);
    parameters.put("CITY_SEAL", citySeal);
    parameters.put("NUMBER_PLACEHOLDER", Placeholders.NUMBER);
    parameters.put("DATE_PLACEHOLDER", Placeholders.DATE);
    parameters.put("GLYPH_RESERVE", Placeholders.RESERVE);
    try {
      return JasperFillManager.getInstance(context)
          .fill(report, parameters, new RowDataSource(rows));
    } catch (JRException e) {
      throw new IllegalStateException("filling " + content.subject().type() + " failed", e);
    }
  }
}
