/** The issuance rules: who may have which certificate now, checked on every request. */
package org.kofu.core.rules;
