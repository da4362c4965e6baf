/**
 * The embedded default ({@code ./ops/start}): what only it may do (the demo's mayor and seal), and
 * how its shared H2 files are served (loopback only, with a password).
 */
package org.kofu.core.embedded;
