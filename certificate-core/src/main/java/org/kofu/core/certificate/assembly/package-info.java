/**
 * Assembling a certificate's content from the existing systems: {@link
 * org.kofu.core.certificate.assembly.CertificateContentAssembler}.
 */
package org.kofu.core.certificate.assembly;
