package org.kofu.admin.cache;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Arrays;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.existing.CertificateSources;

/**
 * Who makes each certificate type's PDF — the project from the tables, or the existing system whose
 * PDFs are relayed, cached and stamped — and whether a type whose existing system fails is rendered
 * instead: read only, as configured ({@code kofu.certificate.sources.<TYPE>}, {@code
 * kofu.certificate.fallback-to-rendering}, {@code docs/existing-systems.md}).
 */
class SourcesSection extends Div {

  SourcesSection(CertificateSources sources) {
    setId("sources");
    Grid<CertificateType> grid = new Grid<>();
    grid.setId("sources-grid");
    grid.addColumn(t -> getTranslation("type." + t.name())).setHeader(getTranslation("cache.type"));
    grid.addColumn(t -> getTranslation("sources." + sources.sourceOf(t).name()))
        .setHeader(getTranslation("sources.source"));
    grid.setItems(Arrays.asList(CertificateType.values()));
    grid.setAllRowsVisible(true);
    grid.getColumns().forEach(column -> column.setAutoWidth(true));
    Paragraph fallback =
        new Paragraph(
            getTranslation(
                sources.fallbackToRendering() ? "sources.fallback.on" : "sources.fallback.off"));
    fallback.setId("sources-fallback");
    add(
        new H3(getTranslation("sources.title")),
        new Paragraph(getTranslation("sources.help")),
        grid,
        fallback);
  }
}
