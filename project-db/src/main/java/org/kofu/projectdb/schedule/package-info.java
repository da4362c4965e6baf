/** The batch schedule as the operators changed it in the admin. */
package org.kofu.projectdb.schedule;
