package org.kofu.core.legacy.koseki;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 附票 restrictions read together, in force or not, each list by seigen_id: those on any register
 * entry of each resident asked for (by 宛名番号: a person may be recorded in several registers), and
 * every one recorded in each register asked for (by koseki_id). A restriction found both ways is in
 * both.
 */
public record FuhyoRestrictions(
    Map<Long, List<FuhyoRestrictionRow>> ofResidents,
    Map<Long, List<FuhyoRestrictionRow>> ofRegisters) {

  public FuhyoRestrictions {
    ofResidents = Collections.unmodifiableMap(new LinkedHashMap<>(ofResidents));
    ofRegisters = Collections.unmodifiableMap(new LinkedHashMap<>(ofRegisters));
  }
}
