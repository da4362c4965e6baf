/** 本籍地利用登録: the clerk's approval or rejection of pending registrations. */
package org.kofu.admin.registration;
