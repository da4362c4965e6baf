/** The audit log: every action in the admin, hash-chained in the project database. */
package org.kofu.admin.audit;
