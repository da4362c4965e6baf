package org.kofu.core.render.layout;

import java.util.List;
import org.kofu.core.certificate.CertificateContent.Residents;
import org.kofu.core.certificate.CertificateOptions;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.certificate.ResidentForm;
import org.kofu.core.legacy.madoguchi.ResidentRow;

/**
 * 住民票の写し and 記載事項証明書 in the two forms of the standard-compliant systems
 * (docs/certificate-forms.md). 世帯連記式: on every page the household's header (住所, 世帯主), then up to
 * {@value #MEMBERS_PER_PAGE} members in household order in compact blocks, continuing on the next
 * page; a member whose 住所 or 方書 differs from the header's shows their own. 個人票: one person a page,
 * their 住所 and the 世帯主 at the top, then their items one to a line.
 */
final class ResidentLayout {

  /** Members of a household a 世帯連記式 page holds. */
  static final int MEMBERS_PER_PAGE = 4;

  private ResidentLayout() {}

  static void write(Residents content, boolean myNumberEnabled, Rows rows) {
    CertificateOptions options = content.subject().options();
    CertificateType type = content.subject().type();
    if (type != CertificateType.JUMINHYO && type != CertificateType.JUMINHYO_KISAI) {
      throw new IllegalArgumentException("resident content for " + type);
    }
    boolean showMyNumber = myNumberEnabled && options.myNumber();
    if (options.formOrDefault() == ResidentForm.KOJIN) {
      kojin(content, options, showMyNumber, rows);
    } else {
      renki(content, options, showMyNumber, rows);
    }
  }

  private static void renki(
      Residents content, CertificateOptions options, boolean showMyNumber, Rows rows) {
    ResidentRow basis =
        content.householder() != null ? content.householder() : content.persons().get(0);
    String headerAddress = address(basis);
    int n = 0;
    for (ResidentRow p : content.persons()) {
      if (n % MEMBERS_PER_PAGE == 0) {
        if (n > 0) {
          rows.pageBreak();
        }
        rows.compact("住所", Address.printed(basis, rows), Rows.PREPARED);
        householder(content, options, rows, true);
      }
      rows.member("（" + ++n + "）");
      String own = address(p).equals(headerAddress) ? null : Address.printed(p, rows);
      packed(ResidentItems.of(p, options, showMyNumber, own), rows);
    }
  }

  private static void kojin(
      Residents content, CertificateOptions options, boolean showMyNumber, Rows rows) {
    boolean first = true;
    for (ResidentRow p : content.persons()) {
      if (!first) {
        rows.pageBreak();
      }
      first = false;
      rows.field("住所", Address.printed(p, rows), Rows.PREPARED);
      householder(content, options, rows, false);
      rows.heading("個人票");
      for (ResidentItems.Item i : ResidentItems.of(p, options, showMyNumber, null)) {
        rows.field(i.label(), i.value(), i.source());
      }
    }
  }

  private static void householder(
      Residents content, CertificateOptions options, Rows rows, boolean compact) {
    ResidentRow head = content.householder();
    if (!options.householder() || head == null) {
      return;
    }
    if (compact) {
      rows.compact("世帯主", head.shimei(), key(head, "shimei"));
    } else {
      rows.field("世帯主", head.shimei(), key(head, "shimei"));
    }
  }

  /** Short items two to a line in their order; an address takes a line of its own. */
  private static void packed(List<ResidentItems.Item> items, Rows rows) {
    ResidentItems.Item pending = null;
    for (ResidentItems.Item i : items) {
      if (i.wide()) {
        if (pending != null) {
          rows.pair(pending.label(), pending.value(), pending.source(), null, null, null);
          pending = null;
        }
        rows.compact(i.label(), i.value(), i.source());
      } else if (pending == null) {
        pending = i;
      } else {
        rows.pair(
            pending.label(), pending.value(), pending.source(), i.label(), i.value(), i.source());
        pending = null;
      }
    }
    if (pending != null) {
      rows.pair(pending.label(), pending.value(), pending.source(), null, null, null);
    }
  }

  private static String address(ResidentRow p) {
    return Address.withKatagaki(p.address(), p.katagaki());
  }

  static String key(ResidentRow row, String column) {
    return ResidentRow.TABLE + ":" + row.atenaNo() + " " + column;
  }
}
