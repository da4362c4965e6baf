package org.kofu.core.certificate;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The options of one certificate request, normalised per type so that two requests meaning the same
 * certificate compare equal: options a type does not take are dropped.
 *
 * @param scope SELF or HOUSEHOLD (住民票), SELF or ALL (附票); null for other types
 * @param householder 世帯主の氏名及び続柄 (住民票 only)
 * @param honseki 本籍及び筆頭者 (住民票 only)
 * @param myNumber 個人番号 (住民票 only, and only where the city enabled it)
 * @param fiscalYear 年度 of a tax certificate (所得・課税, 所得, 課税), null for "the latest on record" or
 *     other types
 * @param form 世帯連記式 or 個人票 (住民票 only); null where the request named none, which the relay and the
 *     batch resolve to the city's default before they make a body ({@link #formOrDefault})
 */
public record CertificateOptions(
    Scope scope,
    boolean householder,
    boolean honseki,
    boolean myNumber,
    Integer fiscalYear,
    ResidentForm form) {

  /** Options without a 住民票 form: the city's default applies. */
  public CertificateOptions(
      Scope scope, boolean householder, boolean honseki, boolean myNumber, Integer fiscalYear) {
    this(scope, householder, honseki, myNumber, fiscalYear, null);
  }

  private static final Pattern CANONICAL =
      Pattern.compile(
          "scope=(SELF|HOUSEHOLD|ALL|-);householder=(true|false);honseki=(true|false);"
              + "myNumber=(true|false);fiscalYear=(-|\\d{1,4})(?:;form=(RENKI|KOJIN))?");

  /** The contract's defaults: SELF, with householder, without 本籍 and 個人番号. */
  public static CertificateOptions defaults() {
    return new CertificateOptions(Scope.SELF, true, false, false, null);
  }

  /** Keeps only what {@code type} takes, with the contract's defaults for what is missing. */
  public CertificateOptions normalizedFor(CertificateType type) {
    Scope s = scope == null ? Scope.SELF : scope;
    return switch (type) {
      case JUMINHYO, JUMINHYO_KISAI -> {
        if (s == Scope.ALL) {
          throw new IllegalArgumentException("scope ALL is not an option of " + type);
        }
        yield new CertificateOptions(s, householder, honseki, myNumber, null, form);
      }
      case KOSEKI_FUHYO -> {
        if (s == Scope.HOUSEHOLD) {
          throw new IllegalArgumentException("scope HOUSEHOLD is not an option of " + type);
        }
        yield new CertificateOptions(s, false, false, false, null);
      }
      case SHOTOKU_KAZEI, SHOTOKU, KAZEI ->
          new CertificateOptions(null, false, false, false, fiscalYear);
      case INKAN, KOSEKI_ZENBU, KOSEKI_KOJIN ->
          new CertificateOptions(null, false, false, false, null);
    };
  }

  /** These options with the 住民票 form {@code form} (null: none named). */
  public CertificateOptions withForm(ResidentForm form) {
    return new CertificateOptions(scope, householder, honseki, myNumber, fiscalYear, form);
  }

  /** The form named, or 世帯連記式 (the contract's default) where none is. */
  public ResidentForm formOrDefault() {
    return form == null ? ResidentForm.RENKI : form;
  }

  /**
   * A stable text form, used in cache keys and subject checks. A form is appended only when one is
   * named, so options without one keep the text they had before forms existed (contract v1.0).
   */
  public String canonical() {
    return "scope=%s;householder=%s;honseki=%s;myNumber=%s;fiscalYear=%s%s"
        .formatted(
            Objects.toString(scope, "-"),
            householder,
            honseki,
            myNumber,
            Objects.toString(fiscalYear, "-"),
            form == null ? "" : ";form=" + form.name());
  }

  /**
   * Parses {@link #canonical()}.
   *
   * @throws IllegalArgumentException when {@code canonical} is not that form
   */
  public static CertificateOptions parse(String canonical) {
    Matcher m = CANONICAL.matcher(canonical);
    if (!m.matches()) {
      throw new IllegalArgumentException("not canonical options");
    }
    return new CertificateOptions(
        "-".equals(m.group(1)) ? null : Scope.valueOf(m.group(1)),
        Boolean.parseBoolean(m.group(2)),
        Boolean.parseBoolean(m.group(3)),
        Boolean.parseBoolean(m.group(4)),
        "-".equals(m.group(5)) ? null : Integer.valueOf(m.group(5)),
        m.group(6) == null ? null : ResidentForm.valueOf(m.group(6)));
  }
}
