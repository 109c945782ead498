package io.crosscheck.report;

import java.io.IOException;
import java.io.Writer;

/**
 * Compiler-style text: {@code path:line:col: severity [rule] message}, then each piece of
 * evidence indented, then a summary line.
 */
public final class TextRenderer implements Renderer {
  @Override
  public void render(Report report, Writer out) throws IOException {
    for (Finding f : report.findings()) {
      Evidence p = f.primary();
      out.write(p.path() + ":" + p.line() + ":" + p.column() + ": " + f.severity().id() + " [" + f.rule() + "] "
          + f.message() + "\n");
      for (Evidence e : f.evidence()) {
        out.write("    " + e.path() + ":" + e.line() + ":" + e.column() + ": '" + e.value() + "'"
            + (e.context().isEmpty() ? "" : " (" + e.context() + ")") + "\n");
        out.write("        " + oneLine(e.text()) + "\n");
      }
    }
    for (RuleError e : report.ruleErrors()) {
      out.write("rule error [" + e.rule() + "] in story " + e.story() + ": " + e.message() + "\n");
    }
    out.write(summary(report) + "\n");
  }

  /** "5 articles, 143 claims: 1 error, 7 warnings, 2 info (1 input could not be read)". */
  public static String summary(Report r) {
    StringBuilder sb = new StringBuilder();
    sb.append(plural(r.articles().size(), "article")).append(", ").append(plural(r.claims().size(), "claim"))
        .append(": ").append(plural(r.count(Severity.ERROR), "error")).append(", ")
        .append(plural(r.count(Severity.WARNING), "warning")).append(", ").append(r.count(Severity.INFO))
        .append(" info");
    if (!r.articleErrors().isEmpty()) {
      sb.append(" (").append(plural(r.articleErrors().size(), "input")).append(" could not be read)");
    }
    return sb.toString();
  }

  static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  static String oneLine(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}
