package org.kofu.core.existing;

/** Who makes a certificate type's PDF: this project from the tables, or the existing system. */
public enum CertificateSource {
  /** This project renders it from the existing systems' tables (the default). */
  RENDERED,
  /** The existing system makes it; the project relays, caches and stamps it. */
  EXISTING_SYSTEM
}
