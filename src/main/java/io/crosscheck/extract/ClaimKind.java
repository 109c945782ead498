package io.crosscheck.extract;

import java.util.Locale;

/** The five kinds of claim; their lower-case names are part of the JSON report contract. */
public enum ClaimKind {
  QUANTITY,
  DURATION,
  DATE,
  TITLE,
  QUOTE;

  /** The name used in reports and rules: {@code quantity}, {@code duration}, ... */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ClaimKind of(String id) {
    return valueOf(id.toUpperCase(Locale.ROOT));
  }
}
