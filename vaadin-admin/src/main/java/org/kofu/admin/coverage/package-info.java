/**
 * 文字の点検 ({@code coverage}): the latest character coverage scan of batch-jobs — counts, and per
 * record the characters that print only through a gaiji row or not at all, by key, code point and
 * MJ文字図形名. No name or address is shown: a person is handed to the audited person search by key. The
 * findings leave the admin only through the officer-approved CSV export.
 */
package org.kofu.admin.coverage;
