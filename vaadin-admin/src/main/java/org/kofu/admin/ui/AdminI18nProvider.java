package org.kofu.admin.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * Japanese first, English selectable; the {@code messages}, {@code codes} and {@code sources}
 * bundles.
 */
@Component
class AdminI18nProvider implements I18NProvider {

  static final Locale JAPANESE = Locale.JAPANESE;
  static final Locale ENGLISH = Locale.ENGLISH;

  /**
   * The UI's texts (the operating rules' registers, the fees view, the settlement view and the
   * certificate sources of the cache view in their own), then the log's codes ({@link CodeLabels}).
   */
  static final List<String> BUNDLES =
      List.of(
          "messages",
          "registers",
          "fees",
          "settlement",
          "reconciliation",
          "investigation",
          "sources",
          "codes");

  @Override
  public List<Locale> getProvidedLocales() {
    return List.of(JAPANESE, ENGLISH);
  }

  @Override
  public String getTranslation(String key, Locale locale, Object... params) {
    Locale language = ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : JAPANESE;
    for (String bundle : BUNDLES) {
      try {
        String text =
            ResourceBundle.getBundle(
                    bundle,
                    language,
                    ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES))
                .getString(key);
        return params.length == 0 ? text : new MessageFormat(text, language).format(params);
      } catch (MissingResourceException e) {
        // the next bundle may hold it
      }
    }
    return "!" + key;
  }
}
