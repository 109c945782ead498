package io.crosscheck.cli;

/** What the process exit status means; listed in {@code --help} and the README. */
public enum ExitCode {
  OK(0, "no finding at or above --fail-on, every input read"),
  INTERNAL(1, "internal error (a bug: please report it)"),
  USAGE(2, "bad usage, configuration or rule files"),
  FINDINGS(4, "findings at or above --fail-on (default: error)"),
  UNREADABLE(5, "some inputs could not be read (the others were checked and reported)");

  public final int code;
  public final String meaning;

  ExitCode(int code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  /** The exit-code table for {@code --help}, one line per code. */
  public static String table() {
    StringBuilder sb = new StringBuilder();
    for (ExitCode e : values()) {
      sb.append("  ").append(e.code).append("  ").append(e.meaning).append('\n');
    }
    return sb.toString();
  }
}
