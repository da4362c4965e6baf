package org.kofu.cache.internal;

import com.hazelcast.nio.serialization.compact.CompactReader;
import com.hazelcast.nio.serialization.compact.CompactSerializer;
import com.hazelcast.nio.serialization.compact.CompactWriter;
import java.util.List;

/** Compact serializers of the stored values, registered by class name in the Hazelcast YAML. */
public final class ValueSerializers {

  private ValueSerializers() {}

  /** {@link StoredBody} as {@code kofu.cache.StoredBody}. */
  public static final class StoredBodySerializer implements CompactSerializer<StoredBody> {
    @Override
    public StoredBody read(CompactReader in) {
      return new StoredBody(
          in.readString("subjectKey"),
          Fields.readVersions(in, "source"),
          in.readInt64("renderedAt"),
          in.readString("keyId"),
          in.readString("dictionaryId"),
          in.readArrayOfInt8("nonce"),
          in.readArrayOfInt8("ciphertext"));
    }

    @Override
    public void write(CompactWriter out, StoredBody body) {
      out.writeString("subjectKey", body.subjectKey());
      Fields.writeVersions(out, "source", body.sources());
      out.writeInt64("renderedAt", body.renderedAtMillis());
      out.writeString("keyId", body.keyId());
      out.writeString("dictionaryId", body.dictionaryId());
      out.writeArrayOfInt8("nonce", body.nonce());
      out.writeArrayOfInt8("ciphertext", body.ciphertext());
    }

    @Override
    public String getTypeName() {
      return "kofu.cache.StoredBody";
    }

    @Override
    public Class<StoredBody> getCompactClass() {
      return StoredBody.class;
    }
  }

  /** {@link PersonRecord} as {@code kofu.cache.PersonRecord}. */
  public static final class PersonRecordSerializer implements CompactSerializer<PersonRecord> {
    @Override
    public PersonRecord read(CompactReader in) {
      return new PersonRecord(
          Fields.readWatermark(in), List.of(in.readArrayOfCompact("bodies", StoredBody.class)));
    }

    @Override
    public void write(CompactWriter out, PersonRecord record) {
      Fields.writeWatermark(out, record.watermark());
      out.writeArrayOfCompact("bodies", record.bodies().toArray(StoredBody[]::new));
    }

    @Override
    public String getTypeName() {
      return "kofu.cache.PersonRecord";
    }

    @Override
    public Class<PersonRecord> getCompactClass() {
      return PersonRecord.class;
    }
  }
}
