package org.kofu.admin.statistics;

/** Certificates of one type issued from one source (CACHE or ON_DEMAND). */
public record SourceCount(String certificateType, String source, long count) {}
