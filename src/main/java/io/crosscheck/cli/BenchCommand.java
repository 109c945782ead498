package io.crosscheck.cli;

import io.crosscheck.bench.Bench;
import io.crosscheck.check.Checker;
import io.crosscheck.check.Config;
import io.crosscheck.extract.Extraction;
import io.crosscheck.resolve.Lexicon;
import io.crosscheck.resolve.Resolver;
import io.crosscheck.rules.RuleEngine;
import io.crosscheck.rules.RuleSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code crosscheck bench}: throughput, latency, heap and planted-contradiction recall on
 * generated corpora. When the JVM runs with C1 only ({@code -XX:TieredStopAtLevel=1}, as
 * {@code ./crosscheck} starts it for a fast cold start) or {@code --fork-xmx} is given, the bench
 * runs in a child JVM with the full JIT and the Parallel collector (and that heap limit), so the
 * figures are those of a long-running process run as the README recommends for long runs.
 */
@Command(
    mixinStandardHelpOptions = true,
    name = "bench", sortOptions = false,
    description = {"Measure throughput, latency, heap and recall on generated corpora; prints a plain table.",
      "Not a test: run it on a quiet machine."})
final class BenchCommand implements Callable<Integer> {
  static final String CHILD = "crosscheck.bench.child";

  @ParentCommand Cli cli;

  @Spec CommandSpec spec;

  @Option(names = "--articles", split = ",", paramLabel = "N[,N...]",
      description = "Corpus sizes in articles (default: 1000,10000,100000).")
  List<Integer> articles = new ArrayList<>(List.of(1000, 10_000, 100_000));

  @Option(names = "--threads", split = ",", paramLabel = "T[,T...]", description = "Thread counts (default: 1,2).")
  List<Integer> threads = new ArrayList<>(List.of(1, 2));

  @Option(names = "--out", paramLabel = "DIR",
      description = "Keep corpora, answer files and the last index here (default: a temporary folder, deleted).")
  Path out;

  @Option(names = "--seed", paramLabel = "N", description = "Corpus seed (default: ${DEFAULT-VALUE}).", defaultValue = "42")
  long seed;

  @Option(names = "--drafts", paramLabel = "N", description = "Timed draft checks against the largest index (default: ${DEFAULT-VALUE}).",
      defaultValue = "200")
  int drafts;

  @Option(names = "--no-cold", description = "Do not time a cold command-line check in a new JVM.")
  boolean noCold;

  @Option(names = "--fork-xmx", paramLabel = "SIZE",
      description = "Run in a child JVM with this heap limit (e.g. 1g), to show the corpus fits in it.")
  String forkXmx;

  @Mixin RuleOptions ruleOptions;

  @Override
  public Integer call() throws IOException {
    if (articles.isEmpty() || articles.stream().anyMatch(n -> n < 3)) {
      throw new CliException(ExitCode.USAGE, "crosscheck: --articles needs sizes of at least 3");
    }
    if (threads.isEmpty() || threads.stream().anyMatch(t -> t < 1)) {
      throw new CliException(ExitCode.USAGE, "crosscheck: --threads needs counts of at least 1");
    }
    if (drafts < 1) {
      throw new CliException(ExitCode.USAGE, "crosscheck: --drafts must be at least 1");
    }
    if (System.getProperty(CHILD) == null && (forkXmx != null || c1Only())) {
      return fork();
    }
    Config config = ruleOptions.config(List.of(Path.of(".")));
    RuleSet rules = ruleOptions.ruleSet(config);
    Resolver resolver = new Resolver(Lexicon.withFiles(config.lexicons()));
    Extraction extraction = Extraction.standard();
    Bench.Checkers checkers = t -> new Checker(extraction, resolver,
        new RuleEngine(rules, config.settings(), config.disabled(), 30_000), config, t);
    Path dir = out != null ? out : Files.createTempDirectory("crosscheck-bench");
    try {
      new Bench(new Bench.Options(articles, threads, dir, seed, drafts, !noCold), checkers, extraction, resolver,
          cli.out()).run();
    } finally {
      if (out == null) {
        deleteTree(dir);
        cli.out().println("(the corpora and the index were in a temporary folder, now deleted: run with --out DIR to keep "
            + "them, for instance to time the cold command line yourself)");
        cli.out().flush();
      }
    }
    return ExitCode.OK.code;
  }

  private static boolean c1Only() {
    return ManagementFactory.getRuntimeMXBean().getInputArguments().contains("-XX:TieredStopAtLevel=1");
  }

  /** Runs the same bench in a child JVM and relays its output. */
  private int fork() throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    if (forkXmx != null) {
      cmd.add("-Xmx" + forkXmx);
    }
    // the throughput collector, as the README recommends for long runs: batch work, no pause goals
    cmd.add("-XX:+UseParallelGC");
    cmd.add("--enable-native-access=ALL-UNNAMED");
    cmd.add("-D" + CHILD + "=true");
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(Main.class.getName());
    cmd.add("bench");
    List<String> args = spec.commandLine().getParseResult().originalArgs();
    boolean skip = false;
    for (String a : args) {
      if (skip) {
        skip = false;
      } else if (a.equals("--fork-xmx")) {
        skip = true;
      } else if (!a.startsWith("--fork-xmx=") && !a.equals("bench")) {
        cmd.add(a);
      }
    }
    cli.err().println("crosscheck: running the bench in a child JVM" + (forkXmx == null ? "" : " with -Xmx" + forkXmx)
        + " (full JIT, Parallel GC)");
    cli.err().flush();
    Process p = new ProcessBuilder(cmd).start();
    Thread errors = relay(p.getErrorStream(), cli.err());
    Thread output = relay(p.getInputStream(), cli.out());
    try {
      output.join();
      errors.join();
      return p.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      p.destroy();
      return ExitCode.INTERNAL.code;
    }
  }

  private static Thread relay(java.io.InputStream in, PrintWriter to) {
    Thread t = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          synchronized (to) {
            to.println(line);
            to.flush();
          }
        }
      } catch (IOException e) {
        // the child ended
      }
    }, "crosscheck-relay");
    t.setDaemon(true);
    t.start();
    return t;
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var s = Files.walk(dir)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
