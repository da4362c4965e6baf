package org.kofu.admin.audit;

import com.vaadin.flow.server.VaadinRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The client address of the request being handled, for the audit log. */
public final class ClientAddress {

  private ClientAddress() {}

  public static String current() {
    VaadinRequest vaadin = VaadinRequest.getCurrent();
    if (vaadin != null) {
      return vaadin.getRemoteAddr();
    }
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet) {
      return servlet.getRequest().getRemoteAddr();
    }
    return "local";
  }
}
