package org.kofu.admin.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Any other failure: a plain message for the clerk, the details in the log. Needed because {@code
 * vaadin.allowed-packages} keeps Vaadin's own error views out of the route scan.
 */
@AnonymousAllowed
public class ErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

  private static final Logger LOG = LoggerFactory.getLogger(ErrorView.class);

  @Override
  public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> error) {
    LOG.warn("view {} failed", event.getLocation().getPath(), error.getException());
    removeAll();
    H2 title = new H2(getTranslation("error.failed"));
    title.setId("error-title");
    add(title, new Anchor("", getTranslation("nav.dashboard")));
    return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
  }
}
