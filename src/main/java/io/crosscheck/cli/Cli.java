package io.crosscheck.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code int run(String... args)} is the seam tests call in-process with their
 * own writers.
 */
@Command(
    name = "crosscheck",
    mixinStandardHelpOptions = true,
    versionProvider = Cli.VersionProvider.class,
    description = "Finds contradictions between news articles about the same story.",
    subcommands = {
      CheckCommand.class, ClaimsCommand.class, RulesCommand.class, IndexCommand.class, BenchCommand.class,
      CommandLine.HelpCommand.class
    },
    footerHeading = "%nExit codes:%n")
public final class Cli implements Runnable {
  private final PrintWriter out;
  private final PrintWriter err;

  public Cli(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(new CommandLine(this), "a command is needed: check, claims, rules, index or bench");
  }

  /** Runs one command line and returns the exit code. */
  public int run(String... args) {
    int code;
    try {
      code = commandLine().execute(args);
    } catch (OutOfMemoryError e) {
      // every input is held in memory during a check: say so in one line, not a stack trace
      err.println("crosscheck: out of memory (Java heap limit " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
          + " MB): check fewer files at once, or give Java more heap, e.g. CROSSCHECK_JAVA_OPTS=-Xmx8g ./crosscheck ...");
      code = ExitCode.INTERNAL.code;
    }
    out.flush();
    err.flush();
    return code;
  }

  /** The configured command line: writers, exception handlers and exit-code mapping. */
  CommandLine commandLine() {
    CommandLine cl = new CommandLine(this);
    cl.getCommandSpec().usageMessage().footer(ExitCode.table().split("\\R"));
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          err.println("crosscheck: " + ex.getMessage());
          err.println("run 'crosscheck --help' for usage");
          err.flush();
          return ExitCode.USAGE.code;
        });
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          if (ex instanceof CliException ce) {
            err.println(ce.getMessage());
            err.flush();
            return ce.code.code;
          }
          if (ex instanceof io.crosscheck.resolve.LexiconException le) {
            err.println("crosscheck: " + le.getMessage());
            err.flush();
            return ExitCode.USAGE.code;
          }
          err.println("crosscheck: internal error: " + ex);
          StackTraceElement[] st = ex.getStackTrace();
          for (int i = 0; i < Math.min(5, st.length); i++) {
            err.println("    at " + st[i]);
          }
          err.flush();
          return ExitCode.INTERNAL.code;
        });
    return cl;
  }

  PrintWriter out() {
    return out;
  }

  PrintWriter err() {
    return err;
  }

  /** The version from the jar manifest. */
  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"crosscheck " + io.crosscheck.report.Version.get()};
    }
  }
}
