/**
 * Transport security: mutual TLS with the center's CA only; plain HTTP on loopback for development.
 */
package org.kofu.relay.security;
