/**
 * The admin terminal (clause 2(4)) and the officer's tools (clauses 7–9): one package per feature,
 * the Vaadin shell in {@code ui}, one-shot commands in {@code cli}.
 */
package org.kofu.admin;
