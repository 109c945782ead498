package io.crosscheck.cli;

import io.crosscheck.check.Baseline;
import io.crosscheck.check.Checker;
import io.crosscheck.check.Config;
import io.crosscheck.extract.Extraction;
import io.crosscheck.load.ArticleError;
import io.crosscheck.load.LoadResult;
import io.crosscheck.load.Loader;
import io.crosscheck.report.RenderOptions;
import io.crosscheck.report.Renderer;
import io.crosscheck.report.Renderers;
import io.crosscheck.report.Report;
import io.crosscheck.report.Severity;
import io.crosscheck.resolve.Lexicon;
import io.crosscheck.resolve.Resolver;
import io.crosscheck.rules.RuleEngine;
import io.crosscheck.rules.RuleSet;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;

/** {@code crosscheck check PATH...}: the main job. */
@Command(
    mixinStandardHelpOptions = true,
    name = "check",
    description = "Check articles for contradictions between them (within each story).",
    sortOptions = false)
final class CheckCommand implements Callable<Integer> {
  @ParentCommand Cli cli;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders (.txt, .md, .html, .jsonl).")
  List<Path> paths = new ArrayList<>();

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      completionCandidates = Formats.class)
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE (atomically) instead of stdout.")
  Path output;

  @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error",
      description = "Exit 4 when a finding is at or above this: none, info, warning, error (default: ${DEFAULT-VALUE}).")
  String failOn;

  @Mixin RuleOptions ruleOptions;

  @Mixin ArchiveOptions archive;

  @Option(names = "--baseline", paramLabel = "FILE", description = "Report only findings not recorded in this baseline.")
  Path baseline;

  @Option(names = "--write-baseline", paramLabel = "FILE", description = "Record the current findings as the baseline in FILE.")
  Path writeBaseline;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
      description = "Colour the text report: auto (a terminal, NO_COLOR unset), always, never (default: ${DEFAULT-VALUE}).")
  Terminal.ColorMode color;

  @Option(names = {"-v", "--verbose"}, description = "Print timings and library log lines on stderr.")
  boolean verbose;

  static final class Formats implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return Renderers.names().iterator();
    }
  }

  @Override
  public Integer call() {
    Renderer renderer;
    try {
      renderer = Renderers.of(format, new RenderOptions(Terminal.color(color, output != null, System.getenv())));
    } catch (IllegalArgumentException e) {
      throw new CliException(ExitCode.USAGE, "crosscheck: " + e.getMessage());
    }
    Severity failSeverity = null;
    if (!failOn.equalsIgnoreCase("none")) {
      try {
        failSeverity = Severity.of(failOn);
      } catch (IllegalArgumentException e) {
        throw new CliException(ExitCode.USAGE, "crosscheck: --fail-on: " + e.getMessage() + " or none");
      }
    }
    if (threads < 1) {
      throw new CliException(ExitCode.USAGE, "crosscheck: --threads must be at least 1");
    }
    long t0 = System.nanoTime();
    Config config = ruleOptions.config(paths);
    Set<String> known = baseline == null ? Set.of() : readBaseline();
    RuleSet rules = ruleOptions.ruleSet(config);
    long t1 = System.nanoTime();
    LoadResult loaded = Loader.load(paths);
    Checker checker = new Checker(Extraction.standard(), new Resolver(Lexicon.withFiles(config.lexicons())),
        new RuleEngine(rules, config.settings(), config.disabled(), 30_000), config, threads);
    Progress progress = Progress.start(cli.err(), loaded.articles().size(), Terminal.isTerminal(2));
    Report report;
    try {
      report = archive.active() ? archive.check(checker, loaded, known, cli.err()) : checker.check(loaded, known);
    } finally {
      progress.close();
    }
    long t2 = System.nanoTime();
    for (ArticleError e : report.articleErrors()) {
      cli.err().println(e.line());
    }
    for (String note : loaded.notes()) {
      if (verbose) {
        cli.err().println(note);
      }
    }
    try {
      if (output == null) {
        renderer.render(report, cli.out()); // streamed, as into a file below
        cli.out().flush();
      } else {
        AtomicFiles.write(output, out -> renderer.render(report, out));
      }
      if (writeBaseline != null) {
        AtomicFiles.write(writeBaseline, Baseline.write(report));
      }
    } catch (IOException e) {
      throw new CliException(ExitCode.USAGE, (output != null ? output : writeBaseline) + ": cannot write: " + e.getMessage());
    }
    if (verbose) {
      cli.err().printf("rules loaded in %d ms; %d articles checked in %d ms%n", (t1 - t0) / 1_000_000,
          report.articles().size(), (t2 - t1) / 1_000_000);
    }
    Severity worst = report.worst();
    if (failSeverity != null && worst != null && worst.atLeast(failSeverity)) {
      return ExitCode.FINDINGS.code;
    }
    return report.articleErrors().isEmpty() ? ExitCode.OK.code : ExitCode.UNREADABLE.code;
  }

  private Set<String> readBaseline() {
    try {
      return Baseline.read(baseline);
    } catch (IOException e) {
      throw new CliException(ExitCode.USAGE, baseline + ": cannot read baseline: " + e.getMessage());
    }
  }
}
