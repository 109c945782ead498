package io.crosscheck.report;

import java.io.IOException;
import java.io.Writer;
import java.util.regex.Pattern;

/**
 * Compiler-style text: {@code path:line:col: severity [rule] message}, then each piece of
 * evidence with its source line and a caret under the value, then a summary line. With
 * {@link RenderOptions#color()} the severities, values and carets are coloured (ANSI).
 *
 * <pre>
 * fixtures/story/001.txt:3:35: error [title-conflict] Wendy Sherman is 'Assistant Secretary of State' in 001 but ...
 *     fixtures/story/001.txt:3:35: 'Assistant Secretary of State'
 *        3 | The head of the US delegation, Assistant Secretary of State Wendy Sherman, told ...
 *          |                                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^
 * </pre>
 */
public final class TextRenderer implements Renderer {
  /** The most of a source line shown; longer lines are cut around the value. */
  static final int WIDTH = 100;

  /** Context kept before the value when a line is cut. */
  static final int BEFORE = 40;

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String BLUE = "\u001b[34m";

  private final boolean color;

  public TextRenderer() {
    this(RenderOptions.PLAIN);
  }

  public TextRenderer(RenderOptions options) {
    this.color = options.color();
  }

  @Override
  public void render(Report report, Writer out) throws IOException {
    Lookup look = new Lookup(report);
    StringBuilder sb = new StringBuilder();
    for (Finding f : report.findings()) {
      Evidence p = f.primary();
      String sev = severityColor(f.severity());
      sb.append(paint(BOLD, where(p))).append(": ").append(paint(sev, f.severity().id())).append(" [")
          .append(f.rule()).append("] ").append(paint(BOLD, f.message())).append('\n');
      int gutter = 1;
      for (Evidence e : f.evidence()) {
        gutter = Math.max(gutter, Integer.toString(e.line()).length());
      }
      for (Evidence e : f.evidence()) {
        sb.append("    ").append(where(e)).append(": '").append(paint(BOLD, e.value())).append('\'')
            .append(e.context().isEmpty() ? "" : " (" + e.context() + ")").append('\n');
        Lookup.SourceLine line = look.sourceLine(e.article(), e.line());
        if (line != null) {
          snippet(sb, e, line, gutter, sev);
        } else if (!e.text().isBlank()) {
          sb.append("        ").append(oneLine(e.text())).append('\n');
        }
      }
    }
    for (RuleError e : report.ruleErrors()) {
      sb.append(paint(severityColor(Severity.ERROR), "rule error")).append(" [").append(e.rule()).append("] in story ")
          .append(e.story()).append(": ").append(e.message()).append('\n');
    }
    sb.append(color ? coloredSummary(report) : summary(report)).append('\n');
    out.write(sb.toString());
  }

  /** The source line, cut around the value when long, and a caret line under the value. */
  private void snippet(StringBuilder sb, Evidence e, Lookup.SourceLine line, int gutter, String sev) {
    String s = line.text();
    int len = s.length();
    int cs = Math.min(line.indexOf(e.column()), len);
    int ce = e.endColumn() > e.column() ? line.indexOf(e.endColumn()) : cs + 1;
    ce = Math.max(ce, cs + 1);
    int from = 0;
    while (from < cs && s.charAt(from) == ' ') {
      from++;
    }
    int to = len;
    while (to > Math.min(ce, len) && s.charAt(to - 1) == ' ') {
      to--;
    }
    if (to - from > WIDTH) {
      int f2 = Math.max(from, cs - BEFORE);
      int t2 = Math.min(to, f2 + WIDTH);
      if (t2 < ce) {
        t2 = Math.min(to, ce + 10);
      }
      if (f2 > from) {
        int sp = s.indexOf(' ', f2);
        if (sp >= 0 && sp < cs) {
          f2 = sp + 1;
        }
      }
      if (t2 < to) {
        int sp = s.lastIndexOf(' ', t2);
        if (sp >= ce) {
          t2 = sp;
        }
      }
      from = f2;
      to = t2;
    }
    boolean cutBefore = from > 0 && !s.substring(0, from).isBlank();
    boolean cutAfter = to < len && !s.substring(to).isBlank();
    int vs = Math.min(cs, to);
    int ve = Math.min(ce, to);
    String pad = " ".repeat(gutter - Integer.toString(e.line()).length());
    sb.append("    ").append(pad).append(paint(BLUE, e.line() + " |")).append(' ').append(cutBefore ? "..." : "")
        .append(s, from, vs).append(paint(BOLD, s.substring(vs, ve))).append(s, ve, to).append(cutAfter ? "..." : "")
        .append('\n');
    int caretAt = (cutBefore ? 3 : 0) + (cs - from);
    int carets = Math.max(1, Math.min(ce, to) - cs);
    sb.append("    ").append(" ".repeat(gutter)).append(paint(BLUE, " |")).append(' ').append(" ".repeat(caretAt))
        .append(paint(sev, "^".repeat(carets))).append('\n');
  }

  private static String where(Evidence e) {
    return e.path() + ":" + e.line() + ":" + e.column();
  }

  private String paint(String code, String s) {
    return color && !s.isEmpty() ? code + s + RESET : s;
  }

  private static String severityColor(Severity s) {
    return switch (s) {
      case ERROR -> "\u001b[1;31m";
      case WARNING -> "\u001b[1;33m";
      case INFO -> "\u001b[1;36m";
    };
  }

  /** "5 articles, 143 claims: 1 error, 7 warnings, 2 info (1 input could not be read)". */
  public static String summary(Report r) {
    return summary(r, null);
  }

  private String coloredSummary(Report r) {
    return summary(r, this);
  }

  private static String summary(Report r, TextRenderer painter) {
    StringBuilder sb = new StringBuilder();
    sb.append(plural(r.articles().size(), "article")).append(", ").append(plural(r.claims().size(), "claim"))
        .append(": ").append(count(r, Severity.ERROR, plural(r.count(Severity.ERROR), "error"), painter)).append(", ")
        .append(count(r, Severity.WARNING, plural(r.count(Severity.WARNING), "warning"), painter)).append(", ")
        .append(count(r, Severity.INFO, r.count(Severity.INFO) + " info", painter));
    if (!r.articleErrors().isEmpty()) {
      sb.append(" (").append(plural(r.articleErrors().size(), "input")).append(" could not be read)");
    }
    return sb.toString();
  }

  private static String count(Report r, Severity s, String text, TextRenderer painter) {
    return painter == null || r.count(s) == 0 ? text : painter.paint(severityColor(s), text);
  }

  static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  static String oneLine(String s) {
    return SPACES.matcher(s).replaceAll(" ").strip();
  }
}
