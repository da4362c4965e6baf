/** The skip log: persons a job could not process, by person key and cause, never personal data. */
package org.kofu.batch.skip;
