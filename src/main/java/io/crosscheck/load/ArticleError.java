package io.crosscheck.load;

import java.util.Objects;

/** An input that could not be read; the run goes on without it. */
public record ArticleError(String path, String message) {
  public ArticleError {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  /** The one line printed on stderr: {@code path: message}. */
  public String line() {
    return path + ": " + message;
  }
}
