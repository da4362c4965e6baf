/**
 * The start page: alerts (locked accounts, a broken audit or issuance chain, unusual volume),
 * today's issuances by type and source, the service state now and the coming maintenance.
 */
package org.kofu.admin.dashboard;
