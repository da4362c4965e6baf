/** Read-only access to the 戸籍事務電算処理システム tables (schema {@code koseki}). */
package org.kofu.core.legacy.koseki;
