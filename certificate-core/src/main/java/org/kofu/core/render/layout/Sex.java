package org.kofu.core.render.layout;

/** 性別 as printed, from the codes the existing systems use. */
final class Sex {

  private Sex() {}

  static String label(String code) {
    if (code == null) {
      return null;
    }
    return switch (code) {
      case "1", "M", "男" -> "男";
      case "2", "F", "女" -> "女";
      default -> code;
    };
  }
}
