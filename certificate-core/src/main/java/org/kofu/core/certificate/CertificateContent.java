package org.kofu.core.certificate;

import java.util.List;
import java.util.Map;
import org.kofu.core.legacy.koseki.AddressHistoryRow;
import org.kofu.core.legacy.koseki.RegisterEntryRow;
import org.kofu.core.legacy.koseki.RegisterMemberRow;
import org.kofu.core.legacy.koseki.RegisterRow;
import org.kofu.core.legacy.madoguchi.ResidentRow;
import org.kofu.core.legacy.madoguchi.SealRow;
import org.kofu.core.legacy.madoguchi.TaxRow;

/**
 * Everything one certificate shows, read from the existing systems, with the subject it is for and
 * the versions of the rows it was read from. Rendering takes nothing else.
 */
public sealed interface CertificateContent {

  CertificateSubject subject();

  SourceVersions sources();

  /**
   * 住民票の写し or 記載事項証明書.
   *
   * @param persons the persons in scope, householder first, then in record order
   * @param householder the head of the household (shown when the householder option is set)
   */
  record Residents(
      CertificateSubject subject,
      List<ResidentRow> persons,
      ResidentRow householder,
      SourceVersions sources)
      implements CertificateContent {}

  /** 印鑑登録証明書: the requester and their ACTIVE registration. */
  record Seal(
      CertificateSubject subject, ResidentRow resident, SealRow seal, SourceVersions sources)
      implements CertificateContent {}

  /**
   * 戸籍全部 or 個人事項証明書.
   *
   * @param members the persons in scope, in register order
   * @param registerEntries 戸籍事項 (entries of the register itself)
   * @param personEntries 身分事項 of each member in scope, by {@code kojinNo}
   */
  record Register(
      CertificateSubject subject,
      RegisterRow register,
      List<RegisterMemberRow> members,
      List<RegisterEntryRow> registerEntries,
      Map<Integer, List<RegisterEntryRow>> personEntries,
      SourceVersions sources)
      implements CertificateContent {}

  /**
   * 戸籍の附票の写し.
   *
   * @param members the persons in scope, in register order
   * @param addresses each member's address history by {@code kojinNo}, oldest first
   */
  record Fuhyo(
      CertificateSubject subject,
      RegisterRow register,
      List<RegisterMemberRow> members,
      Map<Integer, List<AddressHistoryRow>> addresses,
      SourceVersions sources)
      implements CertificateContent {}

  /** 所得・課税証明書 of one 年度. */
  record Tax(CertificateSubject subject, ResidentRow resident, TaxRow tax, SourceVersions sources)
      implements CertificateContent {}
}
