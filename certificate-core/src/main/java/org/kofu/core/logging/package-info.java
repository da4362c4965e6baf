/** Masking of personal numbers in every role's log output, as a second line of defence. */
package org.kofu.core.logging;
