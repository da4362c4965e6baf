/**
 * Tamper-evident hash chains over tables of the project database: each row carries the SHA-256 of
 * the previous row's hash and its own canonical text. The admin's audit log uses it; the relay's
 * issuance log can use the same mechanism with its own {@link org.kofu.projectdb.chain.ChainTable}.
 */
package org.kofu.projectdb.chain;
