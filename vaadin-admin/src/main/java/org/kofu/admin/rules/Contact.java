package org.kofu.admin.rules;

/** One line of the emergency contact list. */
record Contact(
    long id, int position, String organisation, String person, String phone, String note) {}
