package org.kofu.bench;

import org.kofu.bench.chain.ChainBenchmark;
import org.kofu.bench.relay.RelayBenchData;
import org.kofu.bench.render.MjRelayRequests;
import org.kofu.bench.render.RenderBenchmark;
import org.kofu.demodata.cli.DemoDataCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Entry point of the benchmark jar: {@code load ...} (the demo-data CLI), {@code render ...} or
 * {@code relay-data ...} (the data of {@code ops/bench/relay}) or {@code chain ...} ({@code
 * ops/bench/chain}).
 */
@Command(
    name = "BenchMain",
    subcommands = {
      RenderBenchmark.class,
      RelayBenchData.class,
      ChainBenchmark.class,
      MjRelayRequests.class
    },
    description =
        "load <demo-data options> | render <render options> | relay-data <options>"
            + " | chain <jdbc-url> <user> <links> <rounds>"
            + " | relay-memory-requests <options>")
public final class BenchMain implements Runnable {

  @Spec CommandSpec spec;

  private BenchMain() {}

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "which benchmark: load, render, relay-data or chain");
  }

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("load")) {
      // the demo-data command as it is, with its own usage and exit codes
      DemoDataCommand.main(java.util.Arrays.copyOfRange(args, 1, args.length));
      return;
    }
    System.exit(new CommandLine(new BenchMain()).execute(args));
  }
}
