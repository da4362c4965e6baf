package org.kofu.relay.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.kofu.relay.problem.RelayException.FieldProblem;

/**
 * Reads the fields of one JSON object, collecting every problem by field name. Messages never hold
 * the value, which may be personal data.
 */
final class JsonFields {

  private final JsonNode node;
  private final String prefix;
  private final List<FieldProblem> problems;

  JsonFields(JsonNode node, String prefix, List<FieldProblem> problems) {
    this.node = node;
    this.prefix = prefix;
    this.problems = problems;
  }

  static JsonFields root(JsonNode node) {
    return new JsonFields(node, "", new ArrayList<>());
  }

  List<FieldProblem> problems() {
    return problems;
  }

  void problem(String field, String message) {
    problems.add(new FieldProblem(prefix + field, message));
  }

  void onlyKnown(Set<String> known) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        problem(name, "unknown field");
      }
    }
  }

  boolean has(String field) {
    return node.has(field) && !node.get(field).isNull();
  }

  String text(String field, Pattern pattern, String expected) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      problem(field, "required");
      return null;
    }
    if (!value.isTextual() || !pattern.matcher(value.textValue()).matches()) {
      problem(field, "must be " + expected);
      return null;
    }
    return value.textValue();
  }

  String text(String field, int maxLength) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      problem(field, "required");
      return null;
    }
    if (!value.isTextual()
        || value.textValue().isBlank()
        || value.textValue().length() > maxLength) {
      problem(field, "must be a text of 1 to " + maxLength + " characters");
      return null;
    }
    return value.textValue();
  }

  Integer integer(String field, int min, int max, boolean required) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      if (required) {
        problem(field, "required");
      }
      return null;
    }
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      problem(field, "must be an integer from " + min + " to " + max);
      return null;
    }
    int number = value.intValue();
    if (number < min || number > max) {
      problem(field, "must be an integer from " + min + " to " + max);
      return null;
    }
    return number;
  }

  Boolean bool(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isBoolean()) {
      problem(field, "must be true or false");
      return null;
    }
    return value.booleanValue();
  }

  OffsetDateTime dateTime(String field) {
    String text = text(field, Patterns.ANY, "an ISO-8601 date-time with offset");
    if (text == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text);
    } catch (DateTimeParseException e) {
      problem(field, "must be an ISO-8601 date-time with offset");
      return null;
    }
  }

  LocalDate date(String field) {
    String text = text(field, Patterns.ANY, "an ISO-8601 date");
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      problem(field, "must be an ISO-8601 date");
      return null;
    }
  }

  /** The nested object, or null (with a problem when present but not an object). */
  JsonFields object(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isObject()) {
      problem(field, "must be an object");
      return null;
    }
    return new JsonFields(value, prefix + field + ".", problems);
  }
}
