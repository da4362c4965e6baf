package org.kofu.cache.internal;

import com.hazelcast.nio.serialization.compact.CompactReader;
import com.hazelcast.nio.serialization.compact.CompactSerializer;
import com.hazelcast.nio.serialization.compact.CompactWriter;
import java.util.List;

/**
 * Compact serializers of the entry processors and of the admin's executor task, so that no Java
 * serialization crosses the wire; registered by class name in the Hazelcast YAML of members and
 * clients.
 */
public final class ProcessorSerializers {

  private ProcessorSerializers() {}

  /** {@link PutBody} as {@code kofu.cache.PutBody}. */
  public static final class PutBodySerializer implements CompactSerializer<PutBody> {
    @Override
    public PutBody read(CompactReader in) {
      return new PutBody(
          List.of(in.readArrayOfCompact("bodies", StoredBody.class)), Fields.readLifetimes(in));
    }

    @Override
    public void write(CompactWriter out, PutBody put) {
      out.writeArrayOfCompact("bodies", put.bodies().toArray(StoredBody[]::new));
      Fields.writeLifetimes(out, put.lifetimes());
    }

    @Override
    public String getTypeName() {
      return "kofu.cache.PutBody";
    }

    @Override
    public Class<PutBody> getCompactClass() {
      return PutBody.class;
    }
  }

  /** {@link Invalidate} as {@code kofu.cache.Invalidate}. */
  public static final class InvalidateSerializer implements CompactSerializer<Invalidate> {
    @Override
    public Invalidate read(CompactReader in) {
      return new Invalidate(
          in.readString("subjectKey"), Fields.readWatermark(in), Fields.readLifetimes(in));
    }

    @Override
    public void write(CompactWriter out, Invalidate invalidate) {
      out.writeString("subjectKey", invalidate.subjectKey());
      Fields.writeWatermark(out, invalidate.raise());
      Fields.writeLifetimes(out, invalidate.lifetimes());
    }

    @Override
    public String getTypeName() {
      return "kofu.cache.Invalidate";
    }

    @Override
    public Class<Invalidate> getCompactClass() {
      return Invalidate.class;
    }
  }

  /** {@link MemberMemoryTask} as {@code kofu.cache.MemberMemoryTask}. */
  public static final class MemberMemoryTaskSerializer
      implements CompactSerializer<MemberMemoryTask> {
    @Override
    public MemberMemoryTask read(CompactReader in) {
      return new MemberMemoryTask(in.readString("mapName"));
    }

    @Override
    public void write(CompactWriter out, MemberMemoryTask task) {
      out.writeString("mapName", task.mapName());
    }

    @Override
    public String getTypeName() {
      return "kofu.cache.MemberMemoryTask";
    }

    @Override
    public Class<MemberMemoryTask> getCompactClass() {
      return MemberMemoryTask.class;
    }
  }
}
