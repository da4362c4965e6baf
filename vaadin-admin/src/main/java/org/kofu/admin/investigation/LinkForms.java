package org.kofu.admin.investigation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Supplier;
import org.kofu.admin.account.CurrentUser;
import org.kofu.admin.account.Role;
import org.kofu.admin.issuance.LogSearch;

/**
 * The three ways a clerk links issuances to an incident: a certificate number, a kiosk and a time
 * range (Asia/Tokyo), a person by exact 住民票コード through the issuance log's audited search.
 */
class LinkForms extends VerticalLayout {

  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  private final Investigations investigations;
  private final Supplier<Long> incident;
  private final Runnable refresh;
  private final boolean mayLink = CurrentUser.has(Role.OFFICER, Role.OPERATOR);

  LinkForms(Investigations investigations, Supplier<Long> incident, Runnable refresh) {
    this.investigations = investigations;
    this.incident = incident;
    this.refresh = refresh;
    setPadding(false);
    add(byNumber(), byKiosk(), byPerson());
  }

  private HorizontalLayout byNumber() {
    TextField number = new TextField(getTranslation("investigation.number"));
    number.setId("link-number");
    number.setPlaceholder("012025-YYMMDD-NNNNNN");
    Button link =
        button(
            "link-by-number", () -> investigations.linkByNumber(incident.get(), number.getValue()));
    return row(number, link);
  }

  private HorizontalLayout byKiosk() {
    TextField kiosk = new TextField(getTranslation("investigation.kiosk"));
    kiosk.setId("link-kiosk");
    DateTimePicker from = new DateTimePicker(getTranslation("investigation.from"));
    from.setId("link-from");
    DateTimePicker to = new DateTimePicker(getTranslation("investigation.to"));
    to.setId("link-to");
    Button link =
        button(
            "link-by-kiosk",
            () -> {
              if (from.getValue() == null || to.getValue() == null || kiosk.isEmpty()) {
                throw new IllegalArgumentException("kiosk and range");
              }
              return investigations.linkByKiosk(
                  incident.get(),
                  kiosk.getValue(),
                  from.getValue().atZone(TOKYO).toInstant(),
                  to.getValue().atZone(TOKYO).toInstant());
            });
    return row(kiosk, from, to, link);
  }

  private HorizontalLayout byPerson() {
    TextField code = new TextField(getTranslation("investigation.juminhyo-code"));
    code.setId("link-person");
    Button link =
        button(
            "link-by-person",
            () -> {
              if (!LogSearch.wellFormed(code.getValue())) {
                throw new IllegalArgumentException("not a 住民票コード");
              }
              Optional<Integer> added =
                  investigations.linkByPerson(incident.get(), code.getValue());
              code.clear();
              return added.orElse(-1);
            });
    boolean available = investigations.personSearchAvailable();
    code.setEnabled(mayLink && available);
    link.setEnabled(mayLink && available);
    if (!available) {
      code.setHelperText(getTranslation("investigation.person-search-off"));
    }
    return row(code, link);
  }

  /** A link button: the count added, "no such person" (-1), or a bad input, as a notification. */
  private Button button(String id, Supplier<Integer> action) {
    Button button =
        new Button(
            getTranslation("investigation.link"),
            click -> {
              if (incident.get() == null) {
                return;
              }
              String message;
              try {
                int added = action.get();
                message =
                    added < 0
                        ? getTranslation("investigation.no-person")
                        : getTranslation("investigation.added", added);
              } catch (IllegalArgumentException e) {
                message = getTranslation("investigation.bad-input");
              }
              Notification.show(message).setId(id + "-result");
              refresh.run();
            });
    button.setId(id);
    button.setEnabled(mayLink);
    return button;
  }

  private static HorizontalLayout row(com.vaadin.flow.component.Component... components) {
    HorizontalLayout row = new HorizontalLayout(components);
    row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    row.getStyle().set("flex-wrap", "wrap");
    return row;
  }
}
