package org.kofu.admin.cache;

import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.function.ToLongFunction;
import org.kofu.admin.ui.Formats;
import org.kofu.cache.contract.MemberMemory;

/**
 * The cache members with what each reported of the bodies map and its heap; a member that did not
 * answer in time shows its address and version and "unknown" for the figures.
 */
class MembersGrid extends Grid<MemberMemory> {

  MembersGrid(List<MemberMemory> members) {
    setId("members-grid");
    addColumn(MemberMemory::address).setHeader(getTranslation("cache.member.address"));
    addColumn(MemberMemory::version).setHeader(getTranslation("cache.member.version"));
    addColumn(m -> figure(m, MemberMemory::ownedEntries, false))
        .setHeader(getTranslation("cache.member.owned-entries"));
    addColumn(m -> figure(m, MemberMemory::ownedBytes, true))
        .setHeader(getTranslation("cache.member.owned-memory"));
    addColumn(m -> figure(m, MemberMemory::backupBytes, true))
        .setHeader(getTranslation("cache.member.backup-memory"));
    addColumn(
            m ->
                m.answered()
                    ? Formats.bytes(m.heapUsed()) + " / " + Formats.bytes(m.heapMax())
                    : getTranslation("cache.member.unknown"))
        .setHeader(getTranslation("cache.member.heap"));
    getColumns().forEach(column -> column.setAutoWidth(true));
    setItems(members);
    setAllRowsVisible(true);
  }

  private String figure(MemberMemory member, ToLongFunction<MemberMemory> value, boolean bytes) {
    if (!member.answered()) {
      return getTranslation("cache.member.unknown");
    }
    long v = value.applyAsLong(member);
    return bytes ? Formats.bytes(v) : Long.toString(v);
  }
}
