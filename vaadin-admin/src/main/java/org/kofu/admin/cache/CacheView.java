package org.kofu.admin.cache;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.Optional;
import org.kofu.admin.account.CurrentUser;
import org.kofu.admin.account.Role;
import org.kofu.admin.ui.Formats;
import org.kofu.core.existing.CertificateSources;

/**
 * The cache cluster: members with the entries and memory each owns and backs up and its heap (read
 * on the members by {@code CacheAdministration.memberMemory}, an executor task, since a client
 * cannot read a member's local statistics; a member that does not answer within {@code
 * kofu.admin.cache.memory-timeout} shows as unknown), persons and bodies per type, today's hit
 * ratio; each type's source (rendered or the existing system's) and the fallback, read only ({@link
 * SourcesSection}); an operator evicts one person by exact 住民票コード; an officer asks every relay to
 * run its canary again, and everyone sees the latest request pending or its relays' verdicts
 * ({@link CanaryDemand#latest}).
 */
@Route("cache")
@Menu(order = 7, title = "nav.cache")
@RolesAllowed({"OFFICER", "OPERATOR", "AUDITOR"})
public class CacheView extends VerticalLayout implements HasDynamicTitle {

  private final CacheOverview overview;
  private final Div state = new Div();
  private final Paragraph message = new Paragraph();
  private final Div canaryState = new Div();
  private final CanaryDemand canary;

  CacheView(CacheOverview overview, CertificateSources sources, CanaryDemand canary) {
    this.overview = overview;
    this.canary = canary;
    state.setId("cache-state");
    message.setId("cache-message");
    add(new H2(getTranslation("nav.cache")), state, new SourcesSection(sources));
    add(new H3(getTranslation("cache.evict-title")));
    TextField code = new TextField(getTranslation("cache.code"));
    code.setId("evict-code");
    code.setMaxLength(11);
    code.setAllowedCharPattern("[0-9]");
    Button evict =
        new Button(
            getTranslation("cache.evict"),
            click -> {
              CacheOverview.Eviction outcome = overview.evict(code.getValue());
              message.setText(getTranslation("cache.evict." + outcome));
              code.clear();
              refresh();
            });
    evict.setId("evict");
    evict.addThemeVariants(ButtonVariant.LUMO_ERROR);
    boolean mayEvict = CurrentUser.has(Role.OFFICER, Role.OPERATOR);
    evict.setEnabled(mayEvict && overview.personSearchAvailable());
    code.setEnabled(evict.isEnabled());
    if (!overview.personSearchAvailable()) {
      code.setHelperText(getTranslation("cache.no-madoguchi"));
    }
    HorizontalLayout row = new HorizontalLayout(code, evict);
    row.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
    add(new Paragraph(getTranslation("cache.evict-help")), row, message);
    Button reload = new Button(getTranslation("cache.reload"), click -> refresh());
    reload.setId("cache-reload");
    add(reload);
    canaryState.setId("canary-state");
    if (CurrentUser.has(Role.OFFICER)) {
      addCanary();
    }
    add(canaryState);
    refresh();
  }

  /** The officer's button that makes every relay run its canary again (audited). */
  private void addCanary() {
    Paragraph done = new Paragraph();
    done.setId("canary-message");
    Button run =
        new Button(
            getTranslation("cache.canary"),
            click -> {
              canary.request();
              done.setText(getTranslation("cache.canary.requested"));
              showCanary();
            });
    run.setId("canary-run");
    add(new Paragraph(getTranslation("cache.canary-help")), run, done);
  }

  /** The latest request: pending, or each relay's verdict so far (read from the audit chain). */
  private void showCanary() {
    canaryState.removeAll();
    Optional<CanaryDemand.Latest> latest = canary.latest();
    if (latest.isEmpty()) {
      canaryState.add(new Paragraph(getTranslation("cache.canary.none")));
      return;
    }
    CanaryDemand.Latest l = latest.get();
    Paragraph asked =
        new Paragraph(
            getTranslation("cache.canary.latest", Formats.time(l.requestedAt()), l.requestedBy()));
    asked.setId("canary-latest");
    canaryState.add(asked);
    if (l.pending()) {
      Paragraph pending = new Paragraph(getTranslation("cache.canary.pending"));
      pending.setId("canary-pending");
      canaryState.add(pending);
      return;
    }
    for (CanaryDemand.Verdict v : l.verdicts()) {
      Paragraph verdict =
          new Paragraph(
              getTranslation(
                  v.passed() ? "cache.canary.passed" : "cache.canary.failed",
                  Formats.time(v.at()),
                  v.relay(),
                  v.detail()));
      verdict.addClassName(v.passed() ? "canary-passed" : "canary-failed");
      canaryState.add(verdict);
    }
  }

  private void refresh() {
    showCanary();
    state.removeAll();
    Optional<CacheSnapshot> snapshot = overview.snapshot();
    if (snapshot.isEmpty()) {
      state.add(new Paragraph(getTranslation("cache.unreachable")));
      return;
    }
    CacheSnapshot s = snapshot.get();
    MembersGrid members = new MembersGrid(s.members());
    Grid<Map.Entry<String, Long>> types = new Grid<>();
    types.setId("types-grid");
    types
        .addColumn(e -> getTranslation("type." + e.getKey()))
        .setHeader(getTranslation("cache.type"));
    types.addColumn(Map.Entry::getValue).setHeader(getTranslation("cache.persons-of-type"));
    types.setItems(s.byType().entrySet());
    types.setAllRowsVisible(true);
    Paragraph totals =
        new Paragraph(getTranslation("cache.totals", s.persons(), s.personsWithBodies()));
    totals.setId("cache-totals");
    Paragraph ratio =
        new Paragraph(
            s.hitRatio() == null
                ? getTranslation("dashboard.hit-ratio-none")
                : getTranslation("dashboard.hit-ratio", Math.round(s.hitRatio() * 100)));
    ratio.setId("cache-hit-ratio");
    state.add(
        new H3(getTranslation("cache.members", s.members().size())),
        members,
        totals,
        ratio,
        new Paragraph(getTranslation("cache.memory")),
        new H3(getTranslation("cache.by-type")),
        types);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("nav.cache");
  }
}
