/**
 * The cache's zstd dictionary: trained on the first run on certificates of made-up persons rendered
 * by the real renderer (never on residents'), when the cluster has none, so bodies are stored small
 * from the start.
 */
package org.kofu.batch.dictionary;
