/**
 * A stand-in for an existing system (窓口交付システム) that makes its own certificate PDFs, serving {@code
 * shared/spec/existing-system-certificates.md} over mutual TLS from the demo data's tables. Its
 * PDFs come from PDFBox with a layout of its own, so nothing the project checks or stamps can lean
 * on the project's own writer. Tests make it misbehave ({@link
 * org.kofu.existingsystem.Misbehaviour}).
 */
package org.kofu.existingsystem;
