/**
 * {@code fullPregeneration}: every resident, partitioned over ranges of 宛名番号, then a sweep that
 * evicts cached persons who are no longer ACTIVE residents.
 */
package org.kofu.batch.full;
