/**
 * The pre-generation benchmarks, mains on the test classpath: {@code ops/bench/pregenerate} ({@link
 * org.kofu.batch.bench.PregenerateBench}) and {@code ops/bench/pregenerate-stages} ({@link
 * org.kofu.batch.bench.StageCosts}).
 */
package org.kofu.batch.bench;
