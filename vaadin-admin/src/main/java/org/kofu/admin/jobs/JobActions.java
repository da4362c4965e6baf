package org.kofu.admin.jobs;

import com.vaadin.flow.component.html.Paragraph;
import org.springframework.security.access.AccessDeniedException;

/**
 * The jobs view's message line and how its sections act: an action runs, the line says it was done
 * or why it was refused, and the view refreshes.
 */
final class JobActions extends Paragraph {

  private final Runnable refresh;

  JobActions(Runnable refresh) {
    this.refresh = refresh;
    setId("jobs-message");
  }

  void act(Runnable action, String doneKey, String argument) {
    try {
      action.run();
      setText(getTranslation(doneKey, argument));
    } catch (JobControlException e) {
      setText(getTranslation("jobs.failed", getTranslation(e.messageKey(), e.argument())));
    } catch (AccessDeniedException e) {
      setText(getTranslation("jobs.failed", getTranslation("jobs.error.denied")));
    }
    refresh.run();
  }

  void say(String key, Object... arguments) {
    setText(getTranslation(key, arguments));
  }
}
