package org.kofu.bench.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.kofu.core.certificate.CertificateContent;
import org.kofu.core.certificate.CertificateSubject;

/**
 * Like with like for the MJ rate (issue 22): each certificate of the mix that prints IPAmj glyphs
 * gets a partner from the rest of the mix of the same type and options, with the same number of
 * persons in scope and, among those, the same number of pages and the nearest number of entries
 * (戸籍事項, 身分事項, address history), which prints no MJ glyph. An MJ certificate with no such partner
 * is left out of both sets; a partner is used once while another fits.
 */
final class MjPartners {

  // how many candidates of the same kind are rendered to find one with the same page count
  private static final int PAGE_TRIES = 12;

  private final List<CertificateContent> mj = new ArrayList<>();
  private final List<CertificateContent> partners = new ArrayList<>();
  private int unpaired;
  private int otherPages;
  private int reused;

  private MjPartners() {}

  /**
   * Pairs the MJ certificates of {@code contents}; {@code pages} gives a certificate's page count
   * (it renders it).
   */
  static MjPartners of(List<CertificateContent> contents, ToIntFunction<CertificateContent> pages) {
    Map<String, List<CertificateContent>> plainByKind = new HashMap<>();
    List<CertificateContent> mjContents = new ArrayList<>();
    for (CertificateContent c : contents) {
      switch (MjShare.of(c)) {
        case MJ -> mjContents.add(c);
        case PLAIN -> plainByKind.computeIfAbsent(kind(c), k -> new ArrayList<>()).add(c);
        default -> {} // UNPRINTABLE: not in the mix
      }
    }
    MjPartners pairs = new MjPartners();
    Map<CertificateContent, Integer> uses = new IdentityHashMap<>();
    Map<CertificateContent, Integer> pageCounts = new IdentityHashMap<>();
    ToIntFunction<CertificateContent> pagesOf =
        c -> pageCounts.computeIfAbsent(c, x -> pages.applyAsInt(x));
    for (CertificateContent c : mjContents) {
      List<CertificateContent> candidates = plainByKind.getOrDefault(kind(c), List.of());
      if (candidates.isEmpty()) {
        pairs.unpaired++;
        continue;
      }
      int entries = entries(c);
      List<CertificateContent> nearest =
          candidates.stream()
              .sorted(
                  Comparator.<CertificateContent>comparingInt(p -> uses.getOrDefault(p, 0))
                      .thenComparingInt(p -> Math.abs(entries(p) - entries)))
              .limit(PAGE_TRIES)
              .toList();
      int wanted = pagesOf.applyAsInt(c);
      CertificateContent partner =
          nearest.stream().filter(p -> pagesOf.applyAsInt(p) == wanted).findFirst().orElse(null);
      if (partner == null) {
        partner = nearest.get(0);
        pairs.otherPages++;
      }
      if (uses.merge(partner, 1, Integer::sum) > 1) {
        pairs.reused++;
      }
      pairs.mj.add(c);
      pairs.partners.add(partner);
    }
    return pairs;
  }

  List<CertificateContent> mj() {
    return mj;
  }

  List<CertificateContent> partners() {
    return partners;
  }

  /**
   * What went wrong in the pairing, empty when nothing: a partner of another type, options or
   * number of persons, or one that prints MJ glyphs (the bench's own checks).
   */
  List<String> problems() {
    List<String> problems = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < mj.size(); i++) {
      CertificateContent partner = partners.get(i);
      if (!kind(mj.get(i)).equals(kind(partner)) && seen.add("kind")) {
        problems.add("a partner of another type, options or persons in scope");
      }
      if (MjShare.of(partner) != MjShare.Kind.PLAIN && seen.add("plain")) {
        problems.add("a partner that prints MJ glyphs");
      }
      if (MjShare.of(mj.get(i)) != MjShare.Kind.MJ && seen.add("mj")) {
        problems.add("an MJ certificate that prints no MJ glyph");
      }
    }
    return problems;
  }

  /** One line on the pairing, for the bench's output. */
  String describe() {
    Set<CertificateContent> distinct = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    distinct.addAll(partners);
    return ("%d MJ certificates paired (same type, options and persons in scope; %d with another"
            + " page count), %d left unpaired; %d distinct partners (%d reused)")
        .formatted(mj.size(), otherPages, unpaired, distinct.size(), reused);
  }

  /** Type, the options the type takes and the number of persons in scope. */
  static String kind(CertificateContent c) {
    CertificateSubject s = c.subject();
    String options = s.options() == null ? "-" : s.options().normalizedFor(s.type()).canonical();
    return s.type() + "|" + options + "|" + persons(c);
  }

  static int persons(CertificateContent c) {
    if (c instanceof CertificateContent.Residents r) {
      return r.persons().size();
    }
    if (c instanceof CertificateContent.Register r) {
      return r.members().size();
    }
    if (c instanceof CertificateContent.Fuhyo f) {
      return f.members().size();
    }
    return 1; // 印鑑登録証明書, 所得・課税証明書
  }

  /** The rows besides the persons that make a certificate longer. */
  static int entries(CertificateContent c) {
    if (c instanceof CertificateContent.Register r) {
      return r.registerEntries().size()
          + r.personEntries().values().stream().mapToInt(List::size).sum();
    }
    if (c instanceof CertificateContent.Fuhyo f) {
      return f.addresses().values().stream().mapToInt(List::size).sum();
    }
    return 0;
  }
}
