package io.crosscheck.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.bench.CorpusGenerator;
import io.crosscheck.bench.CorpusReader;
import io.crosscheck.check.Checker;
import io.crosscheck.check.Config;
import io.crosscheck.load.Loader;
import io.crosscheck.report.Finding;
import io.crosscheck.report.Report;
import io.crosscheck.resolve.Lexicon;
import io.crosscheck.resolve.Resolver;
import io.crosscheck.rules.RuleEngine;
import io.crosscheck.rules.RuleSet;
import io.crosscheck.rules.Settings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checking a corpus story by story (streamed) finds what checking it whole finds. */
class CorpusStreamingCheckTest {
  @TempDir Path tmp;

  @Test
  void streamedStoriesGiveTheFindingsOfTheWholeCheck() throws Exception {
    RuleSet rules = RuleSet.load(List.of(Path.of("rules")));
    Path corpus = tmp.resolve("corpus.jsonl");
    new CorpusGenerator(3).write(corpus, tmp.resolve("answers.jsonl"), 200);
    Checker whole = new Checker(TitleReading.extraction(), new Resolver(Lexicon.standard()),
        new RuleEngine(rules, Settings.DEFAULT, Set.of(), 30_000), Config.DEFAULT, 2);
    Report report = whole.check(Loader.load(List.of(corpus)), Set.of());
    TreeSet<String> expected = new TreeSet<>();
    report.findings().forEach(f -> expected.add(f.fingerprint()));
    assertThat(expected).isNotEmpty();

    for (int threads : new int[] {1, 2}) {
      Checker streaming = new Checker(TitleReading.extraction(), new Resolver(Lexicon.standard()),
          new RuleEngine(rules, Settings.DEFAULT, Set.of(), 30_000), Config.DEFAULT, threads);
      TreeSet<String> got = new TreeSet<>();
      List<String> stories = new ArrayList<>();
      try (CorpusReader r = CorpusReader.open(corpus)) {
        streaming.checkStories(r, s -> {
          stories.add(s.story());
          for (Finding f : s.findings()) {
            got.add(f.fingerprint());
          }
        });
      }
      assertThat(got).as("threads %d", threads).isEqualTo(expected);
      assertThat(stories).doesNotHaveDuplicates().hasSize(new CorpusGenerator(3).storySizes(200).length);
    }
  }
}
