/** Read-only connections of the admin to the existing systems' databases. */
package org.kofu.admin.legacy;
