/**
 * Certificates made by the existing systems ({@code shared/spec/existing-system-certificates.md}):
 * which source each certificate type has ({@link org.kofu.core.existing.CertificateSources}), the
 * adapter seam to the existing system ({@link org.kofu.core.existing.ExistingSystemCertificates},
 * over HTTPS with mutual TLS by default), the check every foreign PDF passes before it is kept or
 * served ({@link org.kofu.core.existing.ForeignBodyCheck}), and the stamper that prints the 証明日 and
 * the 発行番号 into a checked body's stamp areas ({@link org.kofu.core.existing.ForeignBodyStamper}).
 * {@code docs/existing-systems.md} says how a vendor's own interface is plugged in.
 */
package org.kofu.core.existing;
