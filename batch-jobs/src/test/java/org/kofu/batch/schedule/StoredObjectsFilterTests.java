package org.kofu.batch.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kofu.core.serialfilter.DeserializationFilter;
import org.kofu.projectdb.jobs.ClosingCalendar;
import org.kofu.projectdb.service.Holiday;
import org.kofu.projectdb.service.ServiceHours;
import org.quartz.JobDataMap;
import org.quartz.impl.calendar.AnnualCalendar;
import org.springframework.batch.core.repository.dao.DefaultExecutionContextSerializer;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.integration.support.MessageBuilder;
import org.springframework.integration.support.converter.AllowListDeserializingConverter;
import org.springframework.messaging.Message;
import org.springframework.util.LinkedMultiValueMap;

/**
 * What Quartz, Spring Batch and Spring Integration read back Java-serialized from the project
 * database passes the process-wide filter every role installs; another class is refused.
 */
class StoredObjectsFilterTests {

  @BeforeAll
  static void filterInForce() {
    assumeTrue(
        DeserializationFilter.install() == DeserializationFilter.FILTER,
        "the JVM was given a filter of its own");
  }

  @Test
  void theClosingCalendarAndJobDataAreRead() throws Exception {
    AnnualCalendar closing =
        ClosingCalendar.of(
            ServiceHours.DEFAULT,
            List.of(new Holiday(LocalDate.of(2026, 5, 4), "みどりの日", true)),
            List.of(LocalDate.of(2026, 5, 3)),
            ZoneId.of("Asia/Tokyo"));
    JobDataMap data = new JobDataMap(Map.of("batchJob", "deltaPregeneration"));

    AnnualCalendar read = (AnnualCalendar) javaRoundTrip(closing);
    assertThat(read.getDaysExcluded()).hasSameSizeAs(closing.getDaysExcluded());
    // the configured holiday lives in the calendar's innermost layer, read back with it
    assertThat(ClosingCalendar.configured(read)).containsExactly(LocalDate.of(2026, 5, 3));
    assertThat(((JobDataMap) javaRoundTrip(data)).getString("batchJob"))
        .isEqualTo("deltaPregeneration");
  }

  @Test
  void anExecutionContextIsReadAndOneSmugglingAnotherClassIsRefused() throws Exception {
    DefaultExecutionContextSerializer serializer = new DefaultExecutionContextSerializer();
    Map<String, Object> context = new HashMap<>(Map.of("minId", 1L, "maxId", 99L, "name", "x"));

    assertThat(serializer.deserialize(new ByteArrayInputStream(bytes(serializer, context))))
        .isEqualTo(context);

    context.put("smuggled", new LinkedMultiValueMap<String, String>());
    byte[] smuggled = bytes(serializer, context);
    assertThatThrownBy(() -> serializer.deserialize(new ByteArrayInputStream(smuggled)))
        .hasRootCauseInstanceOf(InvalidClassException.class);
  }

  @Test
  void aPartitionRequestMessageIsReadAndAnotherPayloadRefused() {
    SerializingConverter serializing = new SerializingConverter();
    AllowListDeserializingConverter deserializing = new AllowListDeserializingConverter();
    Message<StepExecutionRequest> request =
        MessageBuilder.withPayload(new StepExecutionRequest("fullPregenerationRange", 1L, 2L))
            .setCorrelationId("1:fullPregenerationRange")
            .setSequenceNumber(1)
            .setSequenceSize(4)
            .build();

    Object read = deserializing.convert(serializing.convert(request));
    assertThat(((Message<?>) read).getPayload()).isInstanceOf(StepExecutionRequest.class);

    byte[] other =
        serializing.convert(MessageBuilder.withPayload(new LinkedMultiValueMap<>()).build());
    assertThatThrownBy(() -> deserializing.convert(other))
        .hasRootCauseInstanceOf(InvalidClassException.class);
  }

  private static byte[] bytes(DefaultExecutionContextSerializer serializer, Map<String, Object> map)
      throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    serializer.serialize(map, out);
    return out.toByteArray();
  }

  private static Object javaRoundTrip(Object value) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return in.readObject();
    }
  }
}
