package org.kofu.bench;

import java.util.Arrays;
import org.kofu.bench.chain.ChainBenchmark;
import org.kofu.bench.relay.RelayBenchData;
import org.kofu.bench.render.RenderBenchmark;
import org.kofu.demodata.cli.DemoDataCommand;

/**
 * Entry point of the benchmark jar: {@code load ...} (the demo-data CLI), {@code render ...} or
 * {@code relay-data ...} (the data of {@code ops/bench/relay}) or {@code chain ...}.
 */
public final class BenchMain {

  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      System.err.println(
          "usage: load <demo-data options> | render <render options> | relay-data <options>"
              + " | chain <jdbc-url> <user> <links> <rounds>");
      System.exit(2);
    }
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    switch (args[0]) {
      case "load" -> DemoDataCommand.main(rest);
      case "render" -> System.exit(RenderBenchmark.run(rest, System.out));
      case "relay-data" -> System.exit(RelayBenchData.run(rest));
      case "chain" -> System.exit(ChainBenchmark.run(rest, System.out));
      default -> {
        System.err.println("unknown benchmark: " + args[0]);
        System.exit(2);
      }
    }
  }
}
