package io.crosscheck.extract;

import java.util.Locale;

/** The five kinds of claim; their lower-case names are part of the JSON report contract. */
public enum ClaimKind {
  QUANTITY,
  DURATION,
  DATE,
  TITLE,
  QUOTE;

  private final String id = name().toLowerCase(Locale.ROOT);

  /** The name used in reports and rules: {@code quantity}, {@code duration}, ... */
  public String id() {
    return id;
  }

  public static ClaimKind of(String id) {
    return valueOf(id.toUpperCase(Locale.ROOT));
  }
}
