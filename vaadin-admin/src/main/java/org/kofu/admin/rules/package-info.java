/**
 * The operating rules' registers: emergency contacts (9(2)), incidents with their reporting chain
 * (9(3)–(6)) and documents with take-out, copy and disposal requests approved by the officer (7).
 */
package org.kofu.admin.rules;
