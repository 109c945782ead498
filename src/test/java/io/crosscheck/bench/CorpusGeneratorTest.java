package io.crosscheck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.bench.CorpusGenerator.Item;
import io.crosscheck.bench.CorpusGenerator.Planted;
import io.crosscheck.bench.CorpusGenerator.Story;
import io.crosscheck.bench.CorpusGenerator.Trap;
import io.crosscheck.load.Article;
import io.crosscheck.load.LoadResult;
import io.crosscheck.load.Loader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The generated corpus: deterministic, exactly sized, realistic, and its answer file tells the truth. */
class CorpusGeneratorTest {
  @TempDir Path tmp;

  static List<Story> stories(long seed, int n) {
    List<Story> out = new ArrayList<>();
    new CorpusGenerator(seed).stories(n).forEachRemaining(out::add);
    return out;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  @Test
  void theSameSeedWritesTheSameBytesAndAnotherSeedOthers() throws IOException {
    CorpusGenerator.Summary a = new CorpusGenerator(42).write(tmp.resolve("a.jsonl"), tmp.resolve("a-answers.jsonl"), 300);
    CorpusGenerator.Summary b = new CorpusGenerator(42).write(tmp.resolve("b.jsonl"), tmp.resolve("b-answers.jsonl"), 300);
    new CorpusGenerator(43).write(tmp.resolve("c.jsonl"), tmp.resolve("c-answers.jsonl"), 300);
    assertThat(a).isEqualTo(b);
    assertThat(Files.readAllBytes(tmp.resolve("a.jsonl"))).isEqualTo(Files.readAllBytes(tmp.resolve("b.jsonl")));
    assertThat(Files.readAllBytes(tmp.resolve("a-answers.jsonl"))).isEqualTo(Files.readAllBytes(tmp.resolve("b-answers.jsonl")));
    assertThat(Files.readAllBytes(tmp.resolve("a.jsonl"))).isNotEqualTo(Files.readAllBytes(tmp.resolve("c.jsonl")));
  }

  @ParameterizedTest
  @ValueSource(ints = {3, 4, 7, 8, 9, 10, 11, 12, 13, 100, 1000})
  void aCorpusHasExactlyTheArticlesAskedForInStoriesOfThreeToSix(int n) {
    List<Story> stories = stories(5, n);
    assertThat(stories.stream().mapToInt(s -> s.articles().size()).sum()).isEqualTo(n);
    assertThat(stories).allSatisfy(s -> assertThat(s.articles()).hasSizeBetween(3, 6));
    assertThat(new CorpusGenerator(5).storySizes(n))
        .containsExactly(stories.stream().mapToInt(s -> s.articles().size()).toArray());
  }

  @Test
  void storiesDoNotDependOnTheCorpusSizeExceptTheLastOne() {
    List<Story> small = stories(9, 200);
    List<Story> large = stories(9, 2000);
    for (int i = 0; i < small.size() - 1; i++) {
      assertThat(small.get(i)).isEqualTo(large.get(i));
    }
  }

  @Test
  void theCorpusReadsBackThroughTheLoaderAndTheStreamingReader() throws IOException {
    Path corpus = tmp.resolve("corpus.jsonl");
    new CorpusGenerator(1).write(corpus, tmp.resolve("answers.jsonl"), 50);
    LoadResult loaded = Loader.load(List.of(corpus));
    assertThat(loaded.errors()).isEmpty();
    assertThat(loaded.articles()).hasSize(50);
    List<Article> streamed = new ArrayList<>();
    int stories = 0;
    try (CorpusReader r = CorpusReader.open(corpus)) {
      while (r.hasNext()) {
        List<Article> story = r.next();
        assertThat(story).extracting(Article::story).containsOnly(story.get(0).story());
        streamed.addAll(story);
        stories++;
      }
    }
    assertThat(streamed).usingRecursiveFieldByFieldElementComparatorIgnoringFields("map")
        .isEqualTo(loaded.articles());
    assertThat(stories).isEqualTo(stories(1, 50).size());
  }

  @Test
  void articlesLookLikeNewsCoverage() {
    List<Story> stories = stories(42, 1000);
    long chars = 0;
    int n = 0;
    for (Story s : stories) {
      Set<String> sources = new HashSet<>();
      for (Item a : s.articles()) {
        assertThat(a.title()).isNotBlank();
        assertThat(a.published()).isNotNull();
        assertThat(a.story()).isEqualTo(s.id());
        assertThat(a.text()).doesNotContain("null").doesNotContain(",,").doesNotContain("  ");
        assertThat(a.text().split("\n\n")).hasSizeGreaterThanOrEqualTo(8);
        sources.add(a.source());
        chars += a.text().length();
        n++;
      }
      assertThat(sources).as("one outlet per article in %s", s.id()).hasSize(s.articles().size());
    }
    assertThat(chars / n).as("average article length").isBetween(2500L, 4000L);
  }

  @Test
  void everyPlantedContradictionIsInTheTextAsTheAnswerFileSays() {
    List<Story> stories = stories(42, 1000);
    Map<String, Integer> types = new HashMap<>();
    int withPlant = 0;
    for (Story s : stories) {
      Map<String, String> text = new HashMap<>();
      s.articles().forEach(a -> text.put(a.id(), a.text()));
      if (!s.answer().contradictions().isEmpty()) {
        withPlant++;
      }
      for (Planted p : s.answer().contradictions()) {
        types.merge(p.type(), 1, Integer::sum);
        String odd = text.get(p.odd());
        assertThat(odd).as(p.id()).isNotNull();
        assertThat(p.others()).isNotEmpty().doesNotContain(p.odd());
        List<String> others = p.others().stream().map(text::get).toList();
        switch (p.type()) {
          case "title-rank" -> {
            // "Assistant Secretary of State Karen Whitfield" in the odd article, the true rank in the others
            Pattern oddTitle = Pattern.compile("(?i)(^|[^a-z])" + Pattern.quote(p.values().get(0)) + "\\b");
            Pattern trueTitle = Pattern.compile("(?i)(^|[^a-z ]|\\.\\s|[a-z]{4,} )" + Pattern.quote(p.values().get(1)) + "\\b");
            assertThat(oddTitle.matcher(odd).find()).as(p.id()).isTrue();
            assertThat(odd).contains(p.subject());
            assertThat(others).allSatisfy(o -> assertThat(lower(o)).contains(lower(p.values().get(1))));
            assertThat(p.values().get(0)).isNotEqualTo(p.values().get(1));
            assertThat(trueTitle.matcher(odd).find() && !p.values().get(1).contains(" ")).isFalse();
          }
          case "disjoint-count" -> {
            assertThat(odd).contains("some " + p.values().get(0) + " ");
            long oddValue = Long.parseLong(p.values().get(0).replace(",", ""));
            long truth = Long.parseLong(p.values().get(1).replace(",", ""));
            assertThat(oddValue * 1.5).isLessThan(truth);
            assertThat(others).allSatisfy(o -> assertThat(o).doesNotContain("some " + p.values().get(0)));
          }
          case "disjoint-duration" -> {
            String oddHours = p.values().get(0).split(" ")[0];
            String trueHours = p.values().get(1).split(" ")[0];
            assertThat(odd).containsPattern("\\b" + oddHours + "[ -]hour");
            assertThat(odd).doesNotContainPattern("\\b" + trueHours + "[ -]hour");
            assertThat(others).allSatisfy(o -> assertThat(o).containsPattern("\\b" + trueHours + "[ -]hour")
                .doesNotContainPattern("\\b" + oddHours + "[ -]hour"));
          }
          case "quote-word-changed" -> {
            assertThat(odd).contains(p.values().get(2)).doesNotContain(p.values().get(3));
            assertThat(others).allSatisfy(o -> assertThat(o).contains(p.values().get(3)));
            assertThat(p.values().get(2).replace(p.values().get(0), p.values().get(1))).isEqualTo(p.values().get(3));
          }
          default -> throw new AssertionError("unknown type " + p.type());
        }
      }
    }
    assertThat(types).containsOnlyKeys("title-rank", "disjoint-count", "disjoint-duration", "quote-word-changed");
    assertThat(types.values()).allSatisfy(v -> assertThat(v).isGreaterThan(10));
    assertThat(withPlant).isBetween(stories.size() / 2, stories.size() * 7 / 10);
  }

  @Test
  void everyTrapIsInTheTextAndNeverOnTheKindOfTheStorysContradiction() {
    List<Story> stories = stories(42, 1000);
    Map<String, Integer> types = new HashMap<>();
    for (Story s : stories) {
      for (Trap t : s.answer().traps()) {
        types.merge(t.type(), 1, Integer::sum);
        assertThat(t.articles()).hasSize(s.articles().size());
        for (Planted p : s.answer().contradictions()) {
          assertThat(t.kinds()).doesNotContain(p.kind());
        }
        List<String> texts = s.articles().stream().map(Item::text).toList();
        switch (t.type()) {
          case "spelling-variant" -> {
            String last = t.subject().substring(t.subject().lastIndexOf(' ') + 1);
            Set<String> used = new HashSet<>();
            for (String variant : t.values().get(0).split("/")) {
              if (texts.stream().anyMatch(x -> x.contains(variant + " " + last))) {
                used.add(variant);
              }
            }
            assertThat(used).as(t.id()).hasSizeGreaterThanOrEqualTo(2);
          }
          case "more-than-vs-exact" -> {
            assertThat(texts).anySatisfy(x -> assertThat(x).contains(t.values().get(0)));
            assertThat(texts).anySatisfy(x -> assertThat(x).containsPattern("(?<!about |more than |some )"
                + Pattern.quote(t.values().get(1)) + " "));
          }
          case "different-days" -> {
            assertThat(t.values().get(0)).isNotEqualTo(t.values().get(1));
            assertThat(texts).anySatisfy(x -> assertThat(x).contains("On " + t.values().get(0) + ", "));
            assertThat(texts).anySatisfy(x -> assertThat(x).contains(" said on " + t.values().get(1) + " that"));
          }
          case "restatement" -> assertThat(t.kinds()).singleElement().isIn("title", "quote", "duration");
          default -> throw new AssertionError("unknown trap " + t.type());
        }
      }
    }
    assertThat(types).containsOnlyKeys("restatement", "spelling-variant", "more-than-vs-exact", "different-days");
  }

  @Test
  void aDraftIsANewArticleOfItsStoryWithAConflictingRank() {
    CorpusGenerator gen = new CorpusGenerator(42);
    int[] sizes = gen.storySizes(500);
    int withPlant = 0;
    for (int i = 0; i < sizes.length; i++) {
      CorpusGenerator.Draft withStory = gen.draft(i, sizes[i], true);
      CorpusGenerator.Draft plain = gen.draft(i, sizes[i], false);
      assertThat(withStory.item().story()).isEqualTo(String.format(Locale.ROOT, "story-%06d", i));
      assertThat(plain.item().story()).isNull();
      assertThat(plain.item().text()).isEqualTo(withStory.item().text());
      if (withStory.planted() != null) {
        withPlant++;
        assertThat(lower(withStory.item().text())).contains(lower(withStory.planted().values().get(0)));
        assertThat(withStory.planted().others()).hasSize(sizes[i]);
      }
    }
    assertThat(withPlant).isGreaterThan(sizes.length / 2);
    Iterator<Story> it = gen.stories(500);
    assertThat(it.next().articles()).extracting(Item::id).doesNotContain(gen.draft(0, sizes[0], true).item().id());
  }
}
