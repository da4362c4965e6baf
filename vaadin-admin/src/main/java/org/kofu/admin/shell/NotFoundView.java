package org.kofu.admin.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An unknown view, or one the role may not open: Vaadin answers both alike in production, so a user
 * cannot learn which views exist.
 */
@AnonymousAllowed
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

  @Override
  public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> error) {
    removeAll();
    H2 title = new H2(getTranslation("error.not-found"));
    title.setId("error-title");
    add(title, new Paragraph(getTranslation("error.not-found.detail")));
    add(new Anchor("", getTranslation("nav.dashboard")));
    return HttpServletResponse.SC_NOT_FOUND;
  }
}
