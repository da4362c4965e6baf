/** One-shot commands of the admin jar (no web server): first officer, audit chain check. */
package org.kofu.admin.cli;
