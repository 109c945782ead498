package io.crosscheck.cli;

import java.io.Console;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** What the CLI asks of the terminal: whether to colour the report and show progress. */
final class Terminal {
  private Terminal() {}

  /** {@code --color}: auto (only on a terminal and without NO_COLOR), always, never. */
  enum ColorMode {
    AUTO,
    ALWAYS,
    NEVER
  }

  /**
   * Whether the report gets ANSI colours. {@code always} wins over NO_COLOR (a flag given on the
   * command line beats the environment, as no-color.org asks); {@code auto} colours only a
   * report written to a terminal with NO_COLOR unset or empty.
   */
  static boolean color(ColorMode mode, boolean toFile, Map<String, String> env) {
    return switch (mode) {
      case ALWAYS -> true;
      case NEVER -> false;
      case AUTO -> !toFile && isBlank(env.get("NO_COLOR")) && !"dumb".equals(env.get("TERM")) && isTerminal(1);
    };
  }

  /**
   * Whether file descriptor 1 (stdout) or 2 (stderr) is a terminal. On Linux the answer comes
   * from /proc; elsewhere from {@link System#console()}, which stands for stdin and stdout.
   */
  static boolean isTerminal(int fd) {
    try {
      Path link = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd));
      String s = link.toString();
      return s.startsWith("/dev/pts/") || s.startsWith("/dev/tty");
    } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
      Console c = System.console();
      if (c == null) {
        return false;
      }
      try {
        // JDK 22+ returns a console even when redirected; isTerminal() tells the truth there
        return (Boolean) Console.class.getMethod("isTerminal").invoke(c);
      } catch (ReflectiveOperationException ex) {
        return true;
      }
    }
  }

  private static boolean isBlank(String s) {
    return s == null || s.isEmpty();
  }
}
