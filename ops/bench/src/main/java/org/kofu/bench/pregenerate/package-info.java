/**
 * The pre-generation benchmarks: {@code ops/bench/pregenerate} ({@link
 * org.kofu.bench.pregenerate.PregenerateBench}) and {@code ops/bench/pregenerate-stages} ({@link
 * org.kofu.bench.pregenerate.StageCosts}), a batch node and cache members in one JVM.
 */
package org.kofu.bench.pregenerate;
