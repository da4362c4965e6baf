package org.kofu.admin.jobs;

/** A job action the state of the jobs does not allow, or a store that could not be reached. */
public class JobControlException extends RuntimeException {

  public JobControlException(String message) {
    super(message);
  }

  public JobControlException(String message, Throwable cause) {
    super(message, cause);
  }
}
