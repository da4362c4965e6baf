/** The request path of the menu and of an issuance: person, rules, body, stamp, store and log. */
package org.kofu.relay.issuance;
