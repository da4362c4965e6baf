/** Job progress for the admin UI, read from the JobRepository. */
package org.kofu.batch.progress;
