/** The certificate model: types, options, subjects, the content a certificate shows. */
package org.kofu.core.certificate;
