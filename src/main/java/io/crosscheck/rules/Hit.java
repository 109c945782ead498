package io.crosscheck.rules;

import java.util.List;

/**
 * What a rule's consequence inserts: a message and the groups taking part. The engine adds the
 * rule id and default severity from the rule's metadata ({@code @id}, {@code @severity}).
 *
 * @param severity "info", "warning" or "error" to override the rule's default, or null
 * @param message one sentence for a fact-checker
 * @param groups the groups taking part (two or more; each claim becomes evidence)
 */
public record Hit(String severity, String message, List<ClaimGroup> groups) {
  public Hit {
    groups = List.copyOf(groups);
  }

  /** A finding at the rule's default severity. */
  public Hit(String message, ClaimGroup a, ClaimGroup b) {
    this(null, message, List.of(a, b));
  }

  /** A finding at a severity the rule chooses. */
  public Hit(String severity, String message, ClaimGroup a, ClaimGroup b) {
    this(severity, message, List.of(a, b));
  }

  /** A finding on one group (for example a weekday that does not match its own date). */
  public Hit(String severity, String message, ClaimGroup a) {
    this(severity, message, List.of(a));
  }
}
