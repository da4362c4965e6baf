package org.kofu.admin.statistics;

/** Printed certificates of one type in a month and their fees: what the settlement counts. */
record FeeLine(String certificateType, long printed, long feeYen) {}
