package org.kofu.admin.account;

/** A refused account operation; the message is a key of the messages bundle. */
public class AccountException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public AccountException(String messageKey) {
    super(messageKey);
  }

  public String messageKey() {
    return getMessage();
  }
}
