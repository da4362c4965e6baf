package org.kofu.batch.existing;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.kofu.core.legacy.koseki.KosekiReader;
import org.kofu.core.legacy.madoguchi.MadoguchiReader;

/**
 * The versions the rows a foreign body names have now, read from the existing systems' tables with
 * the project's own readers: what the check compares the body's versions with. A row that no longer
 * exists (or of another schema) is left out, so the check refuses a body naming it.
 */
public final class RowVersions {

  private final MadoguchiReader madoguchi;
  private final KosekiReader koseki;

  public RowVersions(MadoguchiReader madoguchi, KosekiReader koseki) {
    this.madoguchi = madoguchi;
    this.koseki = koseki;
  }

  public Map<String, Long> now(Collection<String> rowIds) {
    Map<String, Long> current = new HashMap<>();
    current.putAll(
        madoguchi.currentVersions(
            rowIds.stream().filter(i -> i.startsWith("madoguchi.")).toList()));
    current.putAll(
        koseki.currentVersions(rowIds.stream().filter(i -> i.startsWith("koseki.")).toList()));
    return current;
  }
}
