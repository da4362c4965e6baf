/**
 * 本籍地利用登録: the relay inserts pending registrations, the admin approves or rejects them, and the
 * relay reads the approved ones to find the 戸籍 of a resident registered elsewhere.
 */
package org.kofu.projectdb.registration;
