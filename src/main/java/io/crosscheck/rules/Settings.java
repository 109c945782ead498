package io.crosscheck.rules;

/**
 * Thresholds rules read from the session: {@code Settings($min: quoteSimilarity)}.
 *
 * @param quoteSimilarity how alike two quotes of one speaker must be (0..1) to be the same
 *     quotation rendered differently
 * @param numericTolerance relative slack before two numbers count as different (0.05 = 5%)
 */
public record Settings(double quoteSimilarity, double numericTolerance) {
  public static final Settings DEFAULT = new Settings(0.6, 0.0);

  public Settings {
    if (quoteSimilarity <= 0 || quoteSimilarity > 1) {
      throw new IllegalArgumentException("quote similarity must be in (0, 1]: " + quoteSimilarity);
    }
    if (numericTolerance < 0 || numericTolerance >= 1) {
      throw new IllegalArgumentException("numeric tolerance must be in [0, 1): " + numericTolerance);
    }
  }
}
