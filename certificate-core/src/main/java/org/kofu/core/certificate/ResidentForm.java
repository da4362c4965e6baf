package org.kofu.core.certificate;

/**
 * The two forms of a 住民票 (写し and 記載事項証明書) the standard-compliant resident-register systems print
 * (contract v1.1, option {@code form}).
 */
public enum ResidentForm {
  /** 世帯連記式: a household header (住所, 世帯主), then up to four members a page; the default. */
  RENKI,
  /** 個人票: one person a page, A4 portrait. */
  KOJIN
}
