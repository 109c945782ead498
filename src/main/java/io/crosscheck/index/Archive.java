package io.crosscheck.index;

import io.crosscheck.check.Checker;
import io.crosscheck.extract.Claim;
import io.crosscheck.load.Article;
import io.crosscheck.load.SourceMap;
import java.io.Closeable;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The archive index opened for reading: fetches, for a draft story, the archive claims that the
 * rules can compare with the draft's claims. Thread-safe; open it once and reuse it for many
 * drafts (a warm lookup takes a few milliseconds).
 *
 * <p>Which archive articles a draft story is compared with: the archived articles of the same
 * story when the draft names a story the archive holds; otherwise (no story, or a story the
 * archive does not know) archive articles similar to the drafts' title and lead (MoreLikeThis
 * terms scored by BM25; see {@link #similar}): for a dated draft, the story of the best match
 * published within a week of it; else the {@code related} most similar articles that stand out
 * from the archive's noise: they score at least twice as high as the 5 x {@code related}-th best
 * match (an article about something else scores about as high as the rest, so a draft about
 * nothing archived is compared with nothing). Which claims: those of a draft claim's kind and attribute whose subject has the same
 * canonical name, or the same surname ("Sergei Lavrov" finds "Sergey Lavrov" for the resolver to
 * merge); a draft claim without a subject (a duration of "the talks") matches on kind and
 * attribute. With {@code since}, only articles published on or after that day count (articles
 * with no date are left out).
 */
public final class Archive implements Checker.ArchiveLookup, Closeable {
  /** An archive article a draft story was compared with; {@code score} is 0 for same-story articles. */
  public record Related(String id, String path, String source, LocalDate published, String story, float score) {}

  /**
   * What one draft story was compared with.
   *
   * @param how "story" (the same story) or "similarity" (the most similar articles)
   * @param articles the archive articles in scope
   * @param claims the archive claims fetched about the draft's subjects
   * @param truncated true when more claims matched than one lookup returns ({@link #MAX_CLAIMS})
   */
  public record Comparison(String story, String how, List<Related> articles, int claims, boolean truncated) {
    public Comparison {
      articles = List.copyOf(articles);
    }
  }

  static {
    LuceneLogs.quiet();
  }

  /** The most claims one draft story fetches. */
  public static final int MAX_CLAIMS = 20_000;
  /** The most same-story articles listed in a {@link Comparison}. */
  static final int MAX_LISTED = 200;
  /**
   * A similar article is related when it scores at least this many times the noise floor: the
   * score of the {@link #CANDIDATES}-times-{@code related}-th best match.
   */
  static final float NOISE_FACTOR = 2f;
  /** Similar articles are looked for first among those published this many days around the drafts. */
  static final int NEAR_DAYS = 7;
  /** Near the drafts' dates, an article counts when it scores at least this share of the best one. */
  static final float NEAR_SHARE = 0.6f;
  static final int CANDIDATES = 5;
  /** Criteria per query (each is a few clauses; Lucene allows 1024 clauses in all). */
  private static final int CRITERIA_PER_QUERY = 150;
  private static final Set<String> CLAIM_FIELD = Set.of(IndexFields.CLAIM);
  private static final Set<String> STORY_FIELD = Set.of(IndexFields.STORY);

  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final Archived archived;
  private final Analyzer analyzer = new EnglishAnalyzer();
  private final LocalDate since;
  private final int related;
  private final List<Comparison> comparisons = Collections.synchronizedList(new ArrayList<>());
  private final int articles;

  private Archive(Directory directory, DirectoryReader reader, LocalDate since, int related) throws IOException {
    this.directory = directory;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    this.archived = new Archived(reader);
    this.since = since;
    this.related = related;
    this.articles = searcher.count(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_ARTICLE)));
  }

  /**
   * Opens the archive at {@code dir} (its last commit).
   *
   * @param since the first publication day to compare with, or null for all
   * @param related how many similar articles a draft without a known story is compared with
   */
  public static Archive open(Path dir, LocalDate since, int related) throws IOException {
    if (related < 1) {
      throw new IllegalArgumentException("related must be at least 1");
    }
    if (!Files.isDirectory(dir)) {
      throw new IOException(dir + ": no such index folder (build one with 'crosscheck index PATH... --index " + dir + "')");
    }
    Directory d = FSDirectory.open(dir);
    try {
      if (!DirectoryReader.indexExists(d)) {
        throw new IOException(dir + ": no crosscheck index here (build one with 'crosscheck index PATH... --index " + dir + "')");
      }
      DirectoryReader r = DirectoryReader.open(d);
      try {
        checkSchema(r, dir);
        return new Archive(d, r, since, related);
      } catch (IOException | RuntimeException e) {
        r.close();
        throw e;
      }
    } catch (IOException | RuntimeException e) {
      d.close();
      throw e;
    }
  }

  static void checkSchema(DirectoryReader r, Path dir) throws IOException {
    Map<String, String> data = r.getIndexCommit().getUserData();
    String schema = data.get(IndexFields.SCHEMA_KEY);
    if (!IndexFields.SCHEMA.equals(schema)) {
      throw new IOException(dir + ": " + (schema == null ? "not a crosscheck index" : "an index of schema " + schema)
          + " (this crosscheck reads " + IndexFields.SCHEMA + "; rebuild it with 'crosscheck index ... --rebuild')");
    }
  }

  /** Archived articles. */
  public int articleCount() {
    return articles;
  }

  /** Archived claims. */
  public int claimCount() throws IOException {
    return searcher.count(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_CLAIM)));
  }

  /** What each draft story was compared with, in the order the lookups ran. */
  public List<Comparison> comparisons() {
    synchronized (comparisons) {
      return List.copyOf(comparisons);
    }
  }

  @Override
  public Checker.ArchiveClaims fetch(String story, List<Article> drafts, List<Claim> draftClaims) {
    try {
      return lookup(story, drafts, draftClaims);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Checker.ArchiveClaims lookup(String story, List<Article> drafts, List<Claim> draftClaims) throws IOException {
    List<BytesRef> draftIds = drafts.stream().map(a -> new BytesRef(a.id())).toList();
    Query notDrafts = new TermInSetQuery(IndexFields.ARTICLE, draftIds);
    Query window = since == null ? null : LongPoint.newRangeQuery(IndexFields.PUBLISHED, since.toEpochDay(), Long.MAX_VALUE);

    String how;
    List<Related> scopeArticles;
    Query scope;
    BooleanQuery.Builder sameStory = articles(window, notDrafts);
    sameStory.add(new TermQuery(new Term(IndexFields.STORY, story)), Occur.FILTER);
    if (!story.equals(Article.DEFAULT_STORY) && searcher.count(sameStory.build()) > 0) {
      how = "story";
      scope = new TermQuery(new Term(IndexFields.STORY, story));
      scopeArticles = new ArrayList<>();
      for (ScoreDoc sd : searcher.search(sameStory.build(), MAX_LISTED).scoreDocs) {
        scopeArticles.add(related(sd.doc, 0f));
      }
      scopeArticles.sort(Comparator.comparing(Related::id));
    } else {
      how = "similarity";
      scopeArticles = similar(drafts, window, notDrafts);
      scope = new TermInSetQuery(IndexFields.ARTICLE, scopeArticles.stream().map(r -> new BytesRef(r.id())).toList());
    }
    if (scopeArticles.isEmpty() || draftClaims.isEmpty()) {
      comparisons.add(new Comparison(story, how, scopeArticles, 0, false));
      return Checker.ArchiveClaims.NONE;
    }

    Set<List<String>> criteria = new LinkedHashSet<>();
    for (Claim c : draftClaims) {
      String subject = c.subject().isBlank() ? "" : IndexFields.lower(c.subject());
      criteria.add(List.of(c.kind().id(), c.attribute(), subject, IndexFields.surname(c.subject())));
    }
    List<List<String>> all = new ArrayList<>(criteria);
    TreeSet<Integer> docs = new TreeSet<>();
    boolean truncated = false;
    for (int from = 0; from < all.size() && !truncated; from += CRITERIA_PER_QUERY) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      for (List<String> k : all.subList(from, Math.min(all.size(), from + CRITERIA_PER_QUERY))) {
        any.add(criterion(k), Occur.SHOULD);
      }
      BooleanQuery.Builder q = new BooleanQuery.Builder()
          .add(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_CLAIM)), Occur.FILTER)
          .add(scope, Occur.FILTER)
          .add(notDrafts, Occur.MUST_NOT)
          .add(any.build(), Occur.FILTER);
      if (window != null) {
        q.add(window, Occur.FILTER);
      }
      List<Integer> hits = searcher.search(q.build(), new DocIds(MAX_CLAIMS - docs.size()));
      docs.addAll(hits);
      truncated = docs.size() >= MAX_CLAIMS;
    }

    List<Claim> claims = new ArrayList<>(docs.size());
    var stored = searcher.storedFields();
    for (int doc : docs) {
      Claim c = ClaimCodec.decode(stored.document(doc, CLAIM_FIELD).get(IndexFields.CLAIM));
      // event ids belong to the archived story; the joint resolution links events anew
      claims.add(c.withEvent(c.event().withId(null)));
    }
    claims.sort(Comparator.comparing(Claim::article).thenComparingInt(Claim::start).thenComparing(Claim::id));
    TreeSet<String> ids = new TreeSet<>();
    claims.forEach(c -> ids.add(c.article()));
    List<Article> articles = new ArrayList<>(ids.size());
    for (String id : ids) {
      Article a = article(id);
      if (a != null) {
        articles.add(a);
      }
    }
    comparisons.add(new Comparison(story, how, scopeArticles, claims.size(), truncated));
    return new Checker.ArchiveClaims(articles, claims);
  }

  /** Kind, attribute, and (when the draft claim has one) the subject by name or surname. */
  private static Query criterion(List<String> k) {
    BooleanQuery.Builder b = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(IndexFields.KIND, k.get(0))), Occur.FILTER)
        .add(new TermQuery(new Term(IndexFields.ATTRIBUTE, k.get(1))), Occur.FILTER);
    if (!k.get(2).isEmpty()) {
      BooleanQuery.Builder who = new BooleanQuery.Builder()
          .add(new TermQuery(new Term(IndexFields.SUBJECT_LC, k.get(2))), Occur.SHOULD);
      if (!k.get(3).isEmpty()) {
        who.add(new TermQuery(new Term(IndexFields.SURNAME, k.get(3))), Occur.SHOULD);
      }
      b.add(who.build(), Occur.FILTER);
    }
    return b.build();
  }

  private BooleanQuery.Builder articles(Query window, Query notDrafts) {
    BooleanQuery.Builder b = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_ARTICLE)), Occur.FILTER)
        .add(notDrafts, Occur.MUST_NOT);
    if (window != null) {
      b.add(window, Occur.FILTER);
    }
    return b;
  }

  /**
   * The archive articles most like the drafts' titles and leads (MoreLikeThis terms, BM25).
   *
   * <p>Across the whole archive, an article counts when it scores at least {@link #NOISE_FACTOR}
   * times the noise floor (the {@link #CANDIDATES} x {@code related}-th best score). But an
   * archive of years holds many stories told in the same words, and then the right one does not
   * stand out; coverage of one event clusters in time, though. So when every draft has a
   * publication date, the articles published within {@link #NEAR_DAYS} days of them are looked
   * at first: there the best match counts when it scores at least the noise floor of the whole
   * archive, and the draft is compared with its story's articles among the candidates (other
   * stories of the same week are left out: the draft's own story's articles score alike, but some
   * other story's best article can score as high as its weakest). In an archive without stories,
   * the articles near the drafts' dates count that score at least {@link #NEAR_SHARE} of the best
   * one. When none counts, the whole archive is searched as above.
   */
  List<Related> similar(List<Article> drafts, Query window, Query notDrafts) throws IOException {
    StringBuilder text = new StringBuilder();
    LocalDate first = null;
    LocalDate last = null;
    for (Article a : drafts) {
      text.append(IndexFields.lead(a)).append('\n');
      if (a.published() != null) {
        first = first == null || a.published().isBefore(first) ? a.published() : first;
        last = last == null || a.published().isAfter(last) ? a.published() : last;
      }
    }
    MoreLikeThis mlt = new MoreLikeThis(reader);
    mlt.setAnalyzer(analyzer);
    mlt.setFieldNames(new String[] {IndexFields.LEAD});
    mlt.setMinTermFreq(1);
    mlt.setMinDocFreq(1);
    mlt.setMaxQueryTerms(30);
    mlt.setMaxDocFreq(Math.max(2, articles / 5));
    Query like = mlt.like(IndexFields.LEAD, new StringReader(text.toString()));
    int pool = CANDIDATES * related;
    BooleanQuery.Builder q = articles(window, notDrafts).add(like, Occur.MUST);
    ScoreDoc[] hits = searcher.search(q.build(), pool).scoreDocs;
    // with fewer candidates than the pool, the archive is too small to tell noise: all top ones count
    float noise = hits.length < pool ? 0f : hits[pool - 1].score;
    if (first != null && drafts.stream().allMatch(a -> a.published() != null)) {
      q.add(LongPoint.newRangeQuery(IndexFields.PUBLISHED, first.minusDays(NEAR_DAYS).toEpochDay(),
          last.plusDays(NEAR_DAYS).toEpochDay()), Occur.FILTER);
      List<Related> near = near(searcher.search(q.build(), pool).scoreDocs, noise);
      if (!near.isEmpty()) {
        return near;
      }
    }
    return above(hits, noise * NOISE_FACTOR);
  }

  /**
   * Which of the candidates near the drafts' dates count (see {@link #similar}): none unless the
   * best clears the noise floor; then its story's articles among the candidates, however they
   * score, or, when it has no story, those scoring at least {@link #NEAR_SHARE} of it.
   */
  private List<Related> near(ScoreDoc[] close, float noise) throws IOException {
    if (close.length == 0 || close[0].score < noise) {
      return List.of();
    }
    String story = searcher.storedFields().document(close[0].doc, STORY_FIELD).get(IndexFields.STORY);
    if (Article.DEFAULT_STORY.equals(story)) {
      return above(close, Math.max(noise, close[0].score * NEAR_SHARE));
    }
    List<Related> out = new ArrayList<>();
    for (int i = 0; i < close.length && out.size() < related; i++) {
      if (story.equals(searcher.storedFields().document(close[i].doc, STORY_FIELD).get(IndexFields.STORY))) {
        out.add(related(close[i].doc, close[i].score));
      }
    }
    return out;
  }

  /** The first {@code related} hits scoring at least {@code floor}. */
  private List<Related> above(ScoreDoc[] hits, float floor) throws IOException {
    List<Related> out = new ArrayList<>();
    for (int i = 0; i < Math.min(related, hits.length); i++) {
      if (hits[i].score >= floor) {
        out.add(related(hits[i].doc, hits[i].score));
      }
    }
    return out;
  }

  private Related related(int doc, float score) throws IOException {
    Document d = searcher.storedFields().document(doc);
    return new Related(d.get(IndexFields.ARTICLE), d.get(IndexFields.PATH), d.get(IndexFields.SOURCE), published(d),
        d.get(IndexFields.STORY), score);
  }

  /** The archived article rebuilt for re-resolution, or null when it is not archived. */
  Article article(String id) throws IOException {
    int doc = archived.articleDoc(id);
    if (doc < 0) {
      return null;
    }
    Document d = searcher.storedFields().document(doc);
    String text = d.get(IndexFields.TEXT);
    return new Article(id, d.get(IndexFields.PATH), d.get(IndexFields.SOURCE), published(d), d.get(IndexFields.STORY),
        d.get(IndexFields.TITLE), d.get(IndexFields.URL), text, SourceMap.identity(text), List.of());
  }

  private static LocalDate published(Document d) {
    var f = d.getField(IndexFields.PUBLISHED);
    return f == null ? null : LocalDate.ofEpochDay(f.numericValue().longValue());
  }

  @Override
  public void close() throws IOException {
    try {
      reader.close();
    } finally {
      directory.close();
    }
  }

  /** Collects matching doc ids (no scores) up to a limit. */
  private static final class DocIds implements CollectorManager<DocIds.Ids, List<Integer>> {
    private final int limit;

    DocIds(int limit) {
      this.limit = Math.max(0, limit);
    }

    @Override
    public Ids newCollector() {
      return new Ids(limit);
    }

    @Override
    public List<Integer> reduce(java.util.Collection<Ids> collectors) {
      List<Integer> out = new ArrayList<>();
      for (Ids c : collectors) {
        out.addAll(c.docs);
      }
      return out;
    }

    static final class Ids implements Collector {
      final List<Integer> docs = new ArrayList<>();
      final int limit;

      Ids(int limit) {
        this.limit = limit;
      }

      @Override
      public LeafCollector getLeafCollector(LeafReaderContext ctx) {
        if (docs.size() >= limit) {
          throw new CollectionTerminatedException();
        }
        int base = ctx.docBase;
        return new LeafCollector() {
          @Override
          public void setScorer(Scorable scorer) {}

          @Override
          public void collect(int doc) {
            if (docs.size() >= limit) {
              throw new CollectionTerminatedException();
            }
            docs.add(base + doc);
          }
        };
      }

      @Override
      public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
      }
    }
  }
}
