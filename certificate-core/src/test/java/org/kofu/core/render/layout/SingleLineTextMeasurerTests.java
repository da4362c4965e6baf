package org.kofu.core.render.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.font.TextAttribute;
import java.util.Locale;
import java.util.Map;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.design.JRDesignTextField;
import net.sf.jasperreports.engine.fill.JRMeasuredText;
import net.sf.jasperreports.engine.fill.TextMeasurer;
import net.sf.jasperreports.engine.util.JRStyledText;
import org.junit.jupiter.api.Test;
import org.kofu.core.render.font.FontCatalog;

class SingleLineTextMeasurerTests {

  private final JasperReportsContext context = DefaultJasperReportsContext.getInstance();
  private final JRDesignTextField field = field();

  private static JRDesignTextField field() {
    JRDesignTextField f = new JRDesignTextField();
    f.setWidth(375);
    f.setHeight(17);
    f.setFontName(FontCatalog.MAIN_FAMILY);
    f.setFontSize(10f);
    f.getLineBox().setTopPadding(2);
    f.getLineBox().setLeftPadding(4);
    return f;
  }

  private static JRStyledText text(String s) {
    return new JRStyledText(
        Locale.JAPAN,
        s,
        Map.of(TextAttribute.FAMILY, FontCatalog.MAIN_FAMILY, TextAttribute.SIZE, 10f));
  }

  @Test
  void aLineThatFitsMeasuresAsJasperReportsMeasuresIt() {
    var fast = new SingleLineTextMeasurerFactory().createMeasurer(context, field);
    fast.measure(text("北海道函館市元町1番地"), 0, 0, false, false);

    for (String s : new String[] {"昭和55年4月3日", "北海道函館市五稜郭町12番3号　コーポ五稜郭201号室", "女"}) {
      JRMeasuredText expected =
          new TextMeasurer(context, field).measure(text(s), 0, 0, false, false);
      JRMeasuredText actual = fast.measure(text(s), 0, 0, false, false);

      assertThat(actual.getTextOffset()).isEqualTo(expected.getTextOffset());
      assertThat(actual.getTextHeight()).isEqualTo(expected.getTextHeight());
      assertThat(actual.getLeadingOffset()).isEqualTo(expected.getLeadingOffset());
      assertThat(actual.getLineSpacingFactor()).isEqualTo(expected.getLineSpacingFactor());
      assertThat(actual.isParagraphCut()).isEqualTo(expected.isParagraphCut());
    }
  }

  @Test
  void aLineWithCharactersOfOtherFontsMeasuresAsJasperReportsMeasuresIt() {
    new SingleLineTextMeasurerFactory()
        .createMeasurer(context, field)
        .measure(text("北海道函館市元町1番地"), 0, 0, false, false);
    String mj = Character.toString(FontCatalog.PRIVATE_USE + 6561);
    JRDesignTextField narrow = field();
    narrow.setWidth(48);

    for (String s : new String[] {"𠀋山" + mj + "子", "並行　" + mj + mj, mj + mj + mj + "郎"}) {
      for (JRDesignTextField f : new JRDesignTextField[] {field, narrow}) {
        JRMeasuredText expected = new TextMeasurer(context, f).measure(text(s), 0, 0, false, false);
        JRMeasuredText actual =
            new SingleLineTextMeasurerFactory()
                .createMeasurer(context, f)
                .measure(text(s), 0, 0, false, false);

        assertThat(actual.getTextOffset()).as(s).isEqualTo(expected.getTextOffset());
        assertThat(actual.getTextHeight()).as(s).isEqualTo(expected.getTextHeight());
        assertThat(actual.getLeadingOffset()).as(s).isEqualTo(expected.getLeadingOffset());
        assertThat(actual.isParagraphCut()).as(s).isEqualTo(expected.isParagraphCut());
      }
    }
  }

  @Test
  void severalLinesGoToJasperReports() {
    var fast = new SingleLineTextMeasurerFactory().createMeasurer(context, field);
    String twoLines = "【出生日】昭和27年7月8日\n【出生地】北海道函館市";

    JRMeasuredText actual = fast.measure(text(twoLines), 0, 40, false, false);
    JRMeasuredText expected =
        new TextMeasurer(context, field).measure(text(twoLines), 0, 40, false, false);

    assertThat(actual.getTextHeight()).isEqualTo(expected.getTextHeight());
    assertThat(actual.getTextHeight())
        .isGreaterThan(fast.measure(text("女"), 0, 0, false, false).getTextHeight());
  }
}
