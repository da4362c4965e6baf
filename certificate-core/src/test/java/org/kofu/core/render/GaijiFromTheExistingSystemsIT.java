package org.kofu.core.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kofu.core.certificate.CertificateContent;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.certificate.PersonRef;
import org.kofu.core.certificate.assembly.CertificateContentAssembler;
import org.kofu.core.legacy.koseki.KosekiReader;
import org.kofu.core.legacy.madoguchi.MadoguchiReader;
import org.kofu.core.render.font.UndrawableCharacterException;
import org.kofu.demodata.generate.DemoDataGenerator;
import org.kofu.demodata.generate.GeneratorSettings;
import org.kofu.demodata.generate.MjCharacters;
import org.kofu.demodata.load.DemoDataLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * 外字 as the demo data stores them (Private Use Area, a gaiji row in each system) go through the
 * assembler and the renderer and read back, with PDFBox and pdftotext, as the characters their rows
 * map them to; one without a row is refused.
 */
class GaijiFromTheExistingSystemsIT {

  private static JdbcClient jdbc;
  private static CertificateContentAssembler assembler;

  @BeforeAll
  static void load() throws Exception {
    DataSource db =
        new DriverManagerDataSource(
            "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    DemoDataLoader.of(db)
        .load(
            db,
            new DemoDataGenerator(
                GeneratorSettings.defaults().withResidents(400).withToday(Fixtures.DAY)),
            false);
    jdbc = JdbcClient.create(db);
    assembler = new CertificateContentAssembler(new MadoguchiReader(db), new KosekiReader(db));
  }

  private static long firstWithGaiji(String column) {
    return jdbc
        .sql("SELECT atena_no, " + column + " FROM madoguchi.jumin ORDER BY atena_no")
        .query(
            (rs, n) -> rs.getString(2) != null && hasGaiji(rs.getString(2)) ? rs.getLong(1) : -1L)
        .list()
        .stream()
        .filter(a -> a > 0)
        .findFirst()
        .orElseThrow();
  }

  private static boolean hasGaiji(String text) {
    return text.codePoints().anyMatch(cp -> cp >= MjCharacters.FIRST_PUA && cp < 0xF8F0);
  }

  private static String stored(long atenaNo, String column) {
    return jdbc.sql("SELECT " + column + " FROM madoguchi.jumin WHERE atena_no = ?")
        .param(atenaNo)
        .query(String.class)
        .single();
  }

  private static byte[] juminhyo(long atenaNo) {
    CertificateContent c =
        assembler.assemble(
            new CertificateSubject(
                new PersonRef.Resident(atenaNo),
                CertificateType.JUMINHYO,
                Fixtures.juminhyo(org.kofu.core.certificate.Scope.SELF, false, true, false)));
    return Rendering.issued(c);
  }

  @Test
  void storedGaijiPrintAsTheirRowsMapThemWithPdfboxAndPdftotext(@TempDir Path dir)
      throws Exception {
    long person = firstWithGaiji("shimei");
    byte[] pdf = juminhyo(person);
    String name = stored(person, "shimei");
    String address = stored(person, "address");
    assertThat(name.codePoints()).anyMatch(cp -> cp >= MjCharacters.FIRST_PUA && cp < 0xF8F0);

    String text = Rendering.text(pdf);
    for (String part : name.split("　")) {
      assertThat(text).contains(Rendering.normalize(part));
    }
    assertThat(text).contains(Rendering.normalize(address));
    assertThat(text.codePoints()).noneMatch(cp -> cp >= 0xE000 && cp <= 0xF8FF);

    assumeThat(Path.of("/usr/bin/pdftotext")).exists();
    Path file = dir.resolve("gaiji.pdf");
    Files.write(file, pdf);
    Process p = new ProcessBuilder("/usr/bin/pdftotext", file.toString(), "-").start();
    String flat =
        Rendering.normalize(
            Normalizer.normalize(
                new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                Normalizer.Form.NFC));
    assertThat(p.waitFor()).isZero();
    for (String part : name.split("　")) {
      assertThat(flat).contains(Rendering.normalize(part));
    }
  }

  @Test
  void aGaijiWithoutARowIsRefused() {
    long person = firstWithGaiji("shimei");
    jdbc.sql("UPDATE madoguchi.jumin SET katagaki = ? WHERE atena_no = ?")
        .params(MjCharacters.UNMAPPED_PUA + "荘", person)
        .update();
    assertThatThrownBy(() -> juminhyo(person))
        .isInstanceOf(UndrawableCharacterException.class)
        .hasMessageContaining("U+F8F0")
        .hasMessageContaining("madoguchi.jumin:" + person + " katagaki");
  }
}
