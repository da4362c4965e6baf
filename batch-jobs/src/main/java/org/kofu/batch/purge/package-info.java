/**
 * {@code purge}: bodies whose data no longer hold (a source row moved on or went away) or whose
 * person is no longer eligible today are removed from the cache.
 */
package org.kofu.batch.purge;
