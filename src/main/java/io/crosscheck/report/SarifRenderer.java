package io.crosscheck.report;

import io.crosscheck.load.ArticleError;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * SARIF 2.1.0, for code scanning (GitHub's upload-sarif and other SARIF viewers): every rule in
 * {@code tool.driver.rules}, one result per finding at its first piece of evidence, the other
 * evidence as related locations, and the finding's fingerprint as {@code crosscheck/v1} so
 * alerts survive edits that move lines. Built as plain maps, written with the JSON report's
 * indentation.
 */
public final class SarifRenderer implements Renderer {
  public static final String VERSION = "2.1.0";
  public static final String SCHEMA_URI =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
  /** The key of {@link Finding#fingerprint()} in {@code partialFingerprints}. */
  public static final String FINGERPRINT_KEY = "crosscheck/v1";

  /** Rules the checker itself reports, which no DRL file declares. */
  private static final Map<String, String> BUILT_IN =
      Map.of("unused-suppression", "A crosscheck-disable comment that silences no finding.");

  @Override
  public void render(Report report, Writer out) throws IOException {
    JsonRenderer.write(toTree(report), out);
  }

  /** The SARIF log as plain maps and lists. */
  public static Map<String, Object> toTree(Report report) {
    Lookup look = new Lookup(report);
    List<Report.RuleInfo> rules = rules(report);
    Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    for (int i = 0; i < rules.size(); i++) {
      ruleIndex.put(rules.get(i).id(), i);
    }

    Map<String, Object> driver = new LinkedHashMap<>();
    driver.put("name", "crosscheck");
    driver.put("version", Version.get());
    driver.put("rules", rules.stream().map(SarifRenderer::rule).toList());

    List<Object> results = new ArrayList<>();
    for (Finding f : report.findings()) {
      results.add(result(f, ruleIndex.get(f.rule()), look));
    }

    Map<String, Object> run = new LinkedHashMap<>();
    run.put("tool", Map.of("driver", driver));
    run.put("invocations", List.of(invocation(report, ruleIndex)));
    run.put("columnKind", "utf16CodeUnits");
    run.put("results", results);

    Map<String, Object> root = new LinkedHashMap<>();
    root.put("$schema", SCHEMA_URI);
    root.put("version", VERSION);
    root.put("runs", List.of(run));
    return root;
  }

  /** The report's rules, then any rule a finding names that the report does not list. */
  private static List<Report.RuleInfo> rules(Report report) {
    List<Report.RuleInfo> out = new ArrayList<>(report.rules());
    TreeSet<String> known = new TreeSet<>();
    report.rules().forEach(r -> known.add(r.id()));
    TreeSet<String> missing = new TreeSet<>();
    for (Finding f : report.findings()) {
      if (!known.contains(f.rule())) {
        missing.add(f.rule());
      }
    }
    for (String id : missing) {
      Severity s = report.findings().stream().filter(f -> f.rule().equals(id)).map(Finding::severity).findFirst()
          .orElse(Severity.WARNING);
      out.add(new Report.RuleInfo(id, s, BUILT_IN.getOrDefault(id, id), null, ""));
    }
    return out;
  }

  private static Map<String, Object> rule(Report.RuleInfo r) {
    String shortText = r.description().isBlank() ? r.id() : r.description();
    String doc = r.doc().strip();
    String first = doc.isEmpty() ? shortText : firstParagraph(doc);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", r.id());
    m.put("name", name(r.id()));
    m.put("shortDescription", text(shortText));
    m.put("fullDescription", text(first));
    m.put("help", text(doc.isEmpty() ? shortText : doc));
    m.put("defaultConfiguration", Map.of("level", level(r.severity())));
    return m;
  }

  private static Map<String, Object> result(Finding f, int ruleIndex, Lookup look) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("ruleId", f.rule());
    m.put("ruleIndex", ruleIndex);
    m.put("level", level(f.severity()));
    m.put("message", text(f.message()));
    Map<String, Object> primary = new LinkedHashMap<>();
    primary.put("physicalLocation", physical(f.primary()));
    m.put("locations", List.of(primary));
    List<Object> related = new ArrayList<>();
    for (int i = 1; i < f.evidence().size(); i++) {
      Evidence e = f.evidence().get(i);
      Map<String, Object> loc = new LinkedHashMap<>();
      loc.put("id", i);
      loc.put("physicalLocation", physical(e));
      String src = look.sourceAndDate(e.article());
      loc.put("message", text("'" + e.value() + "' in " + e.article() + (src.isEmpty() ? "" : " (" + src + ")")));
      related.add(loc);
    }
    if (!related.isEmpty()) {
      m.put("relatedLocations", related);
    }
    if (!f.fingerprint().isEmpty()) {
      m.put("partialFingerprints", Map.of(FINGERPRINT_KEY, f.fingerprint()));
    }
    Map<String, Object> props = new LinkedHashMap<>();
    props.put("kind", f.kind());
    props.put("subject", f.subject());
    m.put("properties", props);
    return m;
  }

  private static Map<String, Object> physical(Evidence e) {
    Map<String, Object> region = new LinkedHashMap<>();
    region.put("startLine", e.line());
    region.put("startColumn", e.column());
    region.put("endColumn", Math.max(e.column(), e.endColumn()));
    if (!e.value().isEmpty()) {
      region.put("snippet", text(e.value()));
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("artifactLocation", Map.of("uri", uri(e.path())));
    m.put("region", region);
    return m;
  }

  private static Map<String, Object> invocation(Report report, Map<String, Integer> ruleIndex) {
    List<Object> notes = new ArrayList<>();
    for (ArticleError e : report.articleErrors()) {
      Map<String, Object> n = new LinkedHashMap<>();
      n.put("level", "error");
      n.put("message", text(e.line()));
      n.put("locations", List.of(Map.of("physicalLocation", Map.of("artifactLocation", Map.of("uri", uri(e.path()))))));
      notes.add(n);
    }
    for (RuleError e : report.ruleErrors()) {
      Map<String, Object> n = new LinkedHashMap<>();
      n.put("level", "error");
      n.put("message", text("rule " + e.rule() + " failed in story " + e.story() + ": " + e.message()));
      Map<String, Object> ref = new LinkedHashMap<>();
      ref.put("id", e.rule());
      Integer i = ruleIndex.get(e.rule());
      if (i != null) {
        ref.put("index", i);
      }
      n.put("associatedRule", ref);
      notes.add(n);
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("executionSuccessful", report.ruleErrors().isEmpty());
    if (!notes.isEmpty()) {
      m.put("toolExecutionNotifications", notes);
    }
    return m;
  }

  private static Map<String, Object> text(String s) {
    return Map.of("text", s);
  }

  static String level(Severity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  /** "title-conflict" -> "TitleConflict": SARIF wants a name that reads as an identifier. */
  static String name(String id) {
    StringBuilder sb = new StringBuilder();
    for (String part : id.split("[^A-Za-z0-9]+")) {
      if (!part.isEmpty()) {
        sb.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
      }
    }
    return sb.isEmpty() ? id : sb.toString();
  }

  private static String firstParagraph(String doc) {
    int blank = doc.indexOf("\n\n");
    return (blank < 0 ? doc : doc.substring(0, blank)).replaceAll("\\s*\\n\\s*", " ").strip();
  }

  /**
   * A path as SARIF wants it: a relative URI reference with forward slashes (leading "./"
   * dropped), or a {@code file:} URI for an absolute path; anything but unreserved characters
   * and path punctuation is percent-encoded as UTF-8 (so a JSON Lines "corpus.jsonl#id" keeps
   * its '#' as %23).
   */
  static String uri(String path) {
    String p = path.replace('\\', '/');
    while (p.startsWith("./")) {
      p = p.substring(2);
    }
    boolean drive = p.length() >= 3 && Character.isLetter(p.charAt(0)) && p.charAt(1) == ':' && p.charAt(2) == '/';
    boolean absolute = p.startsWith("/") || drive;
    StringBuilder sb = new StringBuilder(absolute ? "file://" + (drive ? "/" : "") : "");
    byte[] bytes = p.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xff;
      boolean keep = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')
          || "-._~/!$&'()*+,;=@".indexOf(b) >= 0 || (b == ':' && drive && i == 1);
      if (keep) {
        sb.append((char) b);
      } else {
        sb.append('%').append(Character.toUpperCase(Character.forDigit(b >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
      }
    }
    return sb.toString();
  }
}
