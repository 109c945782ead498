package io.crosscheck.extract;

import io.crosscheck.load.Article;
import io.crosscheck.load.LoadResult;
import io.crosscheck.load.Loader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Documents for extractor tests: plain prose with a publication date, or a seed fixture article. */
final class TestDocs {
  static final Path SEED = Path.of("fixtures", "ukraine-talks-2022");

  private static volatile List<Article> seed;

  private TestDocs() {}

  static Document doc(String text, LocalDate published) {
    return new Document(Article.plain("t", "t.txt", text, "test", published, "test"));
  }

  static Document doc(String text) {
    return doc(text, null);
  }

  /** The seed article whose id starts with {@code prefix} ("003"). */
  static Document fixture(String prefix) {
    if (seed == null) {
      LoadResult r = Loader.load(List.of(SEED));
      if (!r.errors().isEmpty()) {
        throw new IllegalStateException("seed fixture errors: " + r.errors());
      }
      seed = r.articles();
    }
    return new Document(seed.stream().filter(a -> a.id().startsWith(prefix)).findFirst().orElseThrow());
  }

  /** The offset of the {@code n}-th (0-based) occurrence of {@code s} in the document. */
  static int offset(Document d, String s, int n) {
    int at = -1;
    for (int i = 0; i <= n; i++) {
      at = d.text().indexOf(s, at + 1);
      if (at < 0) {
        throw new IllegalArgumentException("'" + s + "' not found " + (n + 1) + " times");
      }
    }
    return at;
  }

  static int offset(Document d, String s) {
    return offset(d, s, 0);
  }
}
