/**
 * CSV export of an issuance-log search: an operator requests it, the officer approves or rejects
 * it, the requester downloads it once; each step is an audit record.
 */
package org.kofu.admin.export;
