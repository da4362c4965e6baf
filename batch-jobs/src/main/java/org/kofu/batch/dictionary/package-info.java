/**
 * The cache's zstd dictionary: trained on the first run's own rendered bodies when the cluster has
 * none, so bodies are stored small from the start.
 */
package org.kofu.batch.dictionary;
