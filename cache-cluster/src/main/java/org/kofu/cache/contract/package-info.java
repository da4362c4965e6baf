/**
 * The cache contract other modules use: map names, {@link org.kofu.cache.contract.CertificateCache}
 * and its configuration.
 */
package org.kofu.cache.contract;
