/**
 * The Vaadin shell: the layout every view but sign-in opens in, its menu built from the views'
 * {@code @Menu} for the user's role, the error views, the audit of every navigation and the
 * start-up banner. It depends on no feature; the features do not depend on it.
 */
package org.kofu.admin.shell;
