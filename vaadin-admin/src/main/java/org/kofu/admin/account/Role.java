package org.kofu.admin.account;

/** The three roles; the officer is the data-protection officer of clause 2(6). */
public enum Role {
  OFFICER,
  OPERATOR,
  AUDITOR;

  public String authority() {
    return "ROLE_" + name();
  }
}
