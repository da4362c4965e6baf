/**
 * 本籍地利用登録 matched against the 戸籍: the comparison form of names and 本籍 ({@link
 * org.kofu.core.registration.NameForms}), the candidates of an application and whether an approved
 * registration's person still agrees ({@link org.kofu.core.registration.RegisterMatching}).
 */
package org.kofu.core.registration;
