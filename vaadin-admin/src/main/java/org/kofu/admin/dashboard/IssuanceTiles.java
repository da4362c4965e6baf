package org.kofu.admin.dashboard;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.kofu.admin.statistics.SourceCount;
import org.kofu.admin.statistics.TodaySummary;
import org.kofu.admin.ui.CodeLabels;

/** Today's issuances: one tile per type (by source) and one with the total and cache hit ratio. */
class IssuanceTiles extends FlexLayout {

  IssuanceTiles(TodaySummary today) {
    setId("today-issuances");
    setFlexWrap(FlexWrap.WRAP);
    getStyle().set("gap", "0.5em");
    Double ratio = today.cacheHitRatio();
    add(
        tile(
            "today-total",
            getTranslation("dashboard.today-total"),
            getTranslation("dashboard.count", today.total()),
            ratio == null
                ? getTranslation("dashboard.hit-ratio-none")
                : getTranslation(
                    "dashboard.hit-ratio", String.format(Locale.ROOT, "%.1f", ratio * 100))));
    CodeLabels labels = new CodeLabels(this);
    Map<String, StringBuilder> byType = new LinkedHashMap<>();
    for (SourceCount count : today.counts()) {
      byType
          .computeIfAbsent(count.certificateType(), t -> new StringBuilder())
          .append(labels.source(count.source()))
          .append(' ')
          .append(count.count())
          .append("  ");
    }
    byType.forEach(
        (type, sources) ->
            add(tile("today-" + type, labels.type(type), sources.toString().strip())));
  }

  static Div tile(String id, String title, String... lines) {
    Div tile = new Div();
    tile.setId(id);
    tile.addClassName("kofu-tile");
    tile.getStyle()
        .set("border", "1px solid var(--lumo-contrast-20pct)")
        .set("border-radius", "var(--lumo-border-radius-m)")
        .set("padding", "0 1em")
        .set("min-width", "14em");
    tile.add(new H3(title));
    for (String line : lines) {
      tile.add(new Paragraph(line));
    }
    return tile;
  }
}
