/**
 * 精算: the closed days with their seal and integrity, the changes found in them since, and the
 * monthly settlement (PDF and CSV) built from the sealed closes; every download is audited.
 */
package org.kofu.admin.settlement;
