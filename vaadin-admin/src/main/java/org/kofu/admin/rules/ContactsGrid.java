package org.kofu.admin.rules;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;

/** The contact list as a grid, shown on the contacts view and beside the incident register. */
final class ContactsGrid {

  private ContactsGrid() {}

  static Grid<Contact> of(Component translator) {
    Grid<Contact> grid = new Grid<>();
    grid.addColumn(Contact::position).setHeader("#").setAutoWidth(true);
    grid.addColumn(Contact::organisation)
        .setHeader(translator.getTranslation("contact.organisation"));
    grid.addColumn(Contact::person).setHeader(translator.getTranslation("contact.person"));
    grid.addColumn(Contact::phone).setHeader(translator.getTranslation("contact.phone"));
    grid.addColumn(Contact::note).setHeader(translator.getTranslation("contact.note"));
    grid.setAllRowsVisible(true);
    grid.setId("contacts-grid");
    return grid;
  }
}
