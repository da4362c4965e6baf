/**
 * Reading an issued certificate back: its text as PDFBox extracts it ({@link
 * org.kofu.core.readback.CertificateText}), the persons it lists ({@link
 * org.kofu.core.readback.PrintedPersons}) and whether it is the certificate asked for of the person
 * as the existing systems hold them ({@link org.kofu.core.readback.BodyReading}). Shared by the
 * relay's start-up canary and the kiosk's load driver, so both judge a body by the same rules.
 */
package org.kofu.core.readback;
