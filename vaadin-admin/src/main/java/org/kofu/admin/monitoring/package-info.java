/** Health and metrics of the admin: the chain checks it exports, the actuator's access rule. */
package org.kofu.admin.monitoring;
