package org.kofu.core.certificate;

/**
 * Whose entries a certificate covers: the requester only, the household, or every register member.
 */
public enum Scope {
  SELF,
  HOUSEHOLD,
  ALL
}
