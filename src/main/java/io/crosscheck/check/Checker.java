package io.crosscheck.check;

import io.crosscheck.extract.Claim;
import io.crosscheck.extract.Extraction;
import io.crosscheck.load.Article;
import io.crosscheck.load.LoadResult;
import io.crosscheck.load.Suppression;
import io.crosscheck.report.Evidence;
import io.crosscheck.report.Finding;
import io.crosscheck.report.Report;
import io.crosscheck.report.RuleError;
import io.crosscheck.report.Severity;
import io.crosscheck.resolve.ResolvedStory;
import io.crosscheck.resolve.Resolver;
import io.crosscheck.rules.ClaimGroup;
import io.crosscheck.rules.Grouping;
import io.crosscheck.rules.RuleEngine;
import io.crosscheck.rules.RuleMeta;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;


/**
 * The whole check: articles in, report out. Extraction runs per article, resolution and rules per
 * story, both in parallel on {@code threads} threads; the report is the same whatever the thread
 * count or input order.
 */
public final class Checker {
  /** A rule id of the findings the checker itself makes for suppressions that silence nothing. */
  public static final String UNUSED_SUPPRESSION = "unused-suppression";

  private final Extraction extraction;
  private final Resolver resolver;
  private final RuleEngine engine;
  private final Config config;
  private final int threads;

  public Checker(Extraction extraction, Resolver resolver, RuleEngine engine, Config config, int threads) {
    this.extraction = extraction;
    this.resolver = resolver;
    this.engine = engine;
    this.config = config;
    this.threads = Math.max(1, threads);
  }

  public RuleEngine engine() {
    return engine;
  }

  /** Checks every story of the loaded articles; {@code baseline} fingerprints are left out. */
  public Report check(LoadResult loaded, Set<String> baseline) {
    Extracted x = extractAll(loaded);
    Map<String, Article> byId = new HashMap<>();
    x.articles.forEach(a -> byId.put(a.id(), a));
    List<String> storyIds = new ArrayList<>(x.stories.keySet());
    List<StoryResult> results = parallel(storyIds, s -> checkStory(s, x.stories.get(s), x.claims(s), byId));
    List<Claim> resolvedClaims = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    List<RuleError> ruleErrors = new ArrayList<>();
    for (StoryResult r : results) {
      resolvedClaims.addAll(r.claims);
      findings.addAll(r.findings);
      ruleErrors.addAll(r.errors);
    }
    resolvedClaims.sort(CLAIM_NUMBER);
    findings = suppress(findings, x.articles);
    findings.removeIf(f -> baseline.contains(f.fingerprint()));
    return new Report(x.articles, resolvedClaims, findings, x.errors, ruleErrors, ruleInfos());
  }

  /** Extraction and resolution only, for {@code crosscheck claims}: a report with no findings. */
  public Report claimsOnly(LoadResult loaded) {
    Extracted x = extractAll(loaded);
    List<Claim> out = new ArrayList<>();
    for (String s : x.stories.keySet()) {
      out.addAll(resolver.resolve(s, x.stories.get(s), x.claims(s)).claims());
    }
    out.sort(CLAIM_NUMBER);
    return new Report(x.articles, out, List.of(), x.errors, List.of(), List.of());
  }

  /** Claims in the order they were numbered ("c1", "c2", ...). */
  private static final Comparator<Claim> CLAIM_NUMBER =
      Comparator.comparingInt(c -> Integer.parseInt(c.id().substring(1)));

  /** The articles in canonical order, their claims numbered c1, c2, ... by story, and the failures. */
  private record Extracted(
      List<Article> articles, Map<String, List<Article>> stories, Map<String, List<Claim>> byStory,
      List<io.crosscheck.load.ArticleError> errors) {
    List<Claim> claims(String story) {
      return byStory.getOrDefault(story, List.of());
    }
  }

  private Extracted extractAll(LoadResult loaded) {
    List<Article> articles = canonical(loaded.articles());
    List<io.crosscheck.load.ArticleError> failures = new ArrayList<>();
    List<List<Claim>> perArticle = parallel(articles, a -> extractOrReport(a, failures));
    Map<String, List<Article>> stories = new LinkedHashMap<>();
    Map<String, List<Claim>> byStory = new LinkedHashMap<>();
    int n = 0;
    for (int i = 0; i < articles.size(); i++) {
      Article a = articles.get(i);
      stories.computeIfAbsent(a.story(), k -> new ArrayList<>()).add(a);
      for (Claim c : perArticle.get(i)) {
        byStory.computeIfAbsent(a.story(), k -> new ArrayList<>()).add(c.withId("c" + (++n)));
      }
    }
    return new Extracted(articles, stories, byStory, plus(loaded.errors(), failures));
  }


  /**
   * Claims already extracted (and resolved per story) from an archive, fetched for a draft story:
   * the archive articles they come from and the claims themselves.
   */
  public record ArchiveClaims(List<Article> articles, List<Claim> claims) {
    public static final ArchiveClaims NONE = new ArchiveClaims(List.of(), List.of());

    public ArchiveClaims {
      articles = List.copyOf(articles);
      claims = List.copyOf(claims);
    }
  }

  /** Where {@link #checkDrafts} finds the archive claims comparable with a draft story's claims. */
  @FunctionalInterface
  public interface ArchiveLookup {
    /**
     * Archive claims comparable with the draft claims (same subjects and attributes), and their
     * articles. Called once per draft story, possibly from several threads at once.
     *
     * @param story the draft story
     * @param drafts the draft articles of that story
     * @param draftClaims the draft claims after resolving the drafts alone (canonical subjects)
     */
    ArchiveClaims fetch(String story, List<Article> drafts, List<Claim> draftClaims);
  }

  /**
   * Checks draft articles against an archive: per draft story, the drafts' claims are resolved,
   * the lookup fetches comparable archive claims, then draft and archive claims are resolved
   * together and run through the same rules as {@link #check}. Only findings with at least one
   * piece of evidence from a draft are kept: contradictions between archive articles alone are
   * not the draft's business. Archive claims are numbered {@code a1, a2, ...}; an archive article
   * with a draft's id is left out (the draft is its new version). The report lists the drafts and
   * their claims, followed by the archive articles and claims that findings cite.
   */
  public Report checkDrafts(LoadResult drafts, ArchiveLookup archive, Set<String> baseline) {
    Extracted extracted = extractAll(drafts);
    List<Article> articles = extracted.articles;
    Map<String, List<Article>> stories = extracted.stories;
    Map<String, List<Claim>> storyClaims = extracted.byStory;
    Set<String> draftIds = new HashSet<>();
    articles.forEach(a -> draftIds.add(a.id()));
    List<String> storyIds = new ArrayList<>(stories.keySet());
    List<ArchiveClaims> fetched = parallel(storyIds, s -> {
      List<Claim> resolvedAlone = resolver.resolve(s, stories.get(s), storyClaims.getOrDefault(s, List.of())).claims();
      return archive.fetch(s, stories.get(s), resolvedAlone);
    });
    // numbered in story order, so that the report does not depend on the thread count
    List<List<Article>> jointArticles = new ArrayList<>();
    List<List<Claim>> jointClaims = new ArrayList<>();
    int archiveNumber = 0;
    for (int i = 0; i < storyIds.size(); i++) {
      List<Article> joint = new ArrayList<>(stories.get(storyIds.get(i)));
      Set<String> archiveIds = new HashSet<>();
      for (Article x : fetched.get(i).articles()) {
        if (!draftIds.contains(x.id()) && archiveIds.add(x.id())) {
          joint.add(x);
        }
      }
      List<Claim> cs = new ArrayList<>(storyClaims.getOrDefault(storyIds.get(i), List.of()));
      for (Claim c : fetched.get(i).claims()) {
        if (archiveIds.contains(c.article())) {
          cs.add(c.withId("a" + (++archiveNumber)));
        }
      }
      jointArticles.add(joint);
      jointClaims.add(cs);
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < storyIds.size(); i++) {
      order.add(i);
    }
    List<DraftResult> results = parallel(order, i -> {
      Map<String, Article> byId = new HashMap<>();
      jointArticles.get(i).forEach(x -> byId.put(x.id(), x));
      StoryResult r = checkStory(storyIds.get(i), jointArticles.get(i), jointClaims.get(i), byId);
      List<Finding> mine = new ArrayList<>();
      for (Finding f : r.findings) {
        if (f.evidence().stream().anyMatch(e -> draftIds.contains(e.article()))) {
          mine.add(f);
        }
      }
      return new DraftResult(r.claims, mine, r.errors, byId);
    });
    List<Finding> findings = new ArrayList<>();
    List<RuleError> ruleErrors = new ArrayList<>();
    List<Claim> draftClaims = new ArrayList<>();
    Map<String, Claim> archiveClaims = new HashMap<>();
    Map<String, Article> archiveArticles = new HashMap<>();
    for (DraftResult r : results) {
      findings.addAll(r.findings);
      ruleErrors.addAll(r.errors);
      for (Claim c : r.claims) {
        if (draftIds.contains(c.article())) {
          draftClaims.add(c);
        } else {
          archiveClaims.put(c.id(), c);
        }
      }
      r.byId.forEach((id, a) -> {
        if (!draftIds.contains(id)) {
          archiveArticles.put(id, a);
        }
      });
    }
    draftClaims.sort(CLAIM_NUMBER);
    findings = suppress(findings, articles);
    findings.removeIf(f -> baseline.contains(f.fingerprint()));
    TreeSet<String> citedArticles = new TreeSet<>();
    TreeSet<Integer> citedClaims = new TreeSet<>();
    for (Finding f : findings) {
      for (Evidence e : f.evidence()) {
        if (archiveArticles.containsKey(e.article())) {
          citedArticles.add(e.article());
        }
        if (archiveClaims.containsKey(e.claim())) {
          citedClaims.add(Integer.parseInt(e.claim().substring(1)));
        }
      }
    }
    List<Article> reportArticles = new ArrayList<>(articles);
    citedArticles.forEach(id -> reportArticles.add(archiveArticles.get(id)));
    List<Claim> reportClaims = new ArrayList<>(draftClaims);
    citedClaims.forEach(i -> reportClaims.add(archiveClaims.get("a" + i)));
    return new Report(reportArticles, reportClaims, findings, extracted.errors, ruleErrors, ruleInfos());
  }

  private record DraftResult(
      List<Claim> claims, List<Finding> findings, List<RuleError> errors, Map<String, Article> byId) {}

  /**
   * One story's share of a streamed check: its articles, resolved claims (numbered {@code c1, c2,
   * ...} within the story), findings after inline suppressions, and rule errors.
   */
  public record StoryReport(
      String story, List<Article> articles, List<Claim> claims, List<Finding> findings, List<RuleError> ruleErrors) {}

  /**
   * Checks a stream of stories (each element: all the articles of one story) without holding
   * more than a few stories in memory: up to {@code threads} stories are in flight at once, and
   * each result goes to {@code sink} as soon as it is ready, so memory does not grow with the
   * corpus. For corpora too large for one {@link Report} ({@link #check} keeps every claim).
   * The sink is called from worker threads, one call at a time, in no fixed order. The first
   * failure stops the run and is rethrown. No baseline is applied.
   */
  public void checkStories(Iterator<List<Article>> stories, Consumer<StoryReport> sink) {
    Object out = new Object();
    Workers.rethrow(Workers.forEach(stories, threads, "crosscheck-story", story -> {
      StoryReport r = checkOneStory(story);
      synchronized (out) {
        sink.accept(r);
      }
    }));
  }


  private StoryReport checkOneStory(List<Article> articles) {
    if (articles.isEmpty()) {
      throw new IllegalArgumentException("a story with no articles");
    }
    String story = articles.get(0).story();
    List<Claim> claims = new ArrayList<>();
    Map<String, Article> byId = new HashMap<>();
    int n = 0;
    for (Article a : articles) {
      byId.put(a.id(), a);
      for (Claim c : extractOrReport(a, new ArrayList<>())) {
        claims.add(c.withId("c" + (++n)));
      }
    }
    StoryResult r = checkStory(story, articles, claims, byId);
    return new StoryReport(story, articles, r.claims, suppress(r.findings, articles), r.errors);
  }

  private List<Report.RuleInfo> ruleInfos() {
    List<Report.RuleInfo> infos = new ArrayList<>();
    for (RuleMeta m : engine.rules().rules()) {
      infos.add(new Report.RuleInfo(m.id(), config.severities().getOrDefault(m.id(), m.severity()), m.description(), m.file(),
          m.doc()));
    }
    return infos;
  }

  private record StoryResult(List<Claim> claims, List<Finding> findings, List<RuleError> errors) {}

  /**
   * Articles in one fixed order (by path, then id), whatever order the inputs were named in, so
   * that claim numbers and reports are the same bytes for the same articles.
   */
  static List<Article> canonical(List<Article> articles) {
    List<Article> out = new ArrayList<>(articles);
    out.sort(Comparator.comparing(Article::path).thenComparing(Article::id));
    return out;
  }

  /**
   * The claims of one article; a failure inside an extractor costs that article only: it is
   * reported as an input error naming the article and the run goes on.
   */
  private List<Claim> extractOrReport(Article a, List<io.crosscheck.load.ArticleError> failures) {
    try {
      return extraction.extract(a);
    } catch (RuntimeException | StackOverflowError e) {
      synchronized (failures) {
        failures.add(new io.crosscheck.load.ArticleError(a.path(), "internal error while extracting claims ("
            + e + "); the article was skipped, please report it"));
      }
      return List.of();
    }
  }

  private static List<io.crosscheck.load.ArticleError> plus(List<io.crosscheck.load.ArticleError> a,
      List<io.crosscheck.load.ArticleError> b) {
    if (b.isEmpty()) {
      return a;
    }
    List<io.crosscheck.load.ArticleError> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  private StoryResult checkStory(String story, List<Article> articles, List<Claim> claims, Map<String, Article> byId) {
    List<RuleError> errors = new ArrayList<>();
    ResolvedStory resolved;
    try {
      resolved = resolver.resolve(story, articles, claims);
    } catch (RuntimeException | StackOverflowError e) {
      resolved = new ResolvedStory(story, articles, claims, List.of());
      errors.add(new RuleError("resolve", story, "internal error while resolving people and events (" + e
          + "); the story's claims were compared unresolved, please report it"));
    }
    List<ClaimGroup> groups = Grouping.groups(resolved);
    RuleEngine.Outcome outcome = engine.run(story, groups);
    errors.addAll(outcome.errors());
    Map<String, Integer> articleOrder = new HashMap<>();
    for (int i = 0; i < articles.size(); i++) {
      articleOrder.put(articles.get(i).id(), i);
    }
    Map<String, Finding> unique = new LinkedHashMap<>();
    for (RuleEngine.Fired f : outcome.fired()) {
      Finding finding;
      try {
        finding = toFinding(f, byId, articleOrder);
      } catch (RuntimeException e) {
        // a user rule's consequence built a Hit the report cannot use (bad severity, no message)
        errors.add(new RuleError(f.rule().id(), story, "rule \"" + f.rule().name() + "\" inserted an unusable Hit: "
            + e.getMessage()));
        continue;
      }
      if (finding != null) {
        unique.putIfAbsent(finding.fingerprint() + "\u0000" + finding.message(), finding);
      }
    }
    return new StoryResult(resolved.claims(), new ArrayList<>(unique.values()), errors);
  }

  private Finding toFinding(RuleEngine.Fired fired, Map<String, Article> byId, Map<String, Integer> articleOrder) {
    RuleMeta rule = fired.rule();
    Severity severity = config.severities().get(rule.id());
    if (severity == null) {
      severity = fired.hit().severity() == null ? rule.severity() : Severity.of(fired.hit().severity());
    }
    List<Claim> cs = new ArrayList<>();
    TreeSet<String> keys = new TreeSet<>();
    TreeSet<String> arts = new TreeSet<>();
    Set<String> seen = new HashSet<>();
    for (ClaimGroup g : fired.hit().groups()) {
      keys.add(g.key());
      for (Claim c : g.claims()) {
        if (seen.add(c.id())) {
          cs.add(c);
          arts.add(c.article());
        }
      }
    }
    if (cs.isEmpty()) {
      return null;
    }
    cs.sort(Comparator.comparingInt((Claim c) -> articleOrder.getOrDefault(c.article(), 0)).thenComparingInt(Claim::start));
    List<Evidence> evidence = new ArrayList<>();
    for (Claim c : cs) {
      Article a = byId.get(c.article());
      evidence.add(new Evidence(c.id(), c.article(), a.path(), c.line(), c.column(), c.endColumn(), c.value(),
          c.sentence(), c.kind() == io.crosscheck.extract.ClaimKind.TITLE ? "" : c.event().label()));
    }
    ClaimGroup first = fired.hit().groups().get(0);
    Claim lead = first.claims().stream()
        .min(Comparator.comparingInt((Claim c) -> articleOrder.getOrDefault(c.article(), 0)).thenComparingInt(Claim::start))
        .orElseThrow();
    int primary = cs.indexOf(lead);
    String fp = fingerprint(rule.id() + "|" + first.subject() + "|" + String.join("|", keys) + "|" + String.join(",", arts));
    return new Finding(rule.id(), severity, first.kind(), first.subject(), fired.hit().message(), evidence, fp, primary);
  }

  /** Drops findings silenced by inline comments; reports comments that silence nothing. */
  private List<Finding> suppress(List<Finding> findings, List<Article> articles) {
    Map<String, Article> byId = new HashMap<>();
    articles.forEach(a -> byId.put(a.id(), a));
    Set<Suppression> used = new HashSet<>();
    List<Finding> kept = new ArrayList<>();
    for (Finding f : findings) {
      boolean silenced = false;
      for (Evidence e : f.evidence()) {
        Article a = byId.get(e.article());
        for (Suppression s : a == null ? List.<Suppression>of() : a.suppressions()) {
          if (s.covers(f.rule(), e.line())) {
            used.add(s);
            silenced = true;
          }
        }
      }
      if (!silenced) {
        kept.add(f);
      }
    }
    for (Article a : articles) {
      for (Suppression s : a.suppressions()) {
        if (!used.contains(s)) {
          String what = s.rule().equals("*") ? "any rule" : "'" + s.rule() + "'";
          String msg = "this crosscheck-disable comment for " + what + " silences nothing; remove it";
          Evidence ev = new Evidence("", a.id(), a.path(), s.at().line(), s.at().column(), s.at().column(),
              "crosscheck-disable " + s.rule(), "", "");
          kept.add(new Finding(UNUSED_SUPPRESSION, Severity.INFO, "suppression", s.rule(), msg, List.of(ev),
              fingerprint(UNUSED_SUPPRESSION + "|" + a.id() + "|" + s.rule() + "|" + s.fromLine())));
        }
      }
    }
    return kept;
  }

  static String fingerprint(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private <T, R> List<R> parallel(List<T> items, java.util.function.Function<T, R> f) {
    if (threads == 1 || items.size() < 2) {
      return items.stream().map(f).toList();
    }
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      return pool.submit(() -> items.parallelStream().map(f).toList()).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdown();
    }
  }
}
