package io.crosscheck.report;

import io.crosscheck.load.ArticleError;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * GitHub-flavoured Markdown for a pull-request comment: the summary line, a table of findings
 * by kind and severity, then one section per finding with each piece of evidence as a quoted
 * sentence (the value in bold) and where it stands. Article text is escaped so it renders as
 * written and cannot break the layout (or mention people).
 */
public final class MarkdownRenderer implements Renderer {
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern ORDERED_ITEM = Pattern.compile("^(\\d+)([.)])");
  /** Characters that mean something in GitHub Markdown anywhere in a line. */
  private static final String SPECIAL = "\\`*_[]<>|~#&@$";

  @Override
  public void render(Report report, Writer out) throws IOException {
    Lookup look = new Lookup(report);
    StringBuilder sb = new StringBuilder();
    sb.append("## crosscheck report\n\n");
    sb.append("**").append(escape(TextRenderer.summary(report))).append("**\n");
    sb.append('\n');
    if (report.findings().isEmpty()) {
      sb.append("No contradictions found.\n");
    } else {
      table(sb, report);
    }
    int n = 0;
    for (Finding f : report.findings()) {
      n++;
      sb.append("\n### ").append(n).append(". ").append(label(f.severity())).append(" · ").append(code(f.rule()));
      if (!f.subject().isBlank()) {
        sb.append(" · ").append(escape(f.subject()));
      }
      sb.append("\n\n").append(escape(f.message())).append('\n');
      for (Evidence e : f.evidence()) {
        sb.append('\n');
        if (!e.text().isBlank()) {
          sb.append("> ").append(quote(e, look)).append("\n>\n");
        }
        sb.append("> — ").append(code(e.path() + ":" + e.line() + ":" + e.column())).append(" · ")
            .append(escape(e.article()));
        String src = look.sourceAndDate(e.article());
        if (!src.isEmpty()) {
          sb.append(" · ").append(escape(src));
        }
        if (!e.context().isEmpty()) {
          sb.append(" · ").append(escape(e.context()));
        }
        if (e.text().isBlank()) {
          sb.append(" · ").append(code(e.value()));
        }
        sb.append('\n');
      }
      if (!f.fingerprint().isEmpty()) {
        sb.append("\n<sub>fingerprint ").append(code(f.fingerprint())).append("</sub>\n");
      }
    }
    if (!report.articleErrors().isEmpty()) {
      sb.append("\n### Inputs that could not be read\n\n");
      for (ArticleError e : report.articleErrors()) {
        sb.append("- ").append(code(e.path())).append(": ").append(escape(e.message())).append('\n');
      }
    }
    if (!report.ruleErrors().isEmpty()) {
      sb.append("\n### Rules that failed\n\n");
      for (RuleError e : report.ruleErrors()) {
        sb.append("- ").append(code(e.rule())).append(" in story ").append(escape(e.story())).append(": ")
            .append(escape(e.message())).append('\n');
      }
    }
    sb.append("\n<sub>crosscheck ").append(Version.get()).append("</sub>\n");
    out.write(sb.toString());
  }

  private static void table(StringBuilder sb, Report report) {
    sb.append("| Kind | Errors | Warnings | Info | Total |\n");
    sb.append("| :--- | ---: | ---: | ---: | ---: |\n");
    long[] all = new long[Severity.values().length];
    for (Map.Entry<String, long[]> row : Lookup.countsBy(report, Finding::kind).entrySet()) {
      long[] c = row.getValue();
      sb.append("| ").append(escape(row.getKey())).append(" | ").append(c[Severity.ERROR.ordinal()]).append(" | ")
          .append(c[Severity.WARNING.ordinal()]).append(" | ").append(c[Severity.INFO.ordinal()]).append(" | ")
          .append(c[0] + c[1] + c[2]).append(" |\n");
      for (int i = 0; i < all.length; i++) {
        all[i] += c[i];
      }
    }
    sb.append("| **all** | **").append(all[Severity.ERROR.ordinal()]).append("** | **")
        .append(all[Severity.WARNING.ordinal()]).append("** | **").append(all[Severity.INFO.ordinal()])
        .append("** | **").append(all[0] + all[1] + all[2]).append("** |\n");
  }

  private static String label(Severity s) {
    return switch (s) {
      case ERROR -> "Error";
      case WARNING -> "Warning";
      case INFO -> "Info";
    };
  }

  /** The sentence on one line, escaped, its value in bold. */
  private static String quote(Evidence e, Lookup look) {
    String t = e.text();
    int at = look.valueOffset(e);
    if (at < 0) {
      return escape(t);
    }
    int end = at + e.value().length();
    String before = SPACES.matcher(t.substring(0, at)).replaceAll(" ").stripLeading();
    String value = SPACES.matcher(e.value()).replaceAll(" ").strip();
    String after = SPACES.matcher(t.substring(end)).replaceAll(" ").stripTrailing();
    List<String> parts = new ArrayList<>(3);
    parts.add(escape(before, true));
    parts.add("**" + escape(value, before.isEmpty()) + "**");
    parts.add(escape(after, false));
    return String.join("", parts);
  }

  /** Text escaped for Markdown, on one line. */
  static String escape(String s) {
    return escape(SPACES.matcher(s).replaceAll(" ").strip(), true);
  }

  private static String escape(String s, boolean lineStart) {
    StringBuilder sb = new StringBuilder(s.length() + 8);
    int from = 0;
    if (lineStart && !s.isEmpty()) {
      char c = s.charAt(0);
      var m = ORDERED_ITEM.matcher(s);
      if (m.find()) {
        sb.append(m.group(1)).append('\\').append(m.group(2));
        from = m.end();
      } else if (c == '-' || c == '+' || c == '=') {
        sb.append('\\').append(c);
        from = 1;
      }
    }
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (SPECIAL.indexOf(c) >= 0) {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }

  /** An inline code span that holds any text. */
  static String code(String s) {
    String one = SPACES.matcher(s).replaceAll(" ");
    if (one.indexOf('`') < 0) {
      return "`" + one + "`";
    }
    String fence = one.contains("``") ? "```" : "``";
    return fence + " " + one + " " + fence;
  }
}
