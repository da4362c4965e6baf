/** Who a request is for: a resident, or a 本籍地利用登録 approved by a clerk; and new 登録申請. */
package org.kofu.relay.person;
