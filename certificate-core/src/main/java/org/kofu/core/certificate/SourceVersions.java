package org.kofu.core.certificate;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The source rows a certificate was made from, each with the {@code version} it had: "{@code
 * schema.table:key}" to version. Comparing these with the rows' current versions tells whether a
 * rendered body is still true to the data.
 */
public record SourceVersions(SortedMap<String, Long> versions) {

  public SourceVersions {
    versions = Collections.unmodifiableSortedMap(new TreeMap<>(versions));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Whether {@code current} holds every row of this one at the same version. */
  public boolean matches(Map<String, Long> current) {
    return versions.entrySet().stream().allMatch(e -> e.getValue().equals(current.get(e.getKey())));
  }

  /** Collects row versions; adding the same row twice with different versions is a bug. */
  public static final class Builder {
    private final TreeMap<String, Long> versions = new TreeMap<>();

    public Builder add(String table, Object key, long version) {
      String id = table + ":" + key;
      Long previous = versions.put(id, version);
      if (previous != null && previous != version) {
        throw new IllegalStateException("row " + id + " read at two versions");
      }
      return this;
    }

    public SourceVersions build() {
      return new SourceVersions(versions);
    }
  }
}
