package io.crosscheck.bench;

import io.crosscheck.check.Checker;
import io.crosscheck.extract.Extraction;
import io.crosscheck.index.Archive;
import io.crosscheck.index.Indexer;
import io.crosscheck.load.Article;
import io.crosscheck.load.LoadResult;
import io.crosscheck.report.Finding;
import io.crosscheck.report.Report;
import io.crosscheck.resolve.Resolver;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * {@code crosscheck bench}: generates corpora of the given sizes and measures, on each thread
 * count, a StandardAnalyzer tokenization-only pass (the floor), the streamed check ({@link
 * Checker#checkStories}), and indexing; then draft-against-archive latency on the largest index,
 * warm in process and cold in a new JVM; and the planted contradictions found. Prints a plain
 * table. Every pass streams the corpus story by story, so heap stays flat as the corpus grows.
 */
public final class Bench {
  /**
   * @param sizes corpus sizes in articles
   * @param threads thread counts
   * @param out where corpora, answer files and indexes go (kept)
   * @param drafts timed draft checks against the largest index
   * @param cold whether to time a cold command-line check in a new JVM
   */
  public record Options(List<Integer> sizes, List<Integer> threads, Path out, long seed, int drafts, boolean cold) {
    public Options {
      sizes = List.copyOf(sizes);
      threads = List.copyOf(threads);
    }
  }

  /** Makes a checker with the run's rules on a number of threads. */
  @FunctionalInterface
  public interface Checkers {
    Checker create(int threads);
  }

  /** What a run measured: the table's rows, the score per corpus size, and the drafts' planted conflicts found. */
  public record Result(List<Row> rows, Map<Integer, Answers.Score> quality, int draftsPlanted, int draftsFound) {}

  /** One row of the table: seconds per pass, peak heap in bytes, findings of the check pass. */
  public record Row(int articles, int threads, long textBytes, double tokenizeSec, double extractSec,
      double resolveSec, double checkSec, double indexSec, long peakHeap, int findings) {}

  private static final int WARM_UP = 50;
  private static final int WARM_UP_ROUNDS = 3;

  private final Options options;
  private final Checkers checkers;
  private final Extraction extraction;
  private final Resolver resolver;
  private final PrintWriter out;

  public Bench(Options options, Checkers checkers, Extraction extraction, Resolver resolver, PrintWriter out) {
    this.options = options;
    this.checkers = checkers;
    this.extraction = extraction;
    this.resolver = resolver;
    this.out = out;
  }

  public Result run() throws IOException {
    Files.createDirectories(options.out());
    CorpusGenerator gen = new CorpusGenerator(options.seed());
    Runtime rt = Runtime.getRuntime();
    String gc = String.join(" + ", java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
        .map(java.lang.management.GarbageCollectorMXBean::getName).toList());
    out.printf(Locale.ROOT, "crosscheck bench: seed %d, %d cores, Java %s, max heap %d MB, collectors %s, files in %s%n",
        options.seed(), rt.availableProcessors(), Runtime.version(), rt.maxMemory() >> 20, gc, options.out());
    List<Row> rows = new ArrayList<>();
    List<String> quality = new ArrayList<>();
    Map<Integer, Answers.Score> scores = new java.util.TreeMap<>();
    Path lastIndex = null;
    int lastSize = 0;
    List<Integer> sizes = options.sizes().stream().sorted().toList();
    warmUp(gen, Math.min(sizes.get(0), 600));
    for (int n : sizes) {
      Path corpus = options.out().resolve("corpus-" + n + ".jsonl");
      Path answers = options.out().resolve("answers-" + n + ".jsonl");
      long g0 = System.nanoTime();
      CorpusGenerator.Summary s = gen.write(corpus, answers, n);
      double genSec = seconds(g0);
      out.printf(Locale.ROOT, "corpus %s: %,d articles in %,d stories, %.1f MB of text (%.1f MB file, written in %.1f s); "
          + "planted %,d contradictions and %,d traps (%s)%n", corpus.getFileName(), s.articles(), s.stories(),
          mb(s.textBytes()), mb(s.fileBytes()), genSec, s.contradictions(), s.traps(), answers.getFileName());
      out.flush();
      Map<String, CorpusGenerator.StoryAnswer> expected = Answers.read(answers);
      for (int t : options.threads()) {
        double tok = tokenize(corpus, t);
        double ext = extract(corpus, t, false);
        double res = Math.max(0, extract(corpus, t, true) - ext);
        resetPeaks();
        Answers.Score score = new Answers.Score();
        double check = check(corpus, t, expected, score);
        long peak = peakHeap();
        Path index = options.out().resolve("index-" + n + "-t" + t);
        deleteTree(index);
        resetPeaks();
        double idx = index(corpus, index, t);
        peak = Math.max(peak, peakHeap());
        rows.add(new Row(n, t, s.textBytes(), tok, ext, res, check, idx, peak, score.findings()));
        if (t == options.threads().get(0)) {
          quality.add(quality(n, score));
          scores.put(n, score);
        }
        if (lastIndex != null && !lastIndex.equals(index)) {
          deleteTree(lastIndex); // (a size given twice writes the same index again)
        }
        lastIndex = index;
        lastSize = n;
        progress(rows.get(rows.size() - 1));
      }
    }
    out.println();
    table(rows);
    out.println();
    quality.forEach(out::println);
    int[] drafts = {0, 0};
    if (lastIndex != null) {
      out.println();
      drafts = latency(gen, lastIndex, lastSize);
    }
    out.flush();
    return new Result(rows, scores, drafts[0], drafts[1]);
  }

  // ---- passes ------------------------------------------------------------------------------

  /** Untimed rounds of every pass on a small corpus, so that the timed ones run compiled code. */
  private void warmUp(CorpusGenerator gen, int n) throws IOException {
    Path corpus = options.out().resolve("warm-up.jsonl");
    Path answers = options.out().resolve("warm-up-answers.jsonl");
    Path index = options.out().resolve("warm-up-index");
    gen.write(corpus, answers, n);
    int t = options.threads().stream().max(Integer::compare).orElse(1);
    for (int round = 0; round < WARM_UP_ROUNDS; round++) {
      tokenize(corpus, t);
      extract(corpus, t, true);
      check(corpus, t, Map.of(), new Answers.Score());
      index(corpus, index, t);
      deleteTree(index);
    }
    Files.delete(corpus);
    Files.delete(answers);
  }

  /** Reads the corpus and runs StandardAnalyzer over every text: the floor. */
  double tokenize(Path corpus, int threads) throws IOException {
    Analyzer analyzer = new StandardAnalyzer();
    AtomicLong tokens = new AtomicLong();
    long t0 = System.nanoTime();
    try (CorpusReader r = CorpusReader.open(corpus)) {
      parallel(r, threads, story -> {
        long n = 0;
        for (Article a : story) {
          try (TokenStream ts = analyzer.tokenStream("text", a.text())) {
            ts.reset();
            while (ts.incrementToken()) {
              n++;
            }
            ts.end();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
        tokens.addAndGet(n);
      });
    }
    double sec = seconds(t0);
    analyzer.close();
    if (tokens.get() == 0) {
      throw new IllegalStateException("no tokens in " + corpus);
    }
    return sec;
  }

  /**
   * Reads the corpus and extracts every article's claims (and, with {@code resolve}, resolves
   * each story): the cost of extraction alone, and of resolution by difference.
   */
  double extract(Path corpus, int threads, boolean resolve) throws IOException {
    AtomicLong claims = new AtomicLong();
    long t0 = System.nanoTime();
    try (CorpusReader r = CorpusReader.open(corpus)) {
      parallel(r, threads, story -> {
        List<io.crosscheck.extract.Claim> cs = new ArrayList<>();
        int n = 0;
        for (Article a : story) {
          for (io.crosscheck.extract.Claim c : extraction.extract(a)) {
            cs.add(c.withId("c" + (++n)));
          }
        }
        if (resolve && !story.isEmpty()) {
          resolver.resolve(story.get(0).story(), story, cs);
        }
        claims.addAndGet(cs.size());
      });
    }
    return seconds(t0);
  }

  /** Reads the corpus and checks it story by story (extraction, resolution, rules). */
  double check(Path corpus, int threads, Map<String, CorpusGenerator.StoryAnswer> expected, Answers.Score score)
      throws IOException {
    Checker checker = checkers.create(threads);
    long t0 = System.nanoTime();
    try (CorpusReader r = CorpusReader.open(corpus)) {
      checker.checkStories(r, story -> score.add(expected.get(story.story()), story.findings()));
    }
    return seconds(t0);
  }

  /** Reads the corpus and writes a fresh index of it. */
  double index(Path corpus, Path dir, int threads) throws IOException {
    long t0 = System.nanoTime();
    try (CorpusReader r = CorpusReader.open(corpus)) {
      Indexer.Stats s = new Indexer(extraction, resolver, threads).update(dir, r, false, true);
      if (s.written() == 0) {
        throw new IllegalStateException("nothing indexed from " + corpus);
      }
    }
    return seconds(t0);
  }

  /** Draft-against-archive latency: warm in process, then cold in a new JVM; returns planted and found. */
  int[] latency(CorpusGenerator gen, Path index, int size) throws IOException {
    int[] sizes = gen.storySizes(size);
    SplittableRandom rng = new SplittableRandom(options.seed() ^ 0xD2AF7L);
    Checker checker = checkers.create(1);
    List<Long> story = new ArrayList<>();
    List<Long> similar = new ArrayList<>();
    int planted = 0;
    int found = 0;
    try (Archive archive = Archive.open(index, null, 10)) {
      for (int i = 0; i < WARM_UP + options.drafts(); i++) {
        int s = rng.nextInt(sizes.length);
        boolean withStory = i % 2 == 0;
        CorpusGenerator.Draft d = gen.draft(s, sizes[s], withStory);
        LoadResult draft = new LoadResult(List.of(d.item().toArticle("draft.jsonl")), List.of(), List.of());
        long t0 = System.nanoTime();
        Report r = checker.checkDrafts(draft, archive, Set.of());
        long ns = System.nanoTime() - t0;
        if (i < WARM_UP) {
          continue;
        }
        (withStory ? story : similar).add(ns);
        if (d.planted() != null) {
          planted++;
          for (Finding f : r.findings()) {
            if (Answers.Score.matches(d.planted(), f)) {
              found++;
              break;
            }
          }
        }
      }
    }
    List<Long> all = new ArrayList<>(story);
    all.addAll(similar);
    out.printf(Locale.ROOT, "draft vs archive (%,d-article index, warm, in process, 1 thread, %d drafts): "
        + "p50 %.1f ms, p99 %.1f ms; same story p50 %.1f / p99 %.1f ms; by similarity p50 %.1f / p99 %.1f ms; "
        + "planted title conflicts found %d/%d%n", size, all.size(), ms(pct(all, 50)), ms(pct(all, 99)),
        ms(pct(story, 50)), ms(pct(story, 99)), ms(pct(similar, 50)), ms(pct(similar, 99)), found, planted);
    out.flush();
    int s = sizes.length / 2;
    CorpusGenerator.Draft d = gen.draft(s, sizes[s], false);
    Path draftFile = options.out().resolve("draft.txt");
    Files.writeString(draftFile, d.item().title() + "\n\n" + d.item().text(), StandardCharsets.UTF_8);
    String cmd = "/usr/bin/time -v ./crosscheck check " + draftFile + " --against " + index;
    int[] counts = {planted, found};
    if (!options.cold()) {
      out.printf("cold CLI: not measured (measure it with: %s)%n", cmd);
      return counts;
    }
    List<Long> runs = new ArrayList<>();
    String failure = null;
    for (int i = 0; i < 3 && failure == null; i++) {
      long t0 = System.nanoTime();
      failure = runCold(draftFile, index);
      runs.add(System.nanoTime() - t0);
    }
    if (failure != null) {
      out.printf("cold CLI: failed (%s); measure it with: %s%n", failure, cmd);
    } else {
      runs.sort(Comparator.naturalOrder());
      out.printf(Locale.ROOT, "cold CLI (new JVM, -XX:+UseSerialGC -XX:TieredStopAtLevel=1 as ./crosscheck runs it, "
          + "check draft.txt --against the index): median of 3 runs %.2f s (runs: %s); measure it yourself with: %s%n",
          runs.get(1) / 1e9, String.join(", ", runs.stream().map(x -> String.format(Locale.ROOT, "%.2f s", x / 1e9)).toList()),
          cmd);
    }
    return counts;
  }

  /** Runs {@code check DRAFT --against INDEX} in a new JVM; null when it worked, else why not. */
  private static String runCold(Path draft, Path index) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = List.of(java, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
        "--enable-native-access=ALL-UNNAMED",
        "-cp", System.getProperty("java.class.path"), "io.crosscheck.cli.Main", "check", draft.toString(),
        "--against", index.toString(), "--fail-on", "none", "-f", "json");
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    byte[] output = p.getInputStream().readAllBytes();
    try {
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return "timed out";
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      p.destroyForcibly();
      return "interrupted";
    }
    if (p.exitValue() != 0) {
      String text = new String(output, StandardCharsets.UTF_8).strip();
      return "exit " + p.exitValue() + ": " + text.lines().reduce((a, b) -> b).orElse("");
    }
    return null;
  }

  // ---- output ------------------------------------------------------------------------------

  private void table(List<Row> rows) {
    String h = String.format(Locale.ROOT,
        "%9s %7s %7s | %8s %8s | %8s %8s %6s | %9s | %8s %7s %7s %7s | %8s %7s | %9s",
        "articles", "threads", "text MB", "tokenize", "tok MB/s", "extract", "ext MB/s", "ratio", "resolve", "check s",
        "art/s", "MB/s", "ratio", "index s", "MB/s", "peak heap");
    out.println(h);
    out.println("-".repeat(h.length()));
    for (Row r : rows) {
      double text = mb(r.textBytes());
      out.printf(Locale.ROOT,
          "%,9d %7d %7.1f | %7.2fs %8.1f | %7.2fs %8.1f %5.1f%% | %8.2fs | %8.2f %,7.0f %7.1f %6.1f%% | %8.2f %7.1f | %6d MB%n",
          r.articles(), r.threads(), text, r.tokenizeSec(), text / r.tokenizeSec(), r.extractSec(),
          text / r.extractSec(), 100 * r.tokenizeSec() / r.extractSec(), r.resolveSec(), r.checkSec(),
          r.articles() / r.checkSec(), text / r.checkSec(), 100 * r.tokenizeSec() / r.checkSec(), r.indexSec(),
          text / r.indexSec(), r.peakHeap() >> 20);
    }
    out.println("ratio: throughput / tokenization-only throughput at the same thread count (check target >= 20%).");
    out.println("resolve: time to resolve every story, beyond extraction (extract+resolve minus extract).");
    out.println("peak heap: sum of the heap pools' peak use in the check and index passes (an upper bound).");
  }

  private void progress(Row r) {
    out.printf(Locale.ROOT,
        "  %,d articles on %d thread%s: tokenize %.2f s, extract %.2f s, resolve %.2f s, check %.2f s, index %.2f s%n",
        r.articles(), r.threads(), r.threads() == 1 ? "" : "s", r.tokenizeSec(), r.extractSec(), r.resolveSec(),
        r.checkSec(), r.indexSec());
    out.flush();
  }

  private static String quality(int n, Answers.Score s) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "quality at %,d articles: planted contradictions found %d/%d (recall %.1f%%",
        n, s.found(), s.planted(), 100 * s.recall()));
    s.foundByType().entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> sb.append("; ").append(e.getKey()).append(' ').append(e.getValue()[0]).append('/').append(e.getValue()[1]));
    sb.append(String.format(Locale.ROOT, "); traps flagged %d/%d (false alarms %d); other findings %d (of %d)",
        s.trapsFlagged(), s.traps(), s.falseAlarms(), s.otherFindings(), s.findings()));
    return sb.toString();
  }

  // ---- helpers -----------------------------------------------------------------------------

  /** Runs {@code work} on every story of {@code stories} on {@code threads} threads. */
  static void parallel(Iterator<List<Article>> stories, int threads, java.util.function.Consumer<List<Article>> work) {
    io.crosscheck.check.Workers.rethrow(
        io.crosscheck.check.Workers.forEach(stories, threads, "crosscheck-bench", work::accept));
  }


  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP && p.isValid()) {
        p.resetPeakUsage();
      }
    }
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP && p.isValid() && p.getPeakUsage() != null) {
        sum += p.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static long pct(List<Long> xs, int p) {
    if (xs.isEmpty()) {
      return 0;
    }
    long[] a = xs.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(a);
    int i = (int) Math.ceil(p / 100.0 * a.length) - 1;
    return a[Math.max(0, Math.min(a.length - 1, i))];
  }

  private static double ms(long ns) {
    return ns / 1e6;
  }

  private static double mb(long bytes) {
    return bytes / 1e6;
  }

  private static double seconds(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }
}
