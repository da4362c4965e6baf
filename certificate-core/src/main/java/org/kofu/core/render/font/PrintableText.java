package org.kofu.core.render.font;

/**
 * A text ready for a template field: {@code styled} texts are JasperReports styled markup in which
 * the characters only the MJ supplement draws are wrapped in a style naming that family.
 */
public record PrintableText(String text, boolean styled) {}
