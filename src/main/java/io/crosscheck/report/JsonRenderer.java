package io.crosscheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.crosscheck.extract.Claim;
import io.crosscheck.load.Article;
import io.crosscheck.load.ArticleError;
import java.io.IOException;
import java.io.Writer;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON report, schema {@code crosscheck-report/1} (see the README for the contract). */
public final class JsonRenderer implements Renderer {
  public static final String SCHEMA = "crosscheck-report/1";

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
          .enable(SerializationFeature.INDENT_OUTPUT);

  @Override
  public void render(Report report, Writer out) throws IOException {
    write(toTree(report), out);
  }

  /** The report as plain maps and lists, in the contract's key order. */
  public static Map<String, Object> toTree(Report report) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("schema", SCHEMA);
    Map<String, Object> tool = new LinkedHashMap<>(); // not Map.of: its order changes from run to run
    tool.put("name", "crosscheck");
    tool.put("version", Version.get());
    root.put("tool", tool);
    List<Object> articles = new ArrayList<>();
    for (Article a : report.articles()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", a.id());
      m.put("path", a.path());
      m.put("source", a.source());
      m.put("published", a.published() == null ? null : a.published().toString());
      m.put("story", a.story());
      if (a.title() != null) {
        m.put("title", a.title());
      }
      if (a.url() != null) {
        m.put("url", a.url());
      }
      articles.add(m);
    }
    root.put("articles", articles);
    root.put("claims", claims(report.claims()));
    List<Object> findings = new ArrayList<>();
    for (Finding f : report.findings()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("rule", f.rule());
      m.put("severity", f.severity().id());
      m.put("kind", f.kind());
      m.put("subject", f.subject());
      m.put("message", f.message());
      m.put("claims", f.evidence().stream().map(Evidence::claim).toList());
      List<Object> ev = new ArrayList<>();
      for (Evidence e : f.evidence()) {
        Map<String, Object> em = new LinkedHashMap<>();
        em.put("article", e.article());
        em.put("path", e.path());
        em.put("line", e.line());
        em.put("column", e.column());
        em.put("endColumn", e.endColumn());
        em.put("value", e.value());
        em.put("text", e.text());
        if (!e.context().isEmpty()) {
          em.put("context", e.context());
        }
        ev.add(em);
      }
      m.put("evidence", ev);
      m.put("fingerprint", f.fingerprint());
      findings.add(m);
    }
    root.put("findings", findings);
    List<Object> errors = new ArrayList<>();
    for (ArticleError e : report.articleErrors()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("path", e.path());
      m.put("message", e.message());
      errors.add(m);
    }
    root.put("inputErrors", errors);
    List<Object> ruleErrors = new ArrayList<>();
    for (RuleError e : report.ruleErrors()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("rule", e.rule());
      m.put("story", e.story());
      m.put("message", e.message());
      ruleErrors.add(m);
    }
    root.put("ruleErrors", ruleErrors);
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("articles", report.articles().size());
    summary.put("claims", report.claims().size());
    summary.put("errors", report.count(Severity.ERROR));
    summary.put("warnings", report.count(Severity.WARNING));
    summary.put("info", report.count(Severity.INFO));
    summary.put("inputErrors", report.articleErrors().size());
    summary.put("ruleErrors", report.ruleErrors().size());
    root.put("summary", summary);
    return root;
  }

  /**
   * The claims as {@link #claim} prints them, each made when the writer reaches it: a report of a
   * large archive holds a million claims, and a map per claim held at once would take gigabytes.
   */
  public static List<Map<String, Object>> claims(List<Claim> claims) {
    return new AbstractList<>() {
      @Override
      public Map<String, Object> get(int i) {
        return claim(claims.get(i));
      }

      @Override
      public int size() {
        return claims.size();
      }
    };
  }

  /** One claim as the report and {@code crosscheck claims --format json} print it. */
  public static Map<String, Object> claim(Claim c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", c.id());
    m.put("article", c.article());
    m.put("kind", c.kind().id());
    m.put("subject", c.subject());
    m.put("attribute", c.attribute());
    m.put("value", c.value());
    m.put("normalized", c.normalized().fields());
    m.put("line", c.line());
    m.put("column", c.column());
    m.put("text", c.sentence());
    if (!c.event().isEmpty()) {
      Map<String, Object> ev = new LinkedHashMap<>();
      if (c.event().id() != null) {
        ev.put("id", c.event().id());
      }
      ev.put("label", c.event().label());
      putIf(ev, "place", c.event().place());
      putIf(ev, "org", c.event().org());
      putIf(ev, "noun", c.event().noun());
      putIf(ev, "weekday", c.event().weekday() == null ? null : c.event().weekday().name().toLowerCase(java.util.Locale.ROOT));
      putIf(ev, "date", c.event().date() == null ? null : c.event().date().toString());
      m.put("event", ev);
    }
    return m;
  }

  private static void putIf(Map<String, Object> m, String k, Object v) {
    if (v != null) {
      m.put(k, v);
    }
  }

  /** Serialises any tree of maps and lists with the report's indentation. */
  public static void write(Object tree, Writer out) throws IOException {
    DefaultPrettyPrinter pp = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
    MAPPER.writer(pp).writeValue(out, tree);
    out.write("\n");
  }
}
