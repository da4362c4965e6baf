/**
 * Accounts of clause 8: per-person users, random one-time passwords, the password policy, lockout
 * and the password ledger of 8(2) (credential events, never passwords).
 */
package org.kofu.admin.account;
