package org.kofu.admin.rules;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.kofu.admin.account.CurrentUser;
import org.kofu.admin.account.Role;

/** The emergency contact list of clause 9(2), kept by the officer. */
@Route("contacts")
@Menu(order = 10, title = "nav.contacts")
@PermitAll
public class ContactsView extends VerticalLayout implements HasDynamicTitle {

  ContactsView(OperatingRules rules) {
    boolean officer = CurrentUser.has(Role.OFFICER);
    Grid<Contact> grid = ContactsGrid.of(this);
    IntegerField position = new IntegerField(getTranslation("contact.position"));
    position.setValue(rules.contacts().size() + 1);
    TextField organisation = new TextField(getTranslation("contact.organisation"));
    TextField person = new TextField(getTranslation("contact.person"));
    TextField phone = new TextField(getTranslation("contact.phone"));
    TextField note = new TextField(getTranslation("contact.note"));
    Button add =
        new Button(
            getTranslation("common.add"),
            click -> {
              if (!organisation.isEmpty() && !phone.isEmpty()) {
                rules.addContact(
                    position.getValue() == null ? 0 : position.getValue(),
                    organisation.getValue(),
                    person.getValue(),
                    phone.getValue(),
                    note.getValue());
                grid.setItems(rules.contacts());
              }
            });
    add.setEnabled(officer);
    grid.addComponentColumn(
        contact -> {
          Button delete =
              new Button(
                  getTranslation("common.delete"),
                  click -> {
                    rules.deleteContact(contact);
                    grid.setItems(rules.contacts());
                  });
          delete.addThemeVariants(ButtonVariant.LUMO_SMALL);
          delete.setEnabled(officer);
          return delete;
        });
    HorizontalLayout form = new HorizontalLayout(position, organisation, person, phone, note, add);
    form.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
    form.getStyle().set("flex-wrap", "wrap");
    grid.setItems(rules.contacts());
    add(new H2(getTranslation("nav.contacts")), form, grid);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("nav.contacts");
  }
}
