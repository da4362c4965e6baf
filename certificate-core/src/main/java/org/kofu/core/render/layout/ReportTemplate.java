package org.kofu.core.render.layout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;

/**
 * The compiled template, once per process: compiling is slow and two threads compiling the same
 * JRXML at once collide on the class file the compiler writes to {@code java.io.tmpdir}.
 */
public final class ReportTemplate {

  static final String LOCATION = "reports/certificate.jrxml";

  private ReportTemplate() {}

  public static JasperReport get() {
    return Holder.REPORT;
  }

  private static final class Holder {
    static final JasperReport REPORT = compile();

    private static JasperReport compile() {
      try (InputStream in = ReportTemplate.class.getClassLoader().getResourceAsStream(LOCATION)) {
        return JasperCompileManager.compileReport(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (JRException e) {
        throw new IllegalStateException("cannot compile " + LOCATION, e);
      }
    }
  }
}
