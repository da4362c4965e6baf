/** Read-only access to the 窓口交付システム tables (schema {@code madoguchi}). */
package org.kofu.core.legacy.madoguchi;
