/** The pre-generation benchmark ({@code ops/bench/pregenerate}): a main on the test classpath. */
package org.kofu.batch.bench;
