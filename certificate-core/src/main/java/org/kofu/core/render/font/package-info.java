/**
 * The embedded fonts: which code points they draw, how variation sequences reach the MJ supplement,
 * and the check that nothing undrawable is ever printed.
 */
package org.kofu.core.render.font;
