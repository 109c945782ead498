package io.crosscheck.report;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A contradiction (or a thing worth a look) with its evidence.
 *
 * @param rule the rule id ("title-conflict")
 * @param severity after configuration
 * @param kind the claim kind ("title", "quantity", ...)
 * @param subject the canonical subject
 * @param message one sentence a fact-checker understands without reading the rule
 * @param evidence one entry per claim taking part, in article order; at least two
 * @param fingerprint stable across edits that move lines: rule, subject, values, articles
 * @param primaryIndex which evidence entry locates the finding (the odd one out: the value found
 *     in the fewest articles); text, SARIF and GitHub output put the finding there
 */
public record Finding(
    String rule, Severity severity, String kind, String subject, String message, List<Evidence> evidence,
    String fingerprint, int primaryIndex) {

  /** A finding located at its first piece of evidence. */
  public Finding(
      String rule, Severity severity, String kind, String subject, String message, List<Evidence> evidence,
      String fingerprint) {
    this(rule, severity, kind, subject, message, evidence, fingerprint, 0);
  }

  /** The one order every report is printed in. */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing((Finding f) -> f.primary().path())
          .thenComparingInt(f -> f.primary().line())
          .thenComparingInt(f -> f.primary().column())
          .thenComparing(Finding::rule)
          .thenComparing(Finding::subject)
          .thenComparing(Finding::message)
          .thenComparing(Finding::fingerprint);

  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(kind, "kind");
    subject = subject == null ? "" : subject;
    Objects.requireNonNull(message, "message");
    evidence = List.copyOf(evidence);
    if (evidence.isEmpty()) {
      throw new IllegalArgumentException("a finding needs evidence: " + message);
    }
    fingerprint = fingerprint == null ? "" : fingerprint;
    if (primaryIndex < 0 || primaryIndex >= evidence.size()) {
      throw new IllegalArgumentException("primary evidence index " + primaryIndex + " out of range: " + message);
    }
  }

  public Finding withSeverity(Severity s) {
    return new Finding(rule, s, kind, subject, message, evidence, fingerprint, primaryIndex);
  }

  public Evidence primary() {
    return evidence.get(primaryIndex);
  }
}
