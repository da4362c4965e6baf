/**
 * Sign-in and the guards around every request: Spring Security with Vaadin's view access control,
 * lockout counting, forced password change, absolute session lifetime and the allowed client
 * networks of clause 5.
 */
package org.kofu.admin.security;
