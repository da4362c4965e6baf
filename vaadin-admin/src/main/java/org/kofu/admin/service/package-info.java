/** The service calendar's settings: hours, holidays, per-type switches, maintenance windows. */
package org.kofu.admin.service;
