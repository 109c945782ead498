package io.crosscheck.cli;

/** A failure with a known exit code and a one-line message for stderr. */
final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  final ExitCode code;

  CliException(ExitCode code, String message) {
    super(message);
    this.code = code;
  }
}
