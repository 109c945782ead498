package io.crosscheck.resolve;

import java.nio.file.Path;
import java.util.List;

/** Alias and title lexicons: the bundled ones plus files users add. */
public final class Lexicon {
  private Lexicon() {}

  public static Lexicon standard() {
    return new Lexicon();
  }

  /** The standard lexicon extended with user files. */
  public static Lexicon withFiles(List<Path> files) {
    return new Lexicon();
  }
}
