package org.kofu.admin.ui;

import com.vaadin.flow.component.Component;
import java.util.function.UnaryOperator;

/**
 * The issuance log's codes as clerks say them, in the UI's language: 証明書種別 ({@code type.*}), 結果, 理由
 * and 生成元 ({@code code.*}). A code without a label is shown as it is, so a value a newer relay
 * writes is never hidden.
 */
public final class CodeLabels {

  private final UnaryOperator<String> translate;

  public CodeLabels(Component component) {
    this(key -> component.getTranslation(key));
  }

  CodeLabels(UnaryOperator<String> translate) {
    this.translate = translate;
  }

  /** 住民票の写し for {@code JUMINHYO}. */
  public String type(String code) {
    return label("type.", code);
  }

  /** 交付, 拒否, … for {@code ISSUED}, {@code REFUSED}, …. */
  public String decision(String code) {
    return label("code.decision.", code);
  }

  /** 証明書の交付, 交付結果通知, … for the record's kind. */
  public String kind(String code) {
    return label("code.kind.", code);
  }

  /** 事前生成 or 都度生成 for {@code CACHE} or {@code ON_DEMAND}. */
  public String source(String code) {
    return label("code.source.", code);
  }

  /**
   * A reason, with its cause: {@code NOT_ISSUABLE/ISSUANCE_RESTRICTED} reads 交付不可（交付制限）, a result's
   * {@code PRINTED/2} reads 印刷済み（2 枚）.
   */
  public String reason(String code) {
    if (code == null || code.isEmpty()) {
      return "";
    }
    int slash = code.indexOf('/');
    if (slash < 0) {
      return label("code.reason.", code);
    }
    String detail = code.substring(slash + 1);
    String shown =
        detail.chars().allMatch(Character::isDigit) && !detail.isEmpty()
            ? translate.apply("code.pages").replace("{0}", detail)
            : label("code.reason.", detail);
    return label("code.reason.", code.substring(0, slash)) + "（" + shown + "）";
  }

  private String label(String prefix, String code) {
    if (code == null || code.isEmpty() || "-".equals(code)) {
      return translate.apply("code.none");
    }
    String text = translate.apply(prefix + code);
    return text.startsWith("!") ? code : text;
  }
}
