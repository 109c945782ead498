package io.crosscheck.report;

import io.crosscheck.extract.Claim;
import io.crosscheck.load.Article;
import io.crosscheck.load.ArticleError;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One self-contained HTML page: inline CSS, no script, nothing fetched (a Content-Security-Policy
 * forbids it), readable offline at desktop and phone widths. A summary by severity, kind and
 * subject; each finding with its evidence sentences side by side and the values marked; then
 * each article with its claims marked, those taking part in a finding linked to it. Every piece
 * of text is escaped.
 */
public final class HtmlRenderer implements Renderer {
  @Override
  public void render(Report report, Writer out) throws IOException {
    Lookup look = new Lookup(report);
    Map<String, Integer> findingOfClaim = new HashMap<>();
    for (int i = 0; i < report.findings().size(); i++) {
      for (Evidence e : report.findings().get(i).evidence()) {
        if (e.claim() != null && !e.claim().isEmpty()) {
          findingOfClaim.putIfAbsent(e.claim(), i + 1);
        }
      }
    }
    StringBuilder sb = new StringBuilder(64 * 1024);
    String summary = TextRenderer.summary(report);
    sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n")
        .append("<meta name=\"generator\" content=\"crosscheck ").append(esc(Version.get())).append("\">\n")
        .append("<title>crosscheck report: ").append(esc(counts(report))).append("</title>\n")
        .append("<link rel=\"icon\" href=\"data:,\">\n")
        .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
    boolean problems = !report.articleErrors().isEmpty() || !report.ruleErrors().isEmpty();
    sb.append("<header class=\"top\">\n<h1>crosscheck report</h1>\n<p class=\"lede\">").append(esc(summary))
        .append("</p>\n<nav><a href=\"#summary\">Summary</a> <a href=\"#findings\">Findings</a> ")
        .append("<a href=\"#articles\">Articles</a>").append(problems ? " <a href=\"#problems\">Problems</a>" : "")
        .append("</nav>\n</header>\n<main>\n");
    summary(sb, report);
    findings(sb, report, look);
    articles(sb, report, findingOfClaim);
    if (problems) {
      problems(sb, report);
    }
    sb.append("</main>\n<footer>crosscheck ").append(esc(Version.get())).append("</footer>\n</body>\n</html>\n");
    out.write(sb.toString());
  }

  private static String counts(Report r) {
    return TextRenderer.plural(r.count(Severity.ERROR), "error") + ", "
        + TextRenderer.plural(r.count(Severity.WARNING), "warning") + ", " + r.count(Severity.INFO) + " info";
  }

  private static void summary(StringBuilder sb, Report report) {
    sb.append("<section id=\"summary\">\n<h2>Summary</h2>\n<div class=\"cards\">\n");
    for (Severity s : new Severity[] {Severity.ERROR, Severity.WARNING, Severity.INFO}) {
      long n = report.count(s);
      sb.append("<div class=\"card ").append(s.id()).append(n == 0 ? " none" : "").append("\"><span class=\"n\">")
          .append(n).append("</span> ").append(s == Severity.INFO ? "info" : TextRenderer.plural(n, s.id()).replaceFirst("^\\d+ ", ""))
          .append("</div>\n");
    }
    sb.append("</div>\n");
    if (!report.findings().isEmpty()) {
      sb.append("<div class=\"tables\">\n");
      table(sb, "By kind", "Kind", Lookup.countsBy(report, Finding::kind));
      table(sb, "By subject", "Subject", Lookup.countsBy(report, f -> f.subject().isBlank() ? "(none)" : f.subject()));
      sb.append("</div>\n");
    } else {
      sb.append("<p class=\"clean\">No contradictions found.</p>\n");
    }
    sb.append("</section>\n");
  }

  private static void table(StringBuilder sb, String caption, String head, Map<String, long[]> rows) {
    sb.append("<table>\n<caption>").append(esc(caption)).append("</caption>\n<thead><tr><th scope=\"col\">")
        .append(esc(head)).append("</th><th scope=\"col\">Errors</th><th scope=\"col\">Warnings</th>")
        .append("<th scope=\"col\">Info</th></tr></thead>\n<tbody>\n");
    for (Map.Entry<String, long[]> row : rows.entrySet()) {
      long[] c = row.getValue();
      sb.append("<tr><th scope=\"row\">").append(esc(row.getKey())).append("</th>");
      for (Severity s : new Severity[] {Severity.ERROR, Severity.WARNING, Severity.INFO}) {
        long n = c[s.ordinal()];
        sb.append("<td").append(n == 0 ? " class=\"zero\"" : "").append('>').append(n).append("</td>");
      }
      sb.append("</tr>\n");
    }
    sb.append("</tbody>\n</table>\n");
  }

  private static void findings(StringBuilder sb, Report report, Lookup look) {
    sb.append("<section id=\"findings\">\n<h2>Findings</h2>\n");
    int n = 0;
    for (Finding f : report.findings()) {
      n++;
      String sev = f.severity().id();
      sb.append("<article class=\"finding ").append(sev).append("\" id=\"f").append(n).append("\">\n<h3>")
          .append("<a class=\"num\" href=\"#f").append(n).append("\">").append(n).append("</a> ")
          .append("<span class=\"sev ").append(sev).append("\">").append(sev).append("</span> ")
          .append("<code class=\"rule\">").append(esc(f.rule())).append("</code> ")
          .append("<span class=\"kind\">").append(esc(f.kind())).append("</span>");
      if (!f.subject().isBlank()) {
        sb.append(" <span class=\"subject\">").append(esc(f.subject())).append("</span>");
      }
      sb.append("</h3>\n<p class=\"message\">").append(esc(f.message())).append("</p>\n<div class=\"evidence\">\n");
      for (Evidence e : f.evidence()) {
        sb.append("<figure>\n<blockquote>").append(sentence(e, look)).append("</blockquote>\n<figcaption>");
        Article a = look.article(e.article());
        String href = e.claim() != null && !e.claim().isEmpty() ? "#" + id("claim", e.claim()) : "#" + id("a", e.article());
        sb.append("<a class=\"aid\" href=\"").append(esc(href)).append("\">").append(esc(e.article())).append("</a>");
        if (a != null && a.source() != null && !a.source().isBlank()) {
          sb.append(" <span class=\"source\">").append(esc(a.source().strip())).append("</span>");
        }
        if (a != null && a.published() != null) {
          sb.append(" <time datetime=\"").append(a.published()).append("\">").append(a.published()).append("</time>");
        }
        if (!e.context().isEmpty()) {
          sb.append(" <span class=\"ctx\">").append(esc(e.context())).append("</span>");
        }
        sb.append("<br><span class=\"loc\">").append(esc(e.path() + ":" + e.line() + ":" + e.column())).append("</span>")
            .append("</figcaption>\n</figure>\n");
      }
      sb.append("</div>\n");
      if (!f.fingerprint().isEmpty()) {
        sb.append("<p class=\"fp\">fingerprint <code>").append(esc(f.fingerprint())).append("</code></p>\n");
      }
      sb.append("</article>\n");
    }
    if (n == 0) {
      sb.append("<p class=\"clean\">None.</p>\n");
    }
    sb.append("</section>\n");
  }

  /** The evidence sentence, escaped, its value in a {@code <mark>}. */
  private static String sentence(Evidence e, Lookup look) {
    String t = e.text();
    if (t.isBlank()) {
      return "<mark>" + esc(e.value()) + "</mark>";
    }
    int at = look.valueOffset(e);
    if (at < 0) {
      return escLines(t);
    }
    int end = at + e.value().length();
    return escLines(t.substring(0, at)) + "<mark>" + escLines(t.substring(at, end)) + "</mark>" + escLines(t.substring(end));
  }

  private record Span(int start, int end, Claim claim, Integer finding) {}

  private static void articles(StringBuilder sb, Report report, Map<String, Integer> findingOfClaim) {
    Map<String, List<Claim>> byArticle = new HashMap<>();
    for (Claim c : report.claims()) {
      byArticle.computeIfAbsent(c.article(), k -> new ArrayList<>()).add(c);
    }
    sb.append("<section id=\"articles\">\n<h2>Articles</h2>\n<p class=\"legend\"><mark class=\"claim hit\">marked</mark>: ")
        .append("a claim in a finding (follow it to the finding); <span class=\"claim\">dotted</span>: ")
        .append("another claim the checker read.</p>\n");
    for (Article a : report.articles()) {
      List<Claim> claims = byArticle.getOrDefault(a.id(), List.of());
      List<Span> spans = spans(a, claims, findingOfClaim);
      long hits = spans.stream().filter(s -> s.finding() != null).count();
      sb.append("<details class=\"article\" id=\"").append(id("a", a.id())).append("\" open>\n<summary>")
          .append("<span class=\"aid\">").append(esc(a.id())).append("</span>");
      if (a.source() != null && !a.source().isBlank()) {
        sb.append(" <span class=\"source\">").append(esc(a.source().strip())).append("</span>");
      }
      if (a.published() != null) {
        sb.append(" <time datetime=\"").append(a.published()).append("\">").append(a.published()).append("</time>");
      }
      sb.append(" <span class=\"count\">").append(TextRenderer.plural(claims.size(), "claim")).append(", ")
          .append(hits).append(" in findings</span></summary>\n<p class=\"meta\">");
      if (a.title() != null && !a.title().isBlank()) {
        sb.append("<span class=\"headline\">").append(esc(a.title())).append("</span><br>");
      }
      sb.append("<span class=\"loc\">").append(esc(a.path())).append("</span>");
      if (a.url() != null && (a.url().startsWith("https://") || a.url().startsWith("http://"))) {
        sb.append(" · <a href=\"").append(esc(a.url())).append("\" rel=\"noreferrer noopener\">").append(esc(a.url()))
            .append("</a>");
      }
      sb.append("</p>\n<div class=\"text\">");
      String text = a.text();
      int at = 0;
      for (Span s : spans) {
        sb.append(escLines(text.substring(at, s.start())));
        Claim c = s.claim();
        String tip = c.kind().id() + " · " + c.subject() + (s.finding() != null ? " · finding " + s.finding() : "");
        if (s.finding() != null) {
          String sev = report.findings().get(s.finding() - 1).severity().id();
          sb.append("<mark class=\"claim hit ").append(sev).append("\" id=\"").append(id("claim", c.id())).append("\" title=\"").append(esc(tip))
              .append("\"><a href=\"#f").append(s.finding()).append("\">").append(escLines(text.substring(s.start(), s.end())))
              .append("</a></mark>");
        } else {
          sb.append("<span class=\"claim\" id=\"").append(id("claim", c.id())).append("\" title=\"").append(esc(tip))
              .append("\">").append(escLines(text.substring(s.start(), s.end()))).append("</span>");
        }
        at = s.end();
      }
      sb.append(escLines(text.substring(at).stripTrailing())).append("</div>\n</details>\n");
    }
    sb.append("</section>\n");
  }

  /** Claims to mark in an article, in text order, none overlapping; claims in findings first. */
  private static List<Span> spans(Article a, List<Claim> claims, Map<String, Integer> findingOfClaim) {
    int len = a.text().length();
    List<Span> all = new ArrayList<>();
    for (Claim c : claims) {
      if (c.end() > c.start() && c.end() <= len) {
        all.add(new Span(c.start(), c.end(), c, findingOfClaim.get(c.id())));
      }
    }
    all.sort(Comparator.comparing((Span s) -> s.finding() == null).thenComparingInt(Span::start)
        .thenComparingInt(s -> -s.end()).thenComparing(s -> s.claim().id()));
    TreeMap<Integer, Span> chosen = new TreeMap<>();
    for (Span s : all) {
      Map.Entry<Integer, Span> before = chosen.floorEntry(s.start());
      Map.Entry<Integer, Span> after = chosen.ceilingEntry(s.start());
      if ((before == null || before.getValue().end() <= s.start()) && (after == null || after.getKey() >= s.end())) {
        chosen.put(s.start(), s);
      }
    }
    return new ArrayList<>(chosen.values());
  }

  private static void problems(StringBuilder sb, Report report) {
    sb.append("<section id=\"problems\">\n<h2>Problems</h2>\n");
    if (!report.articleErrors().isEmpty()) {
      sb.append("<h3>Inputs that could not be read</h3>\n<ul>\n");
      for (ArticleError e : report.articleErrors()) {
        sb.append("<li><span class=\"loc\">").append(esc(e.path())).append("</span>: ").append(esc(e.message()))
            .append("</li>\n");
      }
      sb.append("</ul>\n");
    }
    if (!report.ruleErrors().isEmpty()) {
      sb.append("<h3>Rules that failed</h3>\n<ul>\n");
      for (RuleError e : report.ruleErrors()) {
        sb.append("<li><code>").append(esc(e.rule())).append("</code> in story ").append(esc(e.story())).append(": ")
            .append(esc(e.message())).append("</li>\n");
      }
      sb.append("</ul>\n");
    }
    sb.append("</section>\n");
  }

  /**
   * A fragment id from any text: letters, digits, '-', '_' and '.' kept, anything else as
   * {@code ~hex~} (so two different texts never share an id).
   */
  static String id(String prefix, String s) {
    StringBuilder sb = new StringBuilder(prefix).append('-');
    s.codePoints().forEach(cp -> {
      if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '-' || cp == '_'
          || cp == '.') {
        sb.appendCodePoint(cp);
      } else {
        sb.append('~').append(Integer.toHexString(cp)).append('~');
      }
    });
    return sb.toString();
  }

  /** Text with CRLF and CR line ends as LF, escaped. */
  static String escLines(String s) {
    return esc(s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n'));
  }

  /** Text escaped for HTML element content and quoted attribute values. */
  static String esc(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String r = switch (c) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> "&quot;";
        case '\'' -> "&#39;";
        default -> null;
      };
      if (r != null) {
        if (sb == null) {
          sb = new StringBuilder(s.length() + 16).append(s, 0, i);
        }
        sb.append(r);
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? s : sb.toString();
  }

  private static final String CSS = """
      :root { --bg: #fdfdfc; --fg: #1d1f21; --muted: #5f6368; --line: #d9dcdf; --card: #ffffff;
        --error: #b3261e; --error-bg: #fdecea; --warning: #8a5a00; --warning-bg: #fff4d6;
        --info: #1a5fb4; --info-bg: #e8f0fc; --mark: #ffe066; --claim: #9aa0a6; color-scheme: light dark; }
      @media (prefers-color-scheme: dark) {
        :root { --bg: #16181a; --fg: #e8eaed; --muted: #a0a4a8; --line: #3c4043; --card: #202124;
          --error: #f28b82; --error-bg: #3b1f1d; --warning: #fdd663; --warning-bg: #352b12;
          --info: #8ab4f8; --info-bg: #1c2a3f; --mark: #7a6410; --claim: #80868b; }
        mark { color: #fff; }
      }
      * { box-sizing: border-box; }
      html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
      body { margin: 0; background: var(--bg); color: var(--fg);
        font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; }
      header.top, main, footer { max-width: 72rem; margin: 0 auto; padding: 0 1.25rem; }
      header.top { padding-top: 1.25rem; }
      h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
      h2 { font-size: 1.25rem; margin: 2rem 0 .75rem; padding-bottom: .25rem; border-bottom: 1px solid var(--line); }
      h3 { font-size: 1rem; margin: 0 0 .5rem; display: flex; flex-wrap: wrap; gap: .4rem; align-items: baseline; }
      .lede { margin: 0 0 .5rem; color: var(--muted); }
      nav a { margin-right: 1rem; }
      a { color: var(--info); }
      code, .loc { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace;
        font-size: .875em; }
      .loc { color: var(--muted); overflow-wrap: anywhere; }
      .cards { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: .75rem; margin-bottom: 1rem; }
      .card { padding: .6rem .9rem; border-radius: .5rem; border: 1px solid var(--line);
        background: var(--card); font-weight: 600; }
      .card .n { font-size: 1.6rem; margin-right: .25rem; }
      .card.error { color: var(--error); background: var(--error-bg); }
      .card.warning { color: var(--warning); background: var(--warning-bg); }
      .card.info { color: var(--info); background: var(--info-bg); }
      .card.none { color: var(--muted); background: var(--card); }
      .tables { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr)); gap: 1rem; }
      table { border-collapse: collapse; width: 100%; background: var(--card); border: 1px solid var(--line); }
      caption { text-align: left; font-weight: 600; padding: .25rem 0; }
      th, td { padding: .3rem .6rem; border-bottom: 1px solid var(--line); text-align: right; }
      th[scope=row], thead th:first-child { text-align: left; overflow-wrap: anywhere; }
      th[scope=row] { font-weight: normal; }
      thead th { font-weight: 600; }
      td.zero { color: var(--muted); }
      .finding { background: var(--card); border: 1px solid var(--line); border-left: .35rem solid var(--muted);
        border-radius: .5rem; padding: .9rem 1rem; margin: 0 0 1rem; }
      .finding.error { border-left-color: var(--error); }
      .finding.warning { border-left-color: var(--warning); }
      .finding.info { border-left-color: var(--info); }
      .num { color: var(--muted); text-decoration: none; }
      .sev { font-size: .75rem; font-weight: 700; text-transform: uppercase; letter-spacing: .04em;
        padding: .05rem .45rem; border-radius: 1rem; }
      .sev.error { color: var(--error); background: var(--error-bg); }
      .sev.warning { color: var(--warning); background: var(--warning-bg); }
      .sev.info { color: var(--info); background: var(--info-bg); }
      .kind { color: var(--muted); }
      .subject { font-weight: 600; }
      .message { margin: 0 0 .75rem; }
      .evidence { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 17rem), 1fr)); gap: .75rem; }
      figure { margin: 0; padding: .6rem .75rem; border: 1px solid var(--line); border-radius: .4rem;
        display: flex; flex-direction: column; justify-content: space-between; }
      blockquote { margin: 0 0 .5rem; font-family: Georgia, "DejaVu Serif", serif; overflow-wrap: break-word; }
      mark { background: var(--mark); color: inherit; padding: 0 .1em; border-radius: .15em; }
      figcaption { font-size: .875rem; color: var(--muted); }
      .aid { font-weight: 600; }
      .source { font-style: italic; }
      .ctx::before { content: "· "; }
      .fp { margin: .6rem 0 0; font-size: .75rem; color: var(--muted); }
      details.article { background: var(--card); border: 1px solid var(--line); border-radius: .5rem;
        padding: .6rem 1rem; margin: 0 0 1rem; }
      summary { cursor: pointer; display: list-item; }
      .count { color: var(--muted); font-size: .875rem; }
      .meta { margin: .5rem 0; font-size: .875rem; overflow-wrap: anywhere; }
      .headline { font-weight: 600; }
      .text { white-space: pre-wrap; overflow-wrap: break-word; max-width: 42rem;
        font-family: Georgia, "DejaVu Serif", serif; line-height: 1.6; }
      .claim { border-bottom: 2px dotted var(--claim); }
      mark.claim.hit { border-bottom: 2px solid var(--muted); }
      mark.claim.hit.error { border-bottom-color: var(--error); }
      mark.claim.hit.warning { border-bottom-color: var(--warning); }
      mark.claim.hit.info { border-bottom-color: var(--info); }
      .legend { font-size: .875rem; color: var(--muted); margin: 0 0 .75rem; }
      time { white-space: nowrap; }
      mark.claim a { color: inherit; text-decoration: none; }
      :target { outline: 3px solid var(--info); outline-offset: 2px; }
      .clean { color: var(--muted); }
      footer { color: var(--muted); font-size: .8rem; padding-top: 1rem; padding-bottom: 2rem; }
      @media (max-width: 40rem) {
        header.top, main, footer { padding-left: .75rem; padding-right: .75rem; }
        h1 { font-size: 1.35rem; }
        .finding { padding: .75rem; }
        .cards { gap: .5rem; }
        .card { padding: .5rem .6rem; font-size: .9rem; }
        .card .n { display: block; font-size: 1.3rem; line-height: 1.2; }
        th, td { padding: .3rem .4rem; }
      }
      """;
}
