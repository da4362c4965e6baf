package org.kofu.admin.rules;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The officer's controls for the document selected in the register: change its edition and place
 * (clause 7: kept current and in its proper place), or retire it. A retired document cannot be
 * edited.
 */
class DocumentEditor extends HorizontalLayout {

  private final TextField edition = new TextField();
  private final TextField location = new TextField();
  private final Button save = new Button();
  private final Button retire = new Button();
  private final boolean officer;
  private Document selected;

  DocumentEditor(OperatingRules rules, boolean officer, Runnable changed) {
    this.officer = officer;
    edition.setLabel(getTranslation("document.edition"));
    location.setLabel(getTranslation("document.location"));
    save.setText(getTranslation("document.save"));
    retire.setText(getTranslation("document.retire"));
    retire.addThemeVariants(ButtonVariant.LUMO_ERROR);
    edition.setId("document-edit-edition");
    location.setId("document-edit-location");
    save.setId("document-save");
    retire.setId("document-retire");
    save.addClickListener(
        click -> {
          if (selected != null && !edition.isEmpty() && !location.isEmpty()) {
            rules.updateDocument(selected, edition.getValue(), location.getValue());
            changed.run();
          }
        });
    retire.addClickListener(
        click -> {
          if (selected != null) {
            rules.retire(selected);
            changed.run();
          }
        });
    add(edition, location, save, retire);
    setDefaultVerticalComponentAlignment(Alignment.BASELINE);
    getStyle().set("flex-wrap", "wrap");
    select(null);
  }

  /** Shows the selected document (null: none) and enables what the officer may do to it. */
  void select(Document document) {
    selected = document;
    edition.setValue(document == null ? "" : document.edition());
    location.setValue(document == null ? "" : document.location());
    boolean editable = officer && document != null && document.inForce();
    edition.setEnabled(editable);
    location.setEnabled(editable);
    save.setEnabled(editable);
    retire.setEnabled(editable);
  }
}
