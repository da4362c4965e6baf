package org.kofu.admin.issuance;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.kofu.admin.account.CurrentUser;
import org.kofu.admin.account.Role;
import org.kofu.admin.ui.CodeLabels;
import org.kofu.core.certificate.CertificateType;
import org.kofu.projectdb.chain.ChainVerification;

/** 発行ログ: criteria, a lazily paged grid and the chain check of the log. */
@Route("issuance-log")
@Menu(order = 2, title = "nav.issuance")
@RolesAllowed({"OFFICER", "OPERATOR", "AUDITOR"})
public class IssuanceLogView extends VerticalLayout
    implements HasDynamicTitle, BeforeEnterObserver {

  private static final List<String> DECISIONS =
      List.of("ISSUED", "REFUSED", "ANSWERED", "RECORDED", "ERROR", "REJECTED");

  private final LogSearch search;
  private final ExportRequests exports;
  private LogFilter current = LogFilter.none();
  private final DatePicker from = new DatePicker(getTranslation("issuance.from"));
  private final DatePicker to = new DatePicker(getTranslation("issuance.to"));
  private final ComboBox<String> type = new ComboBox<>(getTranslation("issuance.type"));
  private final TextField kiosk = field("issuance.kiosk", "log-kiosk");
  private final ComboBox<String> decision = new ComboBox<>(getTranslation("issuance.decision"));
  private final TextField number = field("issuance.number", "log-number");
  private final TextField requestId = field("issuance.request-id", "log-request-id");
  private final TextField juminhyoCode = field("issuance.juminhyo-code", "log-juminhyo-code");
  private final Paragraph message = new Paragraph();
  private final Paragraph found = new Paragraph();
  private final Grid<LogRecord> grid = new LogGrid();

  IssuanceLogView(LogSearch search, ExportRequests exports) {
    this.search = search;
    this.exports = exports;
    from.setId("log-from");
    to.setId("log-to");
    CodeLabels labels = new CodeLabels(this);
    type.setItems(Arrays.stream(CertificateType.values()).map(Enum::name).toList());
    type.setItemLabelGenerator(labels::type);
    type.setId("log-type");
    decision.setItems(DECISIONS);
    decision.setItemLabelGenerator(labels::decision);
    decision.setId("log-decision");
    juminhyoCode.setEnabled(search.personSearchAvailable());
    juminhyoCode.setHelperText(
        getTranslation(
            search.personSearchAvailable() ? "issuance.code-help" : "issuance.code-unavailable"));
    Button find = new Button(getTranslation("issuance.search"), click -> runSearch());
    find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    find.setId("log-search");
    Paragraph chain = new Paragraph();
    chain.setId("log-chain-result");
    Button verify =
        new Button(getTranslation("issuance.verify"), click -> chain.setText(describe()));
    verify.setId("log-verify");
    message.setId("log-message");
    Button export = new Button(getTranslation("issuance.request-export"), click -> requestExport());
    export.setId("log-request-export");
    export.setVisible(CurrentUser.has(Role.OFFICER, Role.OPERATOR));
    found.setId("log-count");
    HorizontalLayout criteria =
        new HorizontalLayout(
            from, to, type, kiosk, decision, number, requestId, juminhyoCode, find, verify, export);
    criteria.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    criteria.getStyle().set("flex-wrap", "wrap");
    showAll(LogFilter.none());
    add(new H2(getTranslation("nav.issuance")), criteria, message, chain, found, grid);
    setSizeFull();
  }

  private void runSearch() {
    message.setText("");
    LogFilter filter =
        new LogFilter(
            from.getValue(),
            to.getValue(),
            type.getValue(),
            kiosk.getValue(),
            decision.getValue(),
            number.getValue(),
            requestId.getValue(),
            null);
    String code = juminhyoCode.getValue().strip();
    if (code.isEmpty()) {
      showAll(filter);
      return;
    }
    if (!LogSearch.wellFormed(code)) {
      current = null;
      message.setText(getTranslation("issuance.code-malformed"));
      return;
    }
    Optional<String> key = search.personKey(code);
    if (key.isEmpty()) {
      message.setText(getTranslation("issuance.person-not-found"));
      grid.setItems(List.of());
      current = null;
      found.setText(getTranslation("issuance.found", 0));
      return;
    }
    showAll(filter.withPersonKey(key.get()));
  }

  /** {@code ?person=<PersonRef key>}: the hand-off of another view, searched by key. */
  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    List<String> person =
        event.getLocation().getQueryParameters().getParameters().getOrDefault("person", List.of());
    if (person.size() == 1) {
      search
          .personByKey(person.get(0))
          .ifPresent(key -> showAll(LogFilter.none().withPersonKey(key)));
    }
  }

  private void requestExport() {
    message.setText(
        current == null
            ? getTranslation("issuance.nothing-to-export")
            : getTranslation("issuance.export-requested", exports.request(current)));
  }

  private void showAll(LogFilter filter) {
    current = filter;
    found.setText(getTranslation("issuance.found", search.count(filter)));
    grid.setItems(
        query -> search.page(filter, query.getOffset(), query.getLimit()).stream(),
        query -> search.count(filter));
  }

  private String describe() {
    ChainVerification check = search.verify();
    return check.intact()
        ? getTranslation("issuance.intact", check.linksChecked())
        : getTranslation("issuance.broken", check.firstBrokenSeq(), check.reason());
  }

  private TextField field(String key, String id) {
    TextField field = new TextField(getTranslation(key));
    field.setId(id);
    field.setClearButtonVisible(true);
    return field;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("nav.issuance");
  }
}
