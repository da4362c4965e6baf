/** Encryption of cached bodies: AES-GCM with rotating keys from configuration or a keystore. */
package org.kofu.cache.crypto;
