package org.kofu.demodata.cli;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** {@code --name value} and {@code --flag} arguments. */
final class Options {

  static final String USAGE =
      "usage: DemoDataCommand [--jdbc-url URL] [--user U] [--password P] [--residents N]"
          + " [--seed S] [--today YYYY-MM-DD] [--replace]";

  private static final Set<String> VALUED =
      Set.of("jdbc-url", "user", "password", "residents", "seed", "today");
  private static final Set<String> FLAGS = Set.of("replace");

  private Options() {}

  static Map<String, String> parse(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      String name = args[i].startsWith("--") ? args[i].substring(2) : "";
      if (FLAGS.contains(name)) {
        options.put(name, "true");
      } else if (VALUED.contains(name) && i + 1 < args.length) {
        options.put(name, args[++i]);
      } else {
        throw new IllegalArgumentException("unknown or incomplete option: " + args[i]);
      }
    }
    return options;
  }
}
