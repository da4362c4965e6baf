package org.kofu.admin.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.stereotype.Component;

/**
 * Per UI the chosen language: Japanese unless English was chosen, whatever the browser asks. Also
 * {@code <html lang>}, which makes browsers pick Japanese glyphs for CJK text.
 */
@Component
class UiLanguage implements VaadinServiceInitListener {

  @Override
  public void serviceInit(ServiceInitEvent event) {
    event.addIndexHtmlRequestListener(
        response -> {
          Object language =
              response
                  .getVaadinRequest()
                  .getWrappedSession()
                  .getAttribute(LanguageSwitch.ATTRIBUTE);
          response
              .getDocument()
              .getElementsByTag("html")
              .attr("lang", LanguageSwitch.chosen(language).getLanguage());
        });
    event
        .getSource()
        .addUIInitListener(
            init -> {
              Object language =
                  VaadinSession.getCurrent().getSession().getAttribute(LanguageSwitch.ATTRIBUTE);
              init.getUI().setLocale(LanguageSwitch.chosen(language));
            });
  }
}
