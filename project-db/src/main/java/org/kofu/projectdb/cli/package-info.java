/** Command-line tools over the project database; the only place that prints to stdout. */
package org.kofu.projectdb.cli;
