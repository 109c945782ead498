package io.crosscheck.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stories streamed from a first reading that keeps no text give what loading everything gives. */
class StoryStreamTest {
  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  /** A folder with a manifest, Markdown with front matter and a suppression, and JSON Lines whose stories interleave. */
  private Path archive() throws IOException {
    write("geneva/manifest.yaml", "story: geneva\narticles:\n  a.txt:\n    source: Reuters\n    published: 2022-01-10\n");
    write("geneva/a.txt", "Wendy Sherman led the U.S. delegation in Geneva on Monday.\n\nThe talks lasted nearly eight hours.\n");
    write("geneva/b.md", "---\ntitle: Geneva talks end\npublished: 2022-01-11\n---\n\n# Talks\n\n"
        + "Deputy Secretary of State Wendy Sherman said the talks were frank.\n\n"
        + "<!-- crosscheck-disable title-conflict -->\nShe spoke for **four hours**.\n");
    write("more/lines.jsonl", String.join("\n",
        "{\"id\": \"n1\", \"text\": \"NATO met Russia in Brussels on Wednesday.\", \"story\": \"brussels\"}",
        "{\"id\": \"g1\", \"text\": \"In Geneva, Sergei Ryabkov said the talks lasted nearly eight hours.\", \"story\": \"geneva\"}",
        "not json",
        "",
        "{\"id\": \"n2\", \"text\": \"The NATO-Russia Council met for about four hours — the first in “two years”.\", "
            + "\"story\": \"brussels\", \"published\": \"2022-01-12\"}",
        "{\"id\": \"v1\", \"text\": \"The OSCE met in Vienna on Thursday.\"}"));
    return dir;
  }

  /** Loader.load's articles grouped by story, stories in order of first appearance. */
  private static List<List<Article>> byStory(List<Article> articles) {
    Map<String, List<Article>> m = new LinkedHashMap<>();
    articles.forEach(a -> m.computeIfAbsent(a.story(), k -> new ArrayList<>()).add(a));
    return new ArrayList<>(m.values());
  }

  private static List<List<Article>> drain(StoryStream s) {
    List<List<Article>> out = new ArrayList<>();
    while (s.hasNext()) {
      out.add(s.next());
    }
    return out;
  }

  /** What a report reads of an article: metadata, text, positions and suppressions. */
  private static String describe(Article a) {
    int last = a.text().length() - 1;
    return String.join("|", a.id(), a.path(), a.story(), String.valueOf(a.source()), String.valueOf(a.published()),
        String.valueOf(a.title()), String.valueOf(a.url()), a.text(), a.position(0).toString(),
        a.position(last).toString(), a.suppressions().toString());
  }

  private static List<List<String>> describe(List<List<Article>> stories) {
    return stories.stream().map(s -> s.stream().map(StoryStreamTest::describe).toList()).toList();
  }

  @Test
  void readingAgainGivesTheSameStoriesAsLoadingEverything() throws IOException {
    Path in = archive();
    LoadResult all = Loader.load(List.of(in));
    List<List<String>> expected = describe(byStory(all.articles()));
    // the four stories, in order of first appearance: the folders are read in sorted order
    assertThat(expected).extracting(s -> s.get(0).split("\\|")[2]).containsExactly("geneva", "brussels", "default");
    assertThat(expected.get(0)).hasSize(3);
    assertThat(all.articles().get(1).suppressions()).hasSize(1);

    for (long keep : new long[] {0, 60, StoryStream.KEEP_CHARS}) {
      for (long whole : new long[] {0, Loader.MAX_BYTES}) {
        StoryStream s = StoryStream.open(List.of(in), keep, whole);
        assertThat(s.articles()).isEqualTo(all.articles().size());
        assertThat(s.stories()).isEqualTo(3);
        assertThat(describe(drain(s))).as("keep %d chars, whole files up to %d bytes", keep, whole).isEqualTo(expected);
        assertThat(s.errors()).extracting(ArticleError::line)
            .containsExactly(in.resolve("more/lines.jsonl") + ":3: not valid JSON at column 1: Unrecognized token 'not': "
                + "was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')");
        assertThat(s.notes()).isEqualTo(all.notes());
      }
    }
  }

  @Test
  void anArticleThatChangedOrWentAwayBeforeItsStoryCameIsLeftOutAndNamed() throws IOException {
    Path in = archive();
    StoryStream s = StoryStream.open(List.of(in), 0, Loader.MAX_BYTES);
    Files.writeString(in.resolve("geneva/a.txt"), "Wendy Sherman led the delegation.\n", StandardCharsets.UTF_8);
    Files.delete(in.resolve("geneva/b.md"));
    List<List<Article>> stories = drain(s);
    assertThat(stories.get(0)).extracting(Article::id).containsExactly("g1");
    assertThat(stories).hasSize(3);
    assertThat(s.errors()).extracting(ArticleError::line).contains(
        in.resolve("geneva/a.txt") + ": changed while being read; skipped (run again)",
        in.resolve("geneva/b.md") + ": cannot read: no such file (it went away while being read)");
  }

  @Test
  void storiesNoneOfWhoseArticlesCanBeReadAgainAreSkippedNotFailed() throws IOException {
    Path in = archive();
    StoryStream s = StoryStream.open(List.of(in), 0, Loader.MAX_BYTES);
    Files.delete(in.resolve("more/lines.jsonl")); // the last two stories, and one article of the first
    assertThat(s.hasNext()).isTrue();
    assertThat(s.next()).extracting(Article::id).containsExactly("a", "b");
    assertThat(s.hasNext()).isFalse();
    assertThat(s.errors()).extracting(ArticleError::line).contains(
        in.resolve("more/lines.jsonl") + ": cannot read: no such file (it went away while being read)");
  }
}
