/**
 * Investigations of an incident (issue 27 point 3): the issuances it concerns linked by number,
 * kiosk and time or person, what each printed and to whom, the persons to notify, and the kept body
 * shown again only on an officer's approval, after its hash is checked against the issuance log.
 */
package org.kofu.admin.investigation;
