package org.kofu.core.render.layout;

/**
 * One line of a certificate's body, as the template's detail bands draw it.
 *
 * @param kind H heading, F field, A amount, I image
 */
public record Row(String kind, String label, String value, Object image) {}
