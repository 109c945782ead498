package io.crosscheck.load;

/** A 1-based line and column in an article file as given (columns count UTF-16 chars). */
public record Position(int line, int column) {
  public Position {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
    }
  }
}
