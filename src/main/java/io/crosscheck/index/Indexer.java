package io.crosscheck.index;

import io.crosscheck.extract.Claim;
import io.crosscheck.extract.Extraction;
import io.crosscheck.load.Article;
import io.crosscheck.report.Version;
import io.crosscheck.resolve.Resolver;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Writes articles and their claims into the archive index, incrementally, as one Lucene commit
 * per run. See the package documentation for the layout.
 *
 * <p>Stories are the unit of work: the articles of one story are extracted and resolved together
 * (so subjects get the same canonical names), but only new or changed articles are written; a
 * story whose articles are all unchanged is not extracted at all. Up to {@code threads} stories
 * are processed at once; memory holds a few stories plus the writer's buffer, whatever the
 * corpus size.
 */
public final class Indexer {
  /** What a run did. {@code chars} counts the text of the articles written. */
  public record Stats(int added, int replaced, int unchanged, int pruned, long claims, long chars) {
    public int written() {
      return added + replaced;
    }
  }

  /**
   * Called after each story's documents were handed to the writer and before the commit (the
   * tests use it to interrupt a run half-way).
   */
  @FunctionalInterface
  public interface Hook {
    void afterStory(String story, List<Article> written) throws IOException;
  }

  static {
    LuceneLogs.quiet();
  }

  private static final double RAM_BUFFER_MB = 48;

  private final Extraction extraction;
  private final Resolver resolver;
  private final int threads;
  private final Hook hook;

  public Indexer(Extraction extraction, Resolver resolver, int threads) {
    this(extraction, resolver, threads, (s, a) -> {});
  }

  private Indexer(Extraction extraction, Resolver resolver, int threads, Hook hook) {
    this.extraction = extraction;
    this.resolver = resolver;
    this.threads = Math.max(1, threads);
    this.hook = hook;
  }

  public Indexer withHook(Hook h) {
    return new Indexer(extraction, resolver, threads, h);
  }

  /** Articles grouped by story, stories in order of first appearance. */
  public static Iterator<List<Article>> byStory(List<Article> articles) {
    Map<String, List<Article>> stories = new LinkedHashMap<>();
    for (Article a : articles) {
      stories.computeIfAbsent(a.story(), k -> new ArrayList<>()).add(a);
    }
    return stories.values().iterator();
  }

  /**
   * Adds, replaces or keeps each article of the stories, then commits. With {@code prune}, an
   * archived article is dropped when its file no longer exists, or when its file was read in this
   * run and no longer holds it. With {@code rebuild}, the index is written from scratch (the old
   * one stays readable until the commit). When anything fails before the commit, the writer is
   * rolled back: the previous commit stays as it was.
   */
  public Stats update(Path dir, Iterator<List<Article>> stories, boolean prune, boolean rebuild) throws IOException {
    Files.createDirectories(dir);
    try (Directory d = FSDirectory.open(dir);
        DirectoryReader before = !rebuild && DirectoryReader.indexExists(d) ? DirectoryReader.open(d) : null) {
      if (before != null) {
        Archive.checkSchema(before, dir);
      }
      IndexWriterConfig cfg = new IndexWriterConfig(new EnglishAnalyzer())
          .setOpenMode(rebuild ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
          .setRAMBufferSizeMB(RAM_BUFFER_MB)
          .setCommitOnClose(false);
      IndexWriter writer = new IndexWriter(d, cfg);
      try {
        Run run = new Run(writer, before == null ? null : new Archived(before));
        run.all(stories);
        int pruned = prune && before != null ? run.prune(before) : 0;
        Map<String, String> data = new LinkedHashMap<>();
        data.put(IndexFields.SCHEMA_KEY, IndexFields.SCHEMA);
        data.put(IndexFields.VERSION_KEY, Version.get());
        writer.setLiveCommitData(data.entrySet());
        writer.commit();
        writer.close();
        return new Stats(run.added.get(), run.replaced.get(), run.unchanged.get(), pruned, run.claims.get(),
            run.chars.get());
      } catch (IOException | RuntimeException | Error e) {
        writer.rollback();
        throw e;
      }
    }
  }

  /** One run's state, shared by the worker threads. */
  private final class Run {
    final IndexWriter writer;
    final Archived before;
    final AtomicInteger added = new AtomicInteger();
    final AtomicInteger replaced = new AtomicInteger();
    final AtomicInteger unchanged = new AtomicInteger();
    final AtomicLong claims = new AtomicLong();
    final AtomicLong chars = new AtomicLong();
    final Set<String> seenIds = ConcurrentHashMap.newKeySet();
    final Set<String> seenFiles = ConcurrentHashMap.newKeySet();

    Run(IndexWriter writer, Archived before) {
      this.writer = writer;
      this.before = before;
    }

    void all(Iterator<List<Article>> stories) throws IOException {
      Object source = new Object();
      AtomicReference<Throwable> failure = new AtomicReference<>();
      Runnable worker = () -> {
        while (failure.get() == null) {
          List<Article> story;
          synchronized (source) {
            if (!stories.hasNext()) {
              return;
            }
            story = stories.next();
          }
          try {
            story(story);
          } catch (IOException | RuntimeException | Error e) {
            failure.compareAndSet(null, e);
          }
        }
      };
      if (threads == 1) {
        worker.run();
      } else {
        List<Thread> ts = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
          Thread t = new Thread(worker, "crosscheck-index-" + i);
          t.setDaemon(true);
          ts.add(t);
          t.start();
        }
        for (Thread t : ts) {
          try {
            t.join();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure.compareAndSet(null, new IOException("interrupted"));
          }
        }
      }
      Throwable t = failure.get();
      if (t instanceof IOException e) {
        throw e;
      } else if (t instanceof RuntimeException e) {
        throw e;
      } else if (t instanceof Error e) {
        throw e;
      }
    }

    private void story(List<Article> articles) throws IOException {
      if (articles.isEmpty()) {
        return;
      }
      String story = articles.get(0).story();
      Map<String, String> hashes = new HashMap<>();
      List<Article> changed = new ArrayList<>();
      for (Article a : articles) {
        String file = fileOf(a);
        seenIds.add(a.id());
        seenFiles.add(file);
        String h = hash(a, file);
        hashes.put(a.id(), h);
        if (before == null || !h.equals(before.hash(a.id()))) {
          changed.add(a);
        } else {
          unchanged.incrementAndGet();
        }
      }
      if (changed.isEmpty()) {
        return;
      }
      List<Claim> raw = new ArrayList<>();
      int n = 0;
      for (Article a : articles) {
        for (Claim c : extraction.extract(a)) {
          raw.add(c.withId("c" + (++n)));
        }
      }
      Map<String, String> rawSubjects = new HashMap<>();
      raw.forEach(c -> rawSubjects.put(c.id(), c.subject()));
      List<Claim> resolved = resolver.resolve(story, articles, raw).claims();
      Map<String, List<Claim>> byArticle = new HashMap<>();
      for (Claim c : resolved) {
        byArticle.computeIfAbsent(c.article(), k -> new ArrayList<>()).add(c);
      }
      for (Article a : changed) {
        List<Claim> cs = byArticle.getOrDefault(a.id(), List.of());
        List<Document> docs = new ArrayList<>(cs.size() + 1);
        docs.add(articleDoc(a, hashes.get(a.id()), cs.size()));
        for (Claim c : cs) {
          docs.add(claimDoc(a, c, rawSubjects.getOrDefault(c.id(), c.subject())));
        }
        boolean existed = before != null && before.hash(a.id()) != null;
        writer.updateDocuments(new Term(IndexFields.ARTICLE, a.id()), docs);
        (existed ? replaced : added).incrementAndGet();
        claims.addAndGet(cs.size());
        chars.addAndGet(a.text().length());
      }
      hook.afterStory(story, changed);
    }

    /** Deletes archived articles whose file is gone, or was read and no longer holds them. */
    int prune(DirectoryReader reader) throws IOException {
      int n = 0;
      for (Archived.Entry e : new Archived(reader).all()) {
        if (seenIds.contains(e.id())) {
          continue;
        }
        boolean gone;
        try {
          gone = !Files.exists(Path.of(e.file())) || seenFiles.contains(e.file());
        } catch (InvalidPathException ex) {
          gone = true;
        }
        if (gone) {
          writer.deleteDocuments(new Term(IndexFields.ARTICLE, e.id()));
          n++;
        }
      }
      return n;
    }
  }

  private static Document articleDoc(Article a, String hash, int claimCount) {
    Document d = new Document();
    d.add(new StringField(IndexFields.TYPE, IndexFields.TYPE_ARTICLE, Field.Store.NO));
    d.add(new StringField(IndexFields.ARTICLE, a.id(), Field.Store.YES));
    d.add(new StringField(IndexFields.ARTICLE_DOC, a.id(), Field.Store.NO));
    d.add(new StringField(IndexFields.STORY, a.story(), Field.Store.YES));
    if (a.published() != null) {
      long day = a.published().toEpochDay();
      d.add(new LongPoint(IndexFields.PUBLISHED, day));
      d.add(new StoredField(IndexFields.PUBLISHED, day));
    }
    d.add(new StoredField(IndexFields.PATH, a.path()));
    d.add(new StoredField(IndexFields.FILE, fileOf(a)));
    storeIf(d, IndexFields.SOURCE, a.source());
    storeIf(d, IndexFields.TITLE, a.title());
    storeIf(d, IndexFields.URL, a.url());
    d.add(new StoredField(IndexFields.HASH, hash));
    d.add(new StoredField(IndexFields.TEXT, a.text()));
    d.add(new TextField(IndexFields.LEAD, IndexFields.lead(a), Field.Store.NO));
    d.add(new StoredField(IndexFields.CLAIM_COUNT, claimCount));
    return d;
  }

  private static Document claimDoc(Article a, Claim c, String rawSubject) {
    Document d = new Document();
    d.add(new StringField(IndexFields.TYPE, IndexFields.TYPE_CLAIM, Field.Store.NO));
    d.add(new StringField(IndexFields.ARTICLE, a.id(), Field.Store.NO));
    d.add(new StringField(IndexFields.STORY, a.story(), Field.Store.NO));
    if (a.published() != null) {
      d.add(new LongPoint(IndexFields.PUBLISHED, a.published().toEpochDay()));
    }
    d.add(new StringField(IndexFields.KIND, c.kind().id(), Field.Store.YES));
    d.add(new StringField(IndexFields.ATTRIBUTE, c.attribute(), Field.Store.YES));
    d.add(new StringField(IndexFields.SUBJECT, c.subject(), Field.Store.YES));
    Set<String> names = new LinkedHashSet<>();
    names.add(IndexFields.lower(c.subject()));
    names.add(IndexFields.lower(rawSubject));
    for (String s : names) {
      d.add(new StringField(IndexFields.SUBJECT_LC, s, Field.Store.NO));
    }
    Set<String> surnames = new LinkedHashSet<>();
    surnames.add(IndexFields.surname(c.subject()));
    surnames.add(IndexFields.surname(rawSubject));
    surnames.remove("");
    for (String s : surnames) {
      d.add(new StringField(IndexFields.SURNAME, s, Field.Store.NO));
    }
    d.add(new StringField(IndexFields.KEY, c.normalized().key(), Field.Store.YES));
    if (c.event().id() != null) {
      d.add(new StoredField(IndexFields.EVENT, c.event().id()));
    }
    for (Map.Entry<String, Object> e : c.normalized().fields().entrySet()) {
      if (e.getValue() != null) {
        d.add(new StoredField(IndexFields.VALUE_PREFIX + e.getKey(), String.valueOf(e.getValue())));
      }
    }
    d.add(new StoredField(IndexFields.CLAIM, ClaimCodec.encode(c)));
    return d;
  }

  private static void storeIf(Document d, String field, String value) {
    if (value != null) {
      d.add(new StoredField(field, value));
    }
  }

  /** The file an article was read from, absolute: {@code corpus.jsonl} for {@code corpus.jsonl#id}. */
  static String fileOf(Article a) {
    String p = a.path();
    String suffix = "#" + a.id();
    if (p.endsWith(suffix)) {
      p = p.substring(0, p.length() - suffix.length());
    }
    try {
      return Path.of(p).toAbsolutePath().normalize().toString();
    } catch (InvalidPathException e) {
      return p;
    }
  }

  /** What decides whether an archived article is unchanged: its text, metadata, file and the tool. */
  static String hash(Article a, String file) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (String s : new String[] {IndexFields.SCHEMA, Version.get(), a.id(), file, a.source(),
          a.published() == null ? null : a.published().toString(), a.story(), a.title(), a.url(), a.text()}) {
        md.update(s == null ? new byte[] {1} : s.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
