package org.kofu.admin.registration;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import java.util.function.Function;
import org.kofu.admin.ui.Formats;
import org.kofu.core.legacy.koseki.RegisteredPerson;
import org.kofu.projectdb.registration.Registration;

/** The three grids of the registrations view: applications, candidates, decided ones. */
final class RegistrationGrids {

  private RegistrationGrids() {}

  static Grid<Registration> applications(String id, Function<String, String> text) {
    Grid<Registration> grid = new Grid<>();
    grid.addColumn(Registration::id).setHeader("#").setAutoWidth(true);
    grid.addColumn(Registration::name).setHeader(text.apply("registration.name"));
    grid.addColumn(Registration::kana).setHeader(text.apply("registration.kana"));
    grid.addColumn(Registration::birthDate).setHeader(text.apply("registration.birth"));
    grid.addColumn(Registration::honseki).setHeader(text.apply("registration.honseki"));
    grid.addColumn(Registration::hittosha).setHeader(text.apply("registration.hittosha"));
    grid.addColumn(r -> Formats.time(r.requestedAt()))
        .setHeader(text.apply("registration.requested"));
    return visible(grid, id);
  }

  static Grid<RegisteredPerson> candidates(Function<String, String> text) {
    Grid<RegisteredPerson> grid = new Grid<>();
    grid.addColumn(RegisteredPerson::fullName).setHeader(text.apply("registration.name"));
    grid.addColumn(p -> p.member().birthDate()).setHeader(text.apply("registration.birth"));
    grid.addColumn(p -> p.register().honseki()).setHeader(text.apply("registration.honseki"));
    grid.addColumn(p -> p.register().hittosha()).setHeader(text.apply("registration.hittosha"));
    grid.addColumn(p -> p.member().zokugara()).setHeader(text.apply("registration.zokugara"));
    grid.addColumn(p -> "K" + p.member().kosekiId() + "-" + p.member().kojinNo())
        .setHeader(text.apply("registration.person"));
    grid.getColumns().forEach(c -> c.setAutoWidth(true));
    return visible(grid, "candidate-grid");
  }

  /** Fewer columns than the applications: what was decided, by whom, and how it ended. */
  static Grid<Registration> decided(Function<String, String> text) {
    Grid<Registration> grid = new Grid<>();
    grid.addColumn(Registration::id).setHeader("#").setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(Registration::name)
        .setHeader(text.apply("registration.name"))
        .setAutoWidth(true);
    grid.addColumn(Registration::birthDate)
        .setHeader(text.apply("registration.birth"))
        .setAutoWidth(true);
    grid.addColumn(r -> text.apply("registration." + r.status()))
        .setHeader(text.apply("registration.status"))
        .setAutoWidth(true);
    grid.addColumn(Registration::personKey)
        .setHeader(text.apply("registration.person"))
        .setAutoWidth(true);
    grid.addColumn(
            r -> r.decidedBy() == null ? "" : r.decidedBy() + " " + Formats.time(r.decidedAt()))
        .setHeader(text.apply("registration.decided"))
        .setAutoWidth(true);
    grid.addColumn(r -> ended(r, text)).setHeader(text.apply("registration.ended")).setFlexGrow(3);
    return visible(grid, "decided-grid");
  }

  private static String ended(Registration r, Function<String, String> text) {
    if (r.endedAt() == null) {
      return r.reason() == null ? "" : r.reason();
    }
    String why =
        "batch".equals(r.endedBy()) || "relay".equals(r.endedBy())
            ? text.apply("registration.end." + r.endReason())
            : r.endReason();
    // why first: the column is narrow, and the reason is what the clerk looks for
    return why + " (" + r.endedBy() + " " + Formats.time(r.endedAt()) + ")";
  }

  private static <T> Grid<T> visible(Grid<T> grid, String id) {
    grid.setAllRowsVisible(true);
    grid.setId(id);
    return grid;
  }

  static <T extends Component> T withId(T component, String id) {
    component.setId(id);
    return component;
  }
}
