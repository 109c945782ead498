package io.crosscheck.index;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Keeps Lucene's start-up notice (vector module not readable) off stderr. */
final class LuceneLogs {
  /** Strongly referenced: java.util.logging forgets the level of a logger nobody holds. */
  private static final Logger VECTORIZATION = Logger.getLogger("org.apache.lucene.internal.vectorization");

  static {
    VECTORIZATION.setLevel(Level.SEVERE);
  }

  private LuceneLogs() {}

  /** Loads this class (the static block does the work). */
  static void quiet() {}
}
