/** When the relay issues: the service calendar of the project database. */
package org.kofu.relay.service;
