package org.kofu.admin.reconciliation;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import org.kofu.admin.reconciliation.Statements.Accepted;
import org.kofu.admin.reconciliation.Statements.Outcome;
import org.kofu.admin.reconciliation.Statements.Refused;
import org.kofu.projectdb.settlement.MalformedStatementException;
import org.kofu.projectdb.settlement.StatementImports;
import org.kofu.projectdb.settlement.StatementImports.Imported;

/**
 * The officer's upload: the statement's origin (the center or an operator), then the file. The file
 * is read and imported in the upload's own request, outside the session lock; only the outcome is
 * shown under it.
 */
class UploadSection extends HorizontalLayout {

  private final Statements statements;
  private final Consumer<Imported> imported;
  private final Select<String> origin = new Select<>();
  private final Paragraph message = new Paragraph();
  private final Upload upload = new Upload(this::receive);
  // read by the upload's request thread, which holds no session lock
  private volatile String chosenOrigin = StatementImports.CENTER;

  UploadSection(Statements statements, Consumer<Imported> imported) {
    this.statements = statements;
    this.imported = imported;
    origin.setLabel(getTranslation("recon.origin"));
    origin.setId("statement-origin");
    origin.setItems(statements.origins());
    origin.setItemLabelGenerator(
        o -> StatementImports.CENTER.equals(o) ? getTranslation("recon.origin.CENTER") : o);
    origin.setValue(StatementImports.CENTER);
    origin.addValueChangeListener(
        e -> chosenOrigin = e.getValue() == null ? StatementImports.CENTER : e.getValue());
    upload.setId("statement-upload");
    upload.setMaxFiles(1);
    upload.setMaxFileSize(Statements.MAX_BYTES);
    upload.setAcceptedFileTypes(".csv", "text/csv");
    upload.setI18n(
        new UploadI18N()
            .setAddFiles(
                new UploadI18N.AddFiles()
                    .setOne(getTranslation("recon.upload"))
                    .setMany(getTranslation("recon.upload")))
            .setDropFiles(
                new UploadI18N.DropFiles()
                    .setOne(getTranslation("recon.drop"))
                    .setMany(getTranslation("recon.drop")))
            .setError(
                new UploadI18N.Error()
                    .setTooManyFiles(getTranslation("recon.one-file"))
                    .setFileIsTooBig(getTranslation("recon.too-large"))
                    .setIncorrectFileType(getTranslation("recon.csv-only"))));
    message.setId("upload-message");
    setDefaultVerticalComponentAlignment(Alignment.START);
    getStyle().set("flex-wrap", "wrap");
    add(origin, upload, message);
  }

  private void receive(UploadEvent event) throws IOException {
    UI ui = event.getUI();
    byte[] file;
    try (InputStream in = event.getInputStream()) {
      file = in.readNBytes(Statements.MAX_BYTES + 1);
    }
    if (file.length > Statements.MAX_BYTES) {
      ui.access(
          () -> {
            upload.clearFileList();
            message.setText(getTranslation("recon.too-large"));
          });
      return;
    }
    Outcome outcome = statements.upload(chosenOrigin, event.getFileName(), file);
    ui.access(() -> show(outcome));
  }

  private void show(Outcome outcome) {
    // the next file replaces this one (one file at a time)
    upload.clearFileList();
    if (outcome instanceof Accepted accepted) {
      Imported i = accepted.imported();
      message.setText(getTranslation("recon.accepted", i.id(), i.fileName(), i.rows()));
      message.getStyle().remove("color");
      imported.accept(i);
    } else if (outcome instanceof Refused refused) {
      MalformedStatementException e = refused.problem();
      message.setText(
          getTranslation(
              "recon.refused",
              e.line(),
              e.field() == null ? getTranslation("recon.whole-line") : e.field(),
              getTranslation("recon.reason." + e.reason())));
      message.getStyle().set("color", "var(--lumo-error-text-color)");
    }
  }
}
