package io.crosscheck.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crosscheck.extract.Claim;
import io.crosscheck.extract.Title;
import io.crosscheck.load.LoadResult;
import io.crosscheck.load.Loader;
import io.crosscheck.resolve.Lexicon;
import io.crosscheck.resolve.Resolver;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Incremental indexing: unchanged articles skipped, changed ones replaced, deleted ones pruned, one commit per run. */
class IndexerTest {
  @TempDir Path tmp;

  private final Indexer indexer = new Indexer(TitleReading.extraction(), new Resolver(Lexicon.standard()), 2);

  private Path story() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("coverage"));
    write(dir, "a.txt", "Talks in Geneva\n\nDeputy Secretary of State Wendy Sherman met Deputy Foreign Minister Sergei Ryabkov on Monday.\n");
    write(dir, "b.txt", "Russia and the U.S. talk\n\nU.S. Deputy Secretary of State Wendy Sherman said the talks were useful.\n");
    write(dir, "c.txt", "No breakthrough\n\nRussian deputy foreign minister Sergei Ryabkov said the talks reached a dead end.\n");
    write(dir, "manifest.yaml", """
        story: geneva-talks
        articles:
          a.txt: {source: Wire A, published: 2022-01-10}
          b.txt: {source: Wire B, published: 2022-01-11}
          c.txt: {source: Wire C, published: 2022-01-11}
        """);
    return dir;
  }

  private static void write(Path dir, String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private Indexer.Stats index(Path input, boolean prune) throws IOException {
    LoadResult loaded = Loader.load(List.of(input));
    assertThat(loaded.errors()).isEmpty();
    return indexer.update(tmp.resolve("idx"), Indexer.byStory(loaded.articles()), prune, false);
  }

  /** Article id to the titles its archived claims hold ("deputy secretary of state"). */
  private Map<String, List<String>> archived() throws IOException {
    Map<String, List<String>> out = new TreeMap<>();
    try (FSDirectory d = FSDirectory.open(tmp.resolve("idx")); DirectoryReader r = DirectoryReader.open(d)) {
      IndexSearcher s = new IndexSearcher(r);
      for (ScoreDoc sd : s.search(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_ARTICLE)), 100).scoreDocs) {
        out.put(s.storedFields().document(sd.doc).get(IndexFields.ARTICLE), new ArrayList<>());
      }
      BooleanQuery claims = new BooleanQuery.Builder()
          .add(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_CLAIM)), Occur.FILTER).build();
      for (ScoreDoc sd : s.search(claims, 1000).scoreDocs) {
        Claim c = ClaimCodec.decode(s.storedFields().document(sd.doc).get(IndexFields.CLAIM));
        out.computeIfAbsent(c.article(), k -> new ArrayList<>()).add(((Title) c.normalized()).key());
      }
    }
    out.values().forEach(l -> l.sort(null));
    return out;
  }

  @Test
  void unchangedArticlesAreSkippedChangedOnesReplacedAndGoneOnesPruned() throws IOException {
    Path dir = story();
    Indexer.Stats first = index(dir, false);
    assertThat(first).isEqualTo(new Indexer.Stats(3, 0, 0, 0, 4, first.chars()));
    assertThat(archived()).isEqualTo(Map.of(
        "a", List.of("deputy foreign minister", "deputy secretary of state"),
        "b", List.of("deputy secretary of state"),
        "c", List.of("deputy foreign minister")));

    Indexer.Stats again = index(dir, false);
    assertThat(again).isEqualTo(new Indexer.Stats(0, 0, 3, 0, 0, 0));

    write(dir, "b.txt", "Russia and the U.S. talk\n\nAssistant Secretary of State Wendy Sherman said the talks were useful.\n");
    Indexer.Stats changed = index(dir, false);
    assertThat(changed.added()).isZero();
    assertThat(changed.replaced()).isEqualTo(1);
    assertThat(changed.unchanged()).isEqualTo(2);
    assertThat(archived().get("b")).containsExactly("assistant secretary of state");

    // metadata is part of what makes an article unchanged
    write(dir, "manifest.yaml", Files.readString(dir.resolve("manifest.yaml")).replace("Wire C", "Wire D"));
    assertThat(index(dir, false).replaced()).isEqualTo(1);

    Files.delete(dir.resolve("c.txt"));
    Indexer.Stats kept = index(dir, false);
    assertThat(kept.pruned()).isZero();
    assertThat(archived()).containsKey("c");
    Indexer.Stats pruned = index(dir, true);
    assertThat(pruned.pruned()).isEqualTo(1);
    assertThat(pruned.unchanged()).isEqualTo(2);
    assertThat(archived()).containsOnlyKeys("a", "b");
  }

  @Test
  void pruningKeepsArticlesOfFilesThatStillExistButWereNotInThisRun() throws IOException {
    Path dir = story();
    Path other = Files.createDirectories(tmp.resolve("other"));
    write(other, "z.txt", "Elsewhere\n\nForeign Minister Sergey Lavrov spoke in Moscow.\n");
    index(dir, false);
    index(other, false);
    assertThat(index(dir, true).pruned()).isZero();
    assertThat(archived()).containsOnlyKeys("a", "b", "c", "z");
  }

  @Test
  void aLineRemovedFromAJsonLinesFileIsPruned() throws IOException {
    Path corpus = tmp.resolve("feed.jsonl");
    Files.writeString(corpus, """
        {"id": "n1", "text": "Deputy Secretary of State Wendy Sherman spoke.", "story": "s"}
        {"id": "n2", "text": "Foreign Minister Sergey Lavrov spoke.", "story": "s"}
        """, StandardCharsets.UTF_8);
    assertThat(index(corpus, true).added()).isEqualTo(2);
    Files.writeString(corpus, """
        {"id": "n1", "text": "Deputy Secretary of State Wendy Sherman spoke.", "story": "s"}
        """, StandardCharsets.UTF_8);
    Indexer.Stats s = index(corpus, true);
    assertThat(s.unchanged()).isEqualTo(1);
    assertThat(s.pruned()).isEqualTo(1);
    assertThat(archived()).containsOnlyKeys("n1");
  }

  @Test
  void aRunThatFailsBeforeItsCommitLeavesThePreviousCommitIntact() throws IOException {
    Path dir = story();
    index(dir, false);
    Map<String, List<String>> before = archived();

    // a second run: one article changed, and a second story added; it fails half-way
    write(dir, "a.txt", "Talks in Geneva\n\nUnder Secretary of State Wendy Sherman met Sergei Ryabkov on Monday.\n");
    Path more = Files.createDirectories(tmp.resolve("more"));
    write(more, "d.txt", "Vienna\n\nForeign Minister Zbigniew Rau spoke at the OSCE.\n");
    List<Path> inputs = List.of(dir, more);
    LoadResult loaded = Loader.load(inputs);
    List<String> written = new ArrayList<>();
    Indexer failing = new Indexer(TitleReading.extraction(), new Resolver(Lexicon.standard()), 1).withHook((story, arts) -> {
      arts.forEach(a -> written.add(a.id()));
      if (written.contains("d")) {
        throw new IOException("disk full (simulated)");
      }
    });
    assertThatThrownBy(() -> failing.update(tmp.resolve("idx"), Indexer.byStory(loaded.articles()), true, false))
        .isInstanceOf(IOException.class).hasMessageContaining("simulated");
    assertThat(written).contains("a", "d");

    // the changed article and the new one were handed to the writer, yet readers see the old commit
    assertThat(archived()).isEqualTo(before);
    try (Archive archive = Archive.open(tmp.resolve("idx"), null, 5)) {
      assertThat(archive.articleCount()).isEqualTo(3);
      assertThat(archive.claimCount()).isEqualTo(4);
    }

    // and the index is not left locked: the next run works and sees the changes
    Indexer.Stats s = indexer.update(tmp.resolve("idx"), Indexer.byStory(loaded.articles()), false, false);
    assertThat(s.added()).isEqualTo(1);
    assertThat(s.replaced()).isEqualTo(1);
    assertThat(archived().get("a")).containsExactly("under secretary of state");
  }

  @Test
  void aRebuildReplacesEverythingAtItsCommit() throws IOException {
    Path dir = story();
    index(dir, false);
    LoadResult loaded = Loader.load(List.of(dir.resolve("a.txt")));
    Indexer.Stats s = indexer.update(tmp.resolve("idx"), Indexer.byStory(loaded.articles()), false, true);
    assertThat(s.added()).isEqualTo(1);
    assertThat(archived()).containsOnlyKeys("a");
  }

  @Test
  void aFolderThatIsNotACrosscheckIndexIsRefused() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("not-an-index"));
    assertThatThrownBy(() -> Archive.open(dir, null, 5)).isInstanceOf(IOException.class)
        .hasMessageContaining("no crosscheck index");
    assertThatThrownBy(() -> Archive.open(tmp.resolve("missing"), null, 5)).isInstanceOf(IOException.class)
        .hasMessageContaining("no such index folder");
  }
}
