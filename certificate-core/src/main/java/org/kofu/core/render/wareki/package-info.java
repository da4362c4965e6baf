/** 和暦: the Japanese era calendar certificates print dates in. */
package org.kofu.core.render.wareki;
