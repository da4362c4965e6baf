package org.kofu.admin.statistics;

import java.util.function.UnaryOperator;

/** The chart's words in the UI's language, and the certificate types' names for its legend. */
record ChartText(
    String title, String dayAxis, String countAxis, String empty, UnaryOperator<String> typeName) {}
