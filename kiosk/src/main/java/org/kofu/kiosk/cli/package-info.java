/**
 * The kiosk simulator: the center's requests from the command line (the demo's single requests and
 * the load driver), against any server that speaks the relay contract.
 */
package org.kofu.kiosk.cli;
