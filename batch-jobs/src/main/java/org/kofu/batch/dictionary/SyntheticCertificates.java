package org.kofu.batch.dictionary;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.kofu.batch.dictionary.SyntheticPersons.Person;
import org.kofu.core.certificate.CertificateContent;
import org.kofu.core.certificate.CertificateOptions;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.certificate.PersonRef;
import org.kofu.core.certificate.Scope;
import org.kofu.core.certificate.SourceVersions;
import org.kofu.core.legacy.koseki.AddressHistoryRow;
import org.kofu.core.legacy.koseki.RegisterEntryRow;
import org.kofu.core.legacy.koseki.RegisterMemberRow;
import org.kofu.core.legacy.koseki.RegisterRow;
import org.kofu.core.legacy.madoguchi.ResidentRow;
import org.kofu.core.legacy.madoguchi.SealRow;
import org.kofu.core.legacy.madoguchi.TaxRow;
import org.kofu.wareki.Wareki;

/**
 * Every kind of certificate the batch renders, for households of {@link SyntheticPersons}: the
 * contents the dictionary is trained on, so that no resident's data ever reaches it.
 */
final class SyntheticCertificates {

  private static final LocalDate DAY = LocalDate.of(2020, 4, 1);
  private static final byte[] SEAL = sealImage();

  private SyntheticCertificates() {}

  /** The certificates of {@code households} households of three. */
  static List<CertificateContent> of(int households) {
    List<CertificateContent> contents = new ArrayList<>();
    for (int h = 0; h < households; h++) {
      List<ResidentRow> members = new ArrayList<>();
      for (int m = 0; m < 3; m++) {
        members.add(resident(h * 3 + m, h, m));
      }
      ResidentRow head = members.get(0);
      contents.add(residents(head, List.of(head), CertificateType.JUMINHYO, Scope.SELF));
      contents.add(residents(head, members, CertificateType.JUMINHYO, Scope.HOUSEHOLD));
      contents.add(residents(head, List.of(head), CertificateType.JUMINHYO_KISAI, Scope.SELF));
      contents.add(seal(head));
      contents.add(tax(head, h, CertificateType.SHOTOKU_KAZEI));
      contents.add(tax(head, h, h % 2 == 0 ? CertificateType.SHOTOKU : CertificateType.KAZEI));
      contents.addAll(register(h, members));
    }
    return contents;
  }

  private static ResidentRow resident(int n, int household, int member) {
    Person p = SyntheticPersons.person(n);
    Person head = SyntheticPersons.person(household * 3);
    return new ResidentRow(
        n,
        null,
        null,
        household,
        p.name(),
        p.kana(),
        null,
        null,
        p.born(),
        p.sex(),
        member == 0 ? "世帯主" : member == 1 ? "妻" : "子",
        DAY,
        head.address(),
        head.building(),
        DAY,
        DAY,
        null,
        head.honseki(),
        head.name(),
        null,
        "ACTIVE",
        DAY,
        null,
        0);
  }

  private static CertificateContent residents(
      ResidentRow head, List<ResidentRow> persons, CertificateType type, Scope scope) {
    CertificateOptions options = new CertificateOptions(scope, true, true, false, null);
    return new CertificateContent.Residents(
        subject(head.atenaNo(), type, options), persons, head, SourceVersions.builder().build());
  }

  private static CertificateContent seal(ResidentRow head) {
    SealRow seal = new SealRow(head.atenaNo(), head.atenaNo(), DAY, "ACTIVE", SEAL, 0);
    return new CertificateContent.Seal(
        subject(head.atenaNo(), CertificateType.INKAN, null),
        head,
        seal,
        SourceVersions.builder().build());
  }

  private static CertificateContent tax(ResidentRow head, int h, CertificateType type) {
    long income = 2_000_000L + h * 137_000L;
    TaxRow tax =
        new TaxRow(
            head.atenaNo(),
            2025,
            income,
            income * 7 / 10,
            0,
            0,
            income * 7 / 10,
            430_000,
            income * 7 / 10 - 430_000,
            income / 20,
            income / 30,
            h % 3,
            0);
    return new CertificateContent.Tax(
        subject(head.atenaNo(), type, null), head, tax, SourceVersions.builder().build());
  }

  private static List<CertificateContent> register(int h, List<ResidentRow> residents) {
    ResidentRow head = residents.get(0);
    RegisterRow register = new RegisterRow(h, head.honseki(), head.shimei(), DAY, "ACTIVE", 0);
    List<RegisterMemberRow> members = new ArrayList<>();
    Map<Integer, List<RegisterEntryRow>> entries = new HashMap<>();
    Map<Integer, List<AddressHistoryRow>> addresses = new HashMap<>();
    for (int k = 0; k < residents.size(); k++) {
      ResidentRow r = residents.get(k);
      members.add(member(h, k + 1, r));
      entries.put(k + 1, List.of(birth(h, k + 1, r)));
      addresses.put(
          k + 1, List.of(new AddressHistoryRow(h, k + 1, 1, r.address(), r.juteiDate(), 0)));
    }
    List<RegisterEntryRow> registerEntries =
        List.of(new RegisterEntryRow(h, null, 1, "編製", DAY, "【編製日】令和2年4月1日", 0));
    long person = head.atenaNo();
    return List.of(
        new CertificateContent.Register(
            subject(person, CertificateType.KOSEKI_ZENBU, null),
            register,
            members,
            registerEntries,
            entries,
            SourceVersions.builder().build()),
        new CertificateContent.Register(
            subject(person, CertificateType.KOSEKI_KOJIN, null),
            register,
            members.subList(0, 1),
            registerEntries,
            Map.of(1, entries.get(1)),
            SourceVersions.builder().build()),
        new CertificateContent.Fuhyo(
            subject(
                person,
                CertificateType.KOSEKI_FUHYO,
                new CertificateOptions(Scope.ALL, false, false, false, null)),
            register,
            members,
            addresses,
            SourceVersions.builder().build()));
  }

  private static RegisterMemberRow member(long kosekiId, int kojinNo, ResidentRow r) {
    return new RegisterMemberRow(
        kosekiId,
        kojinNo,
        r.atenaNo(),
        r.shimei(),
        r.birthDate(),
        r.sex(),
        SyntheticPersons.person((int) r.atenaNo() + 7).name(),
        SyntheticPersons.person((int) r.atenaNo() + 11).given(),
        r.zokugara(),
        false,
        0);
  }

  private static RegisterEntryRow birth(long kosekiId, int kojinNo, ResidentRow r) {
    String detail =
        "【出生日】" + Wareki.format(r.birthDate()) + "\n【出生地】" + SyntheticPersons.CITY + "\n【届出人】父";
    return new RegisterEntryRow(kosekiId, kojinNo, kojinNo + 1, "出生", r.birthDate(), detail, 0);
  }

  private static CertificateSubject subject(
      long atenaNo, CertificateType type, CertificateOptions options) {
    CertificateOptions given = options == null ? CertificateOptions.defaults() : options;
    return new CertificateSubject(new PersonRef.Resident(atenaNo), type, given.normalizedFor(type));
  }

  /** A plain ring: a seal impression's size and colour, no name in it. */
  private static byte[] sealImage() {
    BufferedImage image = new BufferedImage(177, 177, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(new Color(0xD0, 0x20, 0x20));
    g.setStroke(new BasicStroke(8));
    g.drawOval(10, 10, 157, 157);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
