package org.kofu.admin.jobs;

/**
 * A job action the state of the jobs does not allow, or a store that could not be reached. The
 * message is a key of the messages bundle ({@code jobs.error.*}); the argument (a status, a job or
 * trigger name, an execution id) fills its {0}.
 */
public class JobControlException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String argument;

  public JobControlException(String messageKey, Object argument) {
    this(messageKey, argument, null);
  }

  public JobControlException(String messageKey, Object argument, Throwable cause) {
    super(messageKey, cause);
    this.argument = argument == null ? "" : String.valueOf(argument);
  }

  public String messageKey() {
    return getMessage();
  }

  public String argument() {
    return argument;
  }
}
