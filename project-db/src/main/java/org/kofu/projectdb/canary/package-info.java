/** The mark of the relay's canary issuances, shared by the relay, the settlement and the admin. */
package org.kofu.projectdb.canary;
