package io.crosscheck.report;

import io.crosscheck.extract.Claim;
import io.crosscheck.load.Article;
import io.crosscheck.load.ArticleError;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a run found, unmodifiable and in print order: findings apart from the inputs that
 * could not be read and the rules that failed.
 */
public record Report(
    List<Article> articles,
    List<Claim> claims,
    List<Finding> findings,
    List<ArticleError> articleErrors,
    List<RuleError> ruleErrors,
    List<RuleInfo> rules) {

  /**
   * What a renderer needs to know of a rule (SARIF lists every rule).
   *
   * @param id the stable rule id
   * @param severity the severity after configuration
   * @param description one line
   * @param file the DRL file
   * @param doc the rule's block comment (what it flags, what it never flags, an example), or ""
   */
  public record RuleInfo(String id, Severity severity, String description, String file, String doc) {
    public RuleInfo {
      java.util.Objects.requireNonNull(id, "id");
      java.util.Objects.requireNonNull(severity, "severity");
      description = description == null ? "" : description;
      doc = doc == null ? "" : doc;
    }

    public RuleInfo(String id, Severity severity, String description, String file) {
      this(id, severity, description, file, "");
    }
  }

  public Report {
    articles = List.copyOf(articles);
    claims = List.copyOf(claims);
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(Finding.ORDER);
    findings = List.copyOf(sorted);
    articleErrors = List.copyOf(articleErrors);
    ruleErrors = List.copyOf(ruleErrors);
    rules = List.copyOf(rules);
  }

  public long count(Severity s) {
    return findings.stream().filter(f -> f.severity() == s).count();
  }

  /** The most severe finding, or null when there is none. */
  public Severity worst() {
    return findings.stream().map(Finding::severity).max(Enum::compareTo).orElse(null);
  }
}
