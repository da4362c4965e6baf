/**
 * 外字: each existing system's {@code gaiji} table, which maps a Private Use Area character as stored
 * to the 文字情報基盤 character (Unicode where one exists, else the MJ文字図形名).
 */
package org.kofu.core.legacy.gaiji;
