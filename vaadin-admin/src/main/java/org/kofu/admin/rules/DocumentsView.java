package org.kofu.admin.rules;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.kofu.admin.account.CurrentUser;
import org.kofu.admin.account.Role;
import org.kofu.admin.ui.Formats;

/** The document register (clause 7) and take-out / copy / disposal requests. */
@Route("documents")
@Menu(order = 11, title = "nav.documents")
@PermitAll
public class DocumentsView extends VerticalLayout implements HasDynamicTitle {

  private final OperatingRules rules;
  private final Grid<Document> documents = new Grid<>();
  private final RequestsGrid requests;
  private final DocumentEditor editor;

  DocumentsView(OperatingRules rules) {
    this.rules = rules;
    boolean officer = CurrentUser.has(Role.OFFICER);
    this.editor = new DocumentEditor(rules, officer, this::refresh);
    this.requests = new RequestsGrid(rules, officer, this::refresh);
    TextField title = new TextField(getTranslation("document.title"));
    TextField edition = new TextField(getTranslation("document.edition"));
    TextField location = new TextField(getTranslation("document.location"));
    Button add =
        new Button(
            getTranslation("common.add"),
            click -> {
              if (!title.isEmpty()) {
                rules.addDocument(title.getValue(), edition.getValue(), location.getValue());
                refresh();
              }
            });
    add.setEnabled(officer);
    documents.addColumn(Document::title).setHeader(getTranslation("document.title"));
    documents.addColumn(Document::edition).setHeader(getTranslation("document.edition"));
    documents.addColumn(Document::location).setHeader(getTranslation("document.location"));
    documents
        .addColumn(
            d -> (d.updatedBy() == null ? "" : d.updatedBy() + " ") + Formats.time(d.updatedAt()))
        .setHeader(getTranslation("document.updated"));
    documents.addColumn(this::state).setHeader(getTranslation("document.state"));
    documents.setAllRowsVisible(true);
    documents.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    documents.asSingleSelect().addValueChangeListener(e -> editor.select(e.getValue()));
    ComboBox<String> kind =
        new ComboBox<>(getTranslation("document.kind"), List.of("TAKE_OUT", "COPY", "DISPOSAL"));
    kind.setItemLabelGenerator(k -> getTranslation("document." + k));
    kind.setId("document-kind");
    TextField purpose = new TextField(getTranslation("document.purpose"));
    purpose.setId("document-purpose");
    Button request =
        new Button(
            getTranslation("document.request"),
            click -> {
              Document selected = documents.asSingleSelect().getValue();
              if (selected != null
                  && selected.inForce()
                  && kind.getValue() != null
                  && !purpose.isEmpty()) {
                rules.request(selected, kind.getValue(), purpose.getValue());
                refresh();
              }
            });
    request.setEnabled(CurrentUser.has(Role.OFFICER, Role.OPERATOR));
    request.setId("document-request");
    documents.setId("documents-grid");
    requests.setId("requests-grid");
    add(
        new H2(getTranslation("nav.documents")),
        row(title, edition, location, add),
        documents,
        editor);
    add(new H3(getTranslation("document.requests")), row(kind, purpose, request), requests);
    refresh();
  }

  private static HorizontalLayout row(com.vaadin.flow.component.Component... components) {
    HorizontalLayout row = new HorizontalLayout(components);
    row.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
    row.getStyle().set("flex-wrap", "wrap");
    return row;
  }

  private String state(Document document) {
    return document.inForce()
        ? getTranslation("document.in-force")
        : getTranslation("document.retired")
            + " "
            + document.retiredBy()
            + " "
            + Formats.time(document.retiredAt());
  }

  private void refresh() {
    documents.setItems(rules.documents());
    editor.select(null);
    requests.setItems(rules.requests());
  }

  @Override
  public String getPageTitle() {
    return getTranslation("nav.documents");
  }
}
