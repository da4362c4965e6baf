/**
 * 本籍地利用登録 kept true by the batch: approved registrations whose person left the 戸籍 or no longer
 * agrees with it are suspended when the delta job sees their register change.
 */
package org.kofu.batch.registration;
