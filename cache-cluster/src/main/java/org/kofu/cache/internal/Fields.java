package org.kofu.cache.internal;

import com.hazelcast.nio.serialization.compact.CompactReader;
import com.hazelcast.nio.serialization.compact.CompactWriter;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Compact field layouts shared by several types: version maps, watermarks and lifetimes. */
final class Fields {

  private Fields() {}

  static void writeVersions(CompactWriter out, String prefix, Map<String, Long> versions) {
    out.writeArrayOfString(prefix + "Rows", versions.keySet().toArray(String[]::new));
    out.writeArrayOfInt64(
        prefix + "Versions", versions.values().stream().mapToLong(Long::longValue).toArray());
  }

  static SortedMap<String, Long> readVersions(CompactReader in, String prefix) {
    String[] rows = in.readArrayOfString(prefix + "Rows");
    long[] versions = in.readArrayOfInt64(prefix + "Versions");
    TreeMap<String, Long> map = new TreeMap<>();
    for (int i = 0; i < rows.length; i++) {
      map.put(rows[i], versions[i]);
    }
    return map;
  }

  static void writeWatermark(CompactWriter out, Watermark watermark) {
    writeVersions(out, "watermark", watermark.rows());
    out.writeInt64("watermarkFloor", watermark.floorMillis());
  }

  static Watermark readWatermark(CompactReader in) {
    return new Watermark(readVersions(in, "watermark"), in.readInt64("watermarkFloor"));
  }

  static void writeLifetimes(CompactWriter out, Lifetimes lifetimes) {
    out.writeInt64("bodySeconds", lifetimes.bodySeconds());
    out.writeInt64("tombstoneSeconds", lifetimes.tombstoneSeconds());
  }

  static Lifetimes readLifetimes(CompactReader in) {
    return new Lifetimes(in.readInt64("bodySeconds"), in.readInt64("tombstoneSeconds"));
  }
}
