package io.crosscheck.report;

import java.util.Locale;

/** How serious a finding is, lowest first. */
public enum Severity {
  INFO,
  WARNING,
  ERROR;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses "info", "warning" or "error" (any case). */
  public static Severity of(String s) {
    try {
      return valueOf(s.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown severity '" + s + "' (info, warning, error)");
    }
  }

  public boolean atLeast(Severity other) {
    return compareTo(other) >= 0;
  }
}
