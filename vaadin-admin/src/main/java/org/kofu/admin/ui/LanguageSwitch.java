package org.kofu.admin.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;

/** 日本語 / English; the choice lives in the HTTP session and applies from the next page. */
public class LanguageSwitch extends HorizontalLayout {

  static final String ATTRIBUTE = "kofu.language";

  public LanguageSwitch() {
    add(button("日本語", AdminI18nProvider.JAPANESE), button("English", AdminI18nProvider.ENGLISH));
  }

  private static Button button(String label, Locale locale) {
    Button button = new Button(label, click -> choose(locale));
    button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
    button.setId("language-" + locale.getLanguage());
    return button;
  }

  private static void choose(Locale locale) {
    VaadinSession.getCurrent().getSession().setAttribute(ATTRIBUTE, locale.getLanguage());
    UI.getCurrent().getPage().reload();
  }

  static Locale chosen(Object attribute) {
    return "en".equals(attribute) ? AdminI18nProvider.ENGLISH : AdminI18nProvider.JAPANESE;
  }
}
