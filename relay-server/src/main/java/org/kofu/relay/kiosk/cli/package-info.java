/** The kiosk simulator: the center's requests from the command line (demo and load). */
package org.kofu.relay.kiosk.cli;
