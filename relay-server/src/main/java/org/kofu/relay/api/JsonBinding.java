package org.kofu.relay.api;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kofu.relay.problem.RelayException;
import org.kofu.relay.problem.RelayException.FieldProblem;

/**
 * Binds the contract's JSON strictly (no unknown or repeated field, no value of another type, no
 * trailing text) and validates it: the one place where what is wrong with a body becomes the
 * contract's 400 naming fields. Jackson's and the validator's messages quote values, which may be
 * personal data, so neither reaches an answer or a log.
 */
final class JsonBinding {

  private static final Map<Class<?>, String> EXPECTED =
      Map.of(
          String.class, "a text",
          Integer.class, "an integer",
          Boolean.class, "true or false",
          OffsetDateTime.class, "an ISO-8601 date-time with offset",
          LocalDate.class, "an ISO-8601 date");

  private final ObjectMapper mapper;
  private final Validator validator;

  JsonBinding(Validator validator) {
    this.validator = validator;
    this.mapper =
        JsonMapper.builder()
            .addModule(
                new SimpleModule("contract-dates")
                    .addDeserializer(
                        OffsetDateTime.class, isoText(OffsetDateTime.class, OffsetDateTime::parse))
                    .addDeserializer(LocalDate.class, isoText(LocalDate.class, LocalDate::parse)))
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .withCoercionConfigDefaults(
                c -> {
                  c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
                  c.setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
                  c.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
                  c.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
                })
            .build();
  }

  /**
   * Dates as ISO-8601 text only: Jackson's own java.time readers also take numbers as epoch
   * instants, which the contract does not.
   */
  private static <T> StdScalarDeserializer<T> isoText(Class<T> type, Function<String, T> parse) {
    return new StdScalarDeserializer<>(type) {
      @Override
      public T deserialize(JsonParser p, DeserializationContext context) throws IOException {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
          return type.cast(context.handleUnexpectedToken(type, p));
        }
        try {
          return parse.apply(p.getText());
        } catch (DateTimeParseException e) {
          return type.cast(context.handleWeirdStringValue(type, p.getText(), "not ISO-8601"));
        }
      }
    };
  }

  /** The body as a JSON object, or a 400. */
  JsonNode object(byte[] body) {
    JsonNode node;
    try {
      node = mapper.readTree(body);
    } catch (JacksonException e) {
      throw invalid("", "malformed JSON");
    } catch (IOException e) {
      throw invalid("", "unreadable body");
    }
    if (node == null || !node.isObject()) {
      throw invalid("", "must be a JSON object");
    }
    return node;
  }

  /** {@code node} bound to {@code type}, with field names prefixed by {@code path}. */
  <T> T bind(JsonNode node, Class<T> type, String path) {
    try {
      return mapper.treeToValue(node, type);
    } catch (JsonMappingException e) {
      throw invalid(path + field(e), message(e));
    } catch (JacksonException e) {
      throw invalid(path.isEmpty() ? "" : path.substring(0, path.length() - 1), "malformed");
    }
  }

  /** The problems of every object, in field order; none when all are valid. */
  List<FieldProblem> violations(String path, Object value) {
    List<FieldProblem> problems = new ArrayList<>();
    for (ConstraintViolation<Object> v : validator.validate(value)) {
      problems.add(new FieldProblem(path + v.getPropertyPath(), v.getMessage()));
    }
    return problems;
  }

  /** Throws the 400 naming {@code problems}, sorted and without repeats, if there are any. */
  static void refuse(Collection<FieldProblem> problems) {
    if (!problems.isEmpty()) {
      throw RelayException.invalid(
          problems.stream().distinct().sorted(Comparator.comparing(FieldProblem::field)).toList());
    }
  }

  static RelayException invalid(String field, String message) {
    return RelayException.invalid(List.of(new FieldProblem(field, message)));
  }

  private static String field(JsonMappingException e) {
    return e.getPath().stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : Integer.toString(r.getIndex()))
        .collect(Collectors.joining("."));
  }

  private static String message(JsonMappingException e) {
    if (e instanceof UnrecognizedPropertyException) {
      return "unknown field";
    }
    Class<?> type = e instanceof MismatchedInputException m ? m.getTargetType() : null;
    if (type != null && type.isEnum()) {
      return "must be one of " + Arrays.toString(type.getEnumConstants());
    }
    return type == null ? "malformed" : "must be " + EXPECTED.getOrDefault(type, "an object");
  }
}
