/**
 * The character coverage scan's results (migration V7_1): batch-jobs writes them, the admin's view,
 * its CSV export and the batch node's gauge read the latest completed scan.
 */
package org.kofu.projectdb.coverage;
