package org.kofu.existingsystem;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kofu.existingsystem.ResidentRecords.Person;
import org.kofu.wareki.Wareki;
import org.springframework.stereotype.Component;

/** Makes a 住民票の写し or an 印鑑登録証明書 from the rows, blank or dated and numbered. */
@Component
class CertificateMaker {

  /** The existing system refuses the certificate: a relay-contract cause. */
  static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Refused(String cause) {
      super(cause);
    }
  }

  private static final int MEMBERS_PER_PAGE = 3;

  private final ResidentRecords records;
  private final StandInProperties properties;
  private final FontPool fonts;
  private final FontPool fallbacks;

  CertificateMaker(ResidentRecords records, StandInProperties properties) {
    this.records = records;
    this.properties = properties;
    // pools rather than ThreadLocals: each of Tomcat's up to 200 request threads would keep its own
    // parsed copies, while more documents at once than processors would be made no sooner
    this.fonts = new FontPool(properties.font(), Runtime.getRuntime().availableProcessors());
    // one copy: parsed IPAmj明朝 holds about 100 MB (the multi-node run gives the stand-in 512 MB),
    // and few documents need it, a second one waiting for the first
    this.fallbacks = new FontPool(properties.fallbackFont(), 1);
  }

  /**
   * @param issueDate and {@code number}: null for a body, set for a finished certificate
   */
  MadePdf make(Person person, String type, boolean household, LocalDate issueDate, String number)
      throws IOException {
    if (!"ACTIVE".equals(person.status())) {
      throw new Refused("NOT_RESIDENT");
    }
    Map<String, Long> versions = new TreeMap<>();
    versions.put("madoguchi.jumin:" + person.atenaNo(), person.version());
    try (PdfPages pages = new PdfPages(fonts, fallbacks, records.gaiji())) {
      switch (type) {
        case "JUMINHYO", "JUMINHYO_KISAI" -> resident(pages, person, type, household, versions);
        case "INKAN" -> seal(pages, person, versions);
        default -> throw new Refused("NOT_ISSUABLE");
      }
      if (issueDate != null) {
        pages.fill(pages.areas(), Wareki.format(issueDate), number);
      }
      return new MadePdf(pages.save(), versions, pages.areas());
    }
  }

  private void resident(
      PdfPages pages, Person person, String type, boolean household, Map<String, Long> versions)
      throws IOException {
    long[] setai = records.setai(person.setaiNo());
    versions.put("madoguchi.setai:" + person.setaiNo(), setai[1]);
    List<Person> members = household ? records.household(person.setaiNo()) : List.of(person);
    String head = records.byAtena(setai[0]).map(Person::shimei).orElse("");
    records
        .byAtena(setai[0])
        .ifPresent(h -> versions.put("madoguchi.jumin:" + h.atenaNo(), h.version()));
    boolean copy = "JUMINHYO".equals(type);
    String title = copy ? "住 民 票 の 写 し" : "住 民 票 記 載 事 項 証 明 書";
    pages.newPage(title);
    pages.line("住所", address(person));
    pages.line("世帯主", head);
    int onPage = 0;
    for (Person m : members) {
      if (onPage == MEMBERS_PER_PAGE) {
        pages.newPage(title + "（続き）");
        onPage = 0;
      }
      versions.put("madoguchi.jumin:" + m.atenaNo(), m.version());
      pages.line("氏名", m.shimei());
      pages.line("フリガナ", m.kana());
      pages.line("生年月日", Wareki.format(m.birthDate()));
      pages.line("性別 / 続柄", ("1".equals(m.sex()) ? "男" : "女") + " / " + m.zokugara());
      onPage++;
    }
    if (pages.full()) {
      pages.newPage(title + "（続き）");
    }
    pages.certification(
        copy ? "この写しは、住民票の原本と相違ないことを証明する。" : "上記のとおり住民票に記載されていることを証明する。",
        properties.cityName() + "長");
  }

  private void seal(PdfPages pages, Person person, Map<String, Long> versions) throws IOException {
    ResidentRecords.Seal seal =
        records.activeSeal(person.atenaNo()).orElseThrow(() -> new Refused("NO_SEAL_REGISTRATION"));
    versions.put("madoguchi.inkan:" + seal.inkanNo(), seal.version());
    pages.newPage("印 鑑 登 録 証 明 書");
    pages.image(seal.png(), 70, 720, 110);
    pages.line("氏名", person.shimei());
    pages.line("生年月日", Wareki.format(person.birthDate()));
    pages.line("性別", "1".equals(person.sex()) ? "男" : "女");
    pages.line("住所", address(person));
    pages.certification("この写しは、登録されている印影と相違ないことを証明する。", properties.cityName() + "長");
  }

  /**
   * The 住所 as the register holds it: the address, then the 方書 (building, room), on the 印鑑登録証明書 as
   * on the 住民票 (the project's renderer prints both so). Without it a 方書 changed in the register
   * left the certificate's text unchanged, and it could not be told from a stale one.
   */
  private static String address(Person person) {
    return person.katagaki() == null || person.katagaki().isBlank()
        ? person.address()
        : person.address() + " " + person.katagaki();
  }
}
