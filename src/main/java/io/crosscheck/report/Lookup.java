package io.crosscheck.report;

import io.crosscheck.extract.Claim;
import io.crosscheck.load.Article;
import io.crosscheck.load.Position;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the renderers look up in a report besides its findings: articles and claims by id, the
 * line of an article file a piece of evidence stands on, and where a value stands in its
 * sentence. Built once per render; everything it returns depends on the report only.
 */
final class Lookup {
  private final Map<String, Article> articles = new HashMap<>();
  private final Map<String, Claim> claims = new HashMap<>();

  Lookup(Report report) {
    for (Article a : report.articles()) {
      articles.putIfAbsent(a.id(), a);
    }
    for (Claim c : report.claims()) {
      claims.putIfAbsent(c.id(), c);
    }
  }

  /** The article with this id, or null when the report does not hold it. */
  Article article(String id) {
    return articles.get(id);
  }

  /** "AP, 2022-01-12", "AP", "2022-01-12" or "" as far as the article says. */
  String sourceAndDate(String articleId) {
    Article a = articles.get(articleId);
    if (a == null) {
      return "";
    }
    List<String> parts = new ArrayList<>(2);
    if (a.source() != null && !a.source().isBlank()) {
      parts.add(a.source().strip());
    }
    if (a.published() != null) {
      parts.add(a.published().toString());
    }
    return String.join(", ", parts);
  }

  /**
   * Where the evidence's value starts in its sentence, or -1. Exact when the report holds the
   * claim and its article (the sentence is a piece of the article text); otherwise the first
   * place the value is written in the sentence.
   */
  int valueOffset(Evidence e) {
    String text = e.text();
    String value = e.value();
    if (value.isEmpty() || text.isEmpty()) {
      return -1;
    }
    Claim c = e.claim() == null ? null : claims.get(e.claim());
    Article a = articles.get(e.article());
    if (c != null && a != null && c.start() <= a.text().length()) {
      int s = a.text().lastIndexOf(text, c.start());
      int at = c.start() - s;
      if (s >= 0 && text.startsWith(value, at)) {
        return at;
      }
    }
    return text.indexOf(value);
  }

  /** Counts per kind, in kind order: {@code [info, warning, error]} by severity ordinal. */
  static Map<String, long[]> countsBy(Report report, java.util.function.Function<Finding, String> key) {
    Map<String, long[]> out = new TreeMap<>();
    for (Finding f : report.findings()) {
      out.computeIfAbsent(key.apply(f), k -> new long[Severity.values().length])[f.severity().ordinal()]++;
    }
    return out;
  }

  /**
   * One line of an article file as the report can show it, with the file column of each char.
   * Markup the loader left out of the article text is left out here too (a run of it becomes one
   * space); for plain text the line is the file's line as it is.
   *
   * @param text the line, tabs shown as spaces, no line break
   * @param columns for each char of {@code text}, its 1-based column in the file
   */
  record SourceLine(String text, int[] columns) {
    /** The index in {@code text} of the first char at or after a file column. */
    int indexOf(int column) {
      for (int i = 0; i < columns.length; i++) {
        if (columns[i] >= column) {
          return i;
        }
      }
      return columns.length;
    }
  }

  /** Line {@code line} of the article's file, or null when the article is unknown or has no text there. */
  SourceLine sourceLine(String articleId, int line) {
    Article a = articles.get(articleId);
    return a == null ? null : sourceLine(a, line);
  }

  static SourceLine sourceLine(Article a, int line) {
    String t = a.text();
    int n = t.length();
    if (n == 0 || line < 1) {
      return null;
    }
    int lo = 0;
    int hi = n;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a.position(mid).line() < line) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    StringBuilder sb = new StringBuilder();
    int[] cols = new int[64];
    int prev = 0;
    int prevOffset = -2;
    for (int i = lo; i < n; i++) {
      char ch = t.charAt(i);
      if (ch == '\n' || ch == '\r') {
        break;
      }
      // a char right after the previous one in the file stands on its line, one column on;
      // only after a gap (markup left out) is the position looked up again
      int offset = a.map().fileOffset(i);
      int column;
      if (offset == prevOffset + 1) {
        column = prev + 1;
      } else {
        Position p = a.position(i);
        if (p.line() != line) {
          break;
        }
        column = p.column();
      }
      if (prev > 0 && column > prev + 1) {
        cols = put(cols, sb.length(), prev + 1);
        sb.append(' ');
      }
      cols = put(cols, sb.length(), column);
      sb.append(ch == '\t' ? ' ' : ch);
      prev = column;
      prevOffset = offset;
    }
    if (sb.isEmpty()) {
      return null;
    }
    return new SourceLine(sb.toString(), Arrays.copyOf(cols, sb.length()));
  }

  private static int[] put(int[] a, int i, int v) {
    int[] out = i < a.length ? a : Arrays.copyOf(a, a.length * 2);
    out[i] = v;
    return out;
  }
}
