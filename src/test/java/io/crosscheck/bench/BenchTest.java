package io.crosscheck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.check.Checker;
import io.crosscheck.check.Config;
import io.crosscheck.extract.Extraction;
import io.crosscheck.index.TitleReading;
import io.crosscheck.resolve.Lexicon;
import io.crosscheck.resolve.Resolver;
import io.crosscheck.rules.RuleEngine;
import io.crosscheck.rules.RuleSet;
import io.crosscheck.rules.Settings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bench's plumbing on a small corpus (its figures are not asserted: this is not a timed test).
 * With a title extractor that reads the generated titles, every planted rank conflict must be
 * found, in the corpus and in the drafts checked against the index, and no trap flagged.
 */
class BenchTest {
  @TempDir Path tmp;

  /** A bench whose extraction reads the generated titles (see the class comment). */
  private static Bench bench(Bench.Options options, PrintWriter out) throws Exception {
    RuleSet rules = RuleSet.load(List.of(Path.of("rules")));
    Extraction extraction = TitleReading.extraction();
    Resolver resolver = new Resolver(Lexicon.standard());
    Bench.Checkers checkers = t -> new Checker(extraction, resolver,
        new RuleEngine(rules, Settings.DEFAULT, Set.of(), 30_000), Config.DEFAULT, t);
    return new Bench(options, checkers, extraction, resolver, out);
  }

  @Test
  void theBenchFindsThePlantedTitleConflictsAndPrintsItsTable() throws Exception {
    StringWriter sw = new StringWriter();
    Bench.Options options = new Bench.Options(List.of(150, 60), List.of(1, 2), tmp, 42, 12, false);
    Bench.Result result = bench(options, new PrintWriter(sw)).run();
    String out = sw.toString();

    assertThat(result.rows()).extracting(Bench.Row::articles, Bench.Row::threads)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(60, 1), org.assertj.core.groups.Tuple.tuple(60, 2),
            org.assertj.core.groups.Tuple.tuple(150, 1), org.assertj.core.groups.Tuple.tuple(150, 2));
    assertThat(result.rows()).allSatisfy(r -> {
      assertThat(r.tokenizeSec()).isPositive();
      assertThat(r.checkSec()).isPositive();
      assertThat(r.indexSec()).isPositive();
      assertThat(r.peakHeap()).isPositive();
    });
    // both thread counts find the same
    assertThat(result.rows().get(0).findings()).isEqualTo(result.rows().get(1).findings()).isPositive();

    Answers.Score score = result.quality().get(150);
    int[] titles = score.foundByType().get("title-rank");
    assertThat(titles[1]).isPositive();
    assertThat(titles[0]).as("planted title conflicts found").isEqualTo(titles[1]);
    assertThat(score.trapsFlagged()).isZero();
    assertThat(score.otherFindings()).isZero();
    assertThat(result.draftsPlanted()).isPositive();
    assertThat(result.draftsFound()).isEqualTo(result.draftsPlanted());

    assertThat(out).contains("articles threads text MB | tokenize tok MB/s |  extract ext MB/s  ratio |   resolve |  check s")
        .contains("quality at 150 articles: planted contradictions found")
        .contains("draft vs archive (150-article index, warm, in process, 1 thread, 12 drafts): p50")
        .contains("cold CLI: not measured (measure it with: /usr/bin/time -v ./crosscheck check");
    assertThat(tmp.resolve("corpus-150.jsonl")).exists();
    assertThat(tmp.resolve("answers-150.jsonl")).exists();
    assertThat(tmp.resolve("index-150-t2")).isDirectory();
    assertThat(tmp.resolve("index-60-t2")).doesNotExist();
  }

  @Test
  void aSizeGivenTwiceIsMeasuredTwiceAndKeepsItsIndexForTheDrafts() throws Exception {
    Bench.Options options = new Bench.Options(List.of(60, 60), List.of(1), tmp, 42, 4, false);
    Bench.Result result = bench(options, new PrintWriter(new StringWriter())).run();

    assertThat(result.rows()).extracting(Bench.Row::articles).containsExactly(60, 60);
    assertThat(tmp.resolve("index-60-t1")).isDirectory();
    assertThat(result.draftsFound()).isEqualTo(result.draftsPlanted()).isPositive();
  }
}
