package io.crosscheck.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.crosscheck.bench.CorpusGenerator;
import io.crosscheck.check.Checker;
import io.crosscheck.check.Config;
import io.crosscheck.extract.ClaimKind;
import io.crosscheck.extract.Extraction;
import io.crosscheck.load.Article;
import io.crosscheck.load.LoadResult;
import io.crosscheck.load.Loader;
import io.crosscheck.report.Evidence;
import io.crosscheck.report.Finding;
import io.crosscheck.report.Report;
import io.crosscheck.resolve.Lexicon;
import io.crosscheck.resolve.Resolver;
import io.crosscheck.rules.RuleEngine;
import io.crosscheck.rules.RuleSet;
import io.crosscheck.rules.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A draft checked against an archive built from the seed fixture without it: fixture 001 calls
 * Wendy Sherman "Assistant Secretary of State", 003 and 004 "Deputy Secretary of State".
 */
class ArchiveCheckTest {
  static final Path FIXTURE = Path.of("fixtures/ukraine-talks-2022");
  static final String DRAFT = "001_47233b69de273cc9";
  static final String D003 = "003_bb869597a4b66297";
  static final String D004 = "004_26dff11e0349677d";
  static final String D000 = "000_b7ca71d79ab89d77";

  static RuleSet rules;
  @TempDir static Path tmp;
  static Path archiveDir;
  static Path storyDraft;
  static Path plainDraft;
  static Path noise;

  @BeforeAll
  static void setUp() throws Exception {
    rules = RuleSet.load(List.of(Path.of("rules")));
    archiveDir = Files.createDirectories(tmp.resolve("archive"));
    Path draftDir = Files.createDirectories(tmp.resolve("draft"));
    Path plainDir = Files.createDirectories(tmp.resolve("plain"));
    try (var files = Files.list(FIXTURE)) {
      for (Path f : files.toList()) {
        String name = f.getFileName().toString();
        if (name.startsWith(DRAFT)) {
          Files.copy(f, draftDir.resolve(name));
          Files.copy(f, plainDir.resolve(name));
        } else {
          Files.copy(f, archiveDir.resolve(name));
        }
      }
    }
    Files.copy(FIXTURE.resolve("manifest.yaml"), draftDir.resolve("manifest.yaml"));
    storyDraft = draftDir.resolve(DRAFT + ".txt");
    plainDraft = plainDir.resolve(DRAFT + ".txt");
    noise = tmp.resolve("noise.jsonl");
    new CorpusGenerator(7).write(noise, tmp.resolve("noise-answers.jsonl"), 60);
  }

  static Checker checker(Extraction extraction) {
    return new Checker(extraction, new Resolver(Lexicon.standard()),
        new RuleEngine(rules, Settings.DEFAULT, Set.of(), 30_000), Config.DEFAULT, 2);
  }

  static Path index(Extraction extraction, String name, List<Path> inputs) throws IOException {
    Path idx = tmp.resolve(name);
    LoadResult loaded = Loader.load(inputs);
    assertThat(loaded.errors()).isEmpty();
    new Indexer(extraction, new Resolver(Lexicon.standard()), 2).update(idx, Indexer.byStory(loaded.articles()), false, true);
    return idx;
  }

  /** A draft's report against an archive, and what it was compared with. */
  record Checked(Report report, List<Archive.Comparison> compared) {}

  /** Checks a draft that names no story against the index. */
  static Checked checkWithoutStory(Extraction extraction, Path idx, Path draftFile) throws IOException {
    try (Archive archive = Archive.open(idx, null, 10)) {
      LoadResult draft = Loader.load(List.of(draftFile));
      assertThat(draft.articles().get(0).story()).isEqualTo(Article.DEFAULT_STORY);
      return new Checked(checker(extraction).checkDrafts(draft, archive, Set.of()), archive.comparisons());
    }
  }

  static TreeSet<String> articles(Finding f) {
    TreeSet<String> out = new TreeSet<>();
    for (Evidence e : f.evidence()) {
      out.add(e.article());
    }
    return out;
  }

  static List<Finding> titleConflicts(Report r, String surname) {
    return r.findings().stream()
        .filter(f -> f.rule().equals("title-conflict") && f.subject().contains(surname)).toList();
  }

  @Test
  void theDraftsTitleConflictIsFoundAndConflictsBetweenArchiveArticlesAloneAreNot() throws IOException {
    Extraction titles = TitleReading.extraction();
    Path idx = index(titles, "idx-story", List.of(archiveDir, noise));
    Report report;
    List<Archive.Comparison> compared;
    try (Archive archive = Archive.open(idx, null, 10)) {
      report = checker(titles).checkDrafts(Loader.load(List.of(storyDraft)), archive, Set.of());
      compared = archive.comparisons();
    }
    List<Finding> sherman = titleConflicts(report, "Sherman");
    assertThat(sherman).anySatisfy(f -> assertThat(articles(f)).contains(DRAFT).containsAnyOf(D003, D004));
    assertThat(sherman).anySatisfy(f -> assertThat(f.evidence()).anySatisfy(e ->
        assertThat(e.value()).contains("Assistant Secretary of State")));
    assertThat(report.findings()).allSatisfy(f -> assertThat(articles(f)).contains(DRAFT));

    assertThat(compared).singleElement().satisfies(c -> {
      assertThat(c.story()).isEqualTo("ukraine-talks-2022");
      assertThat(c.how()).isEqualTo("story");
      assertThat(c.articles()).extracting(Archive.Related::id).containsExactly(D000, "002_83c99723467baf51", D003, D004);
      assertThat(c.claims()).isPositive();
    });
    // the report lists the draft first, then the archive articles its findings cite
    assertThat(report.articles().get(0).id()).isEqualTo(DRAFT);
    assertThat(report.articles()).extracting(Article::id).contains(D003);
    Set<String> claimIds = new TreeSet<>();
    report.claims().forEach(c -> claimIds.add(c.id()));
    for (Finding f : report.findings()) {
      assertThat(claimIds).containsAll(f.evidence().stream().map(Evidence::claim).toList());
    }

    // the same articles checked together do conflict between archive articles alone (000 vs 003/004,
    // from the deliberately wrong reading of 000): the draft check is what leaves that out
    try (var files = Files.list(FIXTURE)) {
      Report together = checker(titles).check(Loader.load(files.sorted().toList()), Set.of());
      assertThat(titleConflicts(together, "Sherman"))
          .anySatisfy(f -> assertThat(articles(f)).doesNotContain(DRAFT).contains(D000));
    }
  }

  @Test
  void aDraftWithNoStoryIsComparedWithTheMostSimilarArchiveArticles() throws IOException {
    Extraction titles = TitleReading.extraction();
    Path idx = index(titles, "idx-similar", List.of(archiveDir, noise));
    Checked checked = checkWithoutStory(titles, idx, plainDraft);
    Report report = checked.report();
    List<Archive.Comparison> compared = checked.compared();
    assertThat(compared).singleElement().satisfies(c -> {
      assertThat(c.how()).isEqualTo("similarity");
      List<String> ids = c.articles().stream().map(Archive.Related::id).toList();
      assertThat(ids).hasSizeBetween(1, 10).contains(D003, D004);
      assertThat(ids.get(0)).matches("00[0-4]_.*");
    });
    assertThat(titleConflicts(report, "Sherman"))
        .anySatisfy(f -> assertThat(articles(f)).contains(DRAFT).containsAnyOf(D003, D004));
  }

  @Test
  void aDatedDraftWithNoStoryIsComparedWithTheStoryCoveredNearItsDate() throws IOException {
    // the same four articles again, as another story told two and a half years earlier: by their
    // words alone both stories are equally like the draft
    Path echo = tmp.resolve("echo.jsonl");
    List<String> lines = new java.util.ArrayList<>();
    try (var files = Files.list(archiveDir)) {
      for (Path f : files.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) {
        String id = "echo-" + f.getFileName().toString().substring(0, 3);
        lines.add(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(java.util.Map.of(
            "id", id, "text", Files.readString(f), "story", "echo-2019", "published", "2019-06-01")));
      }
    }
    Files.write(echo, lines);
    Path dated = Files.createDirectories(tmp.resolve("dated")).resolve("draft.md");
    Files.writeString(dated, "---\npublished: 2022-01-13\n---\n\n" + Files.readString(plainDraft));

    Extraction titles = TitleReading.extraction();
    Path idx = index(titles, "idx-near", List.of(archiveDir, echo, noise));
    Checked checked = checkWithoutStory(titles, idx, dated);
    Report report = checked.report();
    List<Archive.Comparison> compared = checked.compared();
    assertThat(compared).singleElement().satisfies(c -> {
      assertThat(c.how()).isEqualTo("similarity");
      assertThat(c.articles()).extracting(Archive.Related::story).containsOnly("ukraine-talks-2022");
      assertThat(c.articles()).extracting(Archive.Related::id).contains(D003, D004);
    });
    assertThat(titleConflicts(report, "Sherman"))
        .anySatisfy(f -> assertThat(articles(f)).contains("draft").containsAnyOf(D003, D004));
    assertThat(report.findings()).allSatisfy(f -> assertThat(articles(f)).noneMatch(a -> a.startsWith("echo-")));
  }

  @Test
  void sinceLimitsTheArchiveWindow() throws IOException {
    Extraction titles = TitleReading.extraction();
    Path idx = index(titles, "idx-since", List.of(archiveDir));
    try (Archive archive = Archive.open(idx, LocalDate.of(2022, 1, 13), 10)) {
      Report r = checker(titles).checkDrafts(Loader.load(List.of(storyDraft)), archive, Set.of());
      // 003 was published on 2022-01-12, 004 on 2022-01-14
      assertThat(titleConflicts(r, "Sherman")).isNotEmpty()
          .allSatisfy(f -> assertThat(articles(f)).doesNotContain(D003))
          .anySatisfy(f -> assertThat(articles(f)).contains(D004));
      assertThat(archive.comparisons().get(0).articles()).extracting(Archive.Related::id)
          .containsExactly(D000, "002_83c99723467baf51", D004);
    }
    try (Archive archive = Archive.open(idx, LocalDate.of(2022, 1, 15), 10)) {
      Report r = checker(titles).checkDrafts(Loader.load(List.of(storyDraft)), archive, Set.of());
      assertThat(r.findings()).isEmpty();
      assertThat(archive.comparisons().get(0).articles()).isEmpty();
    }
  }

  @Test
  void anArchiveArticleWithTheDraftsIdIsTheOldVersionOfTheDraftAndIsLeftOut() throws IOException {
    Extraction titles = TitleReading.extraction();
    Path idx = index(titles, "idx-with-draft", List.of(FIXTURE));
    try (Archive archive = Archive.open(idx, null, 10)) {
      Report r = checker(titles).checkDrafts(Loader.load(List.of(storyDraft)), archive, Set.of());
      assertThat(archive.comparisons().get(0).articles()).extracting(Archive.Related::id).doesNotContain(DRAFT).hasSize(4);
      assertThat(r.findings()).allSatisfy(f ->
          assertThat(f.evidence().stream().filter(e -> e.article().equals(DRAFT)).map(Evidence::claim))
              .allMatch(id -> id.startsWith("c")));
    }
  }

  /**
   * With the real extractors (stubs on this branch: the test is skipped until they find Wendy
   * Sherman's title in 001): the Sherman title conflict is found, and no finding is between
   * archive articles alone (the gold's 003-vs-000 duration conflict, for one, is not the draft's).
   */
  @Test
  void withTheRealExtractorsTheShermanTitleConflictIsFoundAgainstTheArchive() throws IOException {
    Extraction standard = Extraction.standard();
    Article draft = Loader.load(List.of(storyDraft)).articles().get(0);
    assumeTrue(standard.extract(draft).stream()
            .anyMatch(c -> c.kind() == ClaimKind.TITLE && c.subject().contains("Sherman")),
        "the standard extractors do not find titles yet");
    Path idx = index(standard, "idx-standard", List.of(archiveDir));
    try (Archive archive = Archive.open(idx, null, 10)) {
      Report r = checker(standard).checkDrafts(Loader.load(List.of(storyDraft)), archive, Set.of());
      List<String> seen = new ArrayList<>();
      r.findings().forEach(f -> seen.add(f.rule() + " " + f.subject() + " " + articles(f)));
      assertThat(titleConflicts(r, "Sherman")).as("findings: %s", seen)
          .anySatisfy(f -> assertThat(articles(f)).contains(DRAFT).containsAnyOf(D003, D004));
      assertThat(r.findings()).allSatisfy(f -> assertThat(articles(f)).contains(DRAFT));
    }
  }
}
