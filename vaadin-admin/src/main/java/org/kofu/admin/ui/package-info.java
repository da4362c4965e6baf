/** The Vaadin shell: layout and navigation, the dashboard, languages, per-UI set-up. */
package org.kofu.admin.ui;
