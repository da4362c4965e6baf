/**
 * The service calendar: hours, holidays, the year-end closing, per-type rules and maintenance
 * windows, kept in the project database by the admin and read by the relay through {@link
 * org.kofu.projectdb.service.ServiceCalendar#stateAt}.
 */
package org.kofu.projectdb.service;
