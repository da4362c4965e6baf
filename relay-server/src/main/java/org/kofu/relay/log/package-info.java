/**
 * The tamper-evident issuance log: every request and result notification, without personal data.
 */
package org.kofu.relay.log;
