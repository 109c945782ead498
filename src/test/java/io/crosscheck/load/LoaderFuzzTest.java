package io.crosscheck.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.crosscheck.extract.Claim;
import io.crosscheck.extract.Extraction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Coverage-guided fuzzing of the loader (Jazzer). Under {@code mvn test} each method runs only its
 * seeds in {@code src/test/resources/io/crosscheck/load/LoaderFuzzTestInputs/<method>/} (and any
 * crash found before, kept there as a regression input). To fuzz one method for real:
 *
 * <pre>JAZZER_FUZZ=1 mvn test -Dtest='LoaderFuzzTest#markdown' -Djazzer.max_duration=5m</pre>
 *
 * <p>Whatever the bytes, loading never throws, every error line names the file, and every offset
 * of an article's text maps to a line and column inside the file.
 */
class LoaderFuzzTest {
  private static final Path DIR;

  static {
    try {
      DIR = Files.createTempDirectory("crosscheck-fuzz");
      DIR.toFile().deleteOnExit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest(maxDuration = "5m")
  void text(byte[] data) throws IOException {
    check("article.txt", data);
  }

  @FuzzTest(maxDuration = "5m")
  void markdown(byte[] data) throws IOException {
    check("article.md", data);
  }

  @FuzzTest(maxDuration = "5m")
  void html(byte[] data) throws IOException {
    check("article.html", data);
  }

  @FuzzTest(maxDuration = "5m")
  void jsonLines(byte[] data) throws IOException {
    check("corpus.jsonl", data);
  }

  /** JSON Lines read line by line, as files over 256 MB are. */
  @FuzzTest(maxDuration = "5m")
  void largeJsonLines(byte[] data) throws IOException {
    check("corpus.jsonl", data, 0);
  }

  /** The extractors on any text: no exception, claims inside the text. */
  @FuzzTest(maxDuration = "5m")
  void extraction(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    Article a = Article.plain("fuzz", "fuzz.txt", text, null, null, null);
    for (Claim c : Extraction.standard().extract(a)) {
      assertThat(c.start()).isBetween(0, text.length());
      assertThat(c.end()).isBetween(c.start(), text.length());
    }
  }

  private static void check(String name, byte[] data) throws IOException {
    check(name, data, Loader.MAX_BYTES);
  }

  private static void check(String name, byte[] data, long wholeFileLimit) throws IOException {
    Path p = DIR.resolve(name);
    Files.write(p, data);
    try {
      LoadResult r = Loader.load(List.of(p), wholeFileLimit);
      for (ArticleError e : r.errors()) {
        assertThat(e.line()).startsWith(p.toString()).doesNotContain("\n");
      }
      for (Article a : r.articles()) {
        String text = a.text();
        assertThat(text).isNotBlank();
        int lines = lineCount(data);
        int step = Math.max(1, text.length() / 2000);
        for (int i = 0; i <= text.length(); i += step) {
          int off = a.map().fileOffset(i);
          assertThat(off).as("file offset of text offset %d", i).isBetween(0, data.length);
          Position pos = a.position(i);
          assertThat(pos.line()).as("line of text offset %d", i).isBetween(1, lines);
        }
        for (Suppression s : a.suppressions()) {
          assertThat(s.fromLine()).isBetween(1, lines + 1);
          assertThat(s.toLine()).isGreaterThanOrEqualTo(s.fromLine());
        }
      }
    } finally {
      Files.deleteIfExists(p);
    }
  }

  /** An upper bound on the file's lines whatever its encoding: one more than its line-end bytes. */
  private static int lineCount(byte[] data) {
    int n = 1;
    for (byte b : data) {
      if (b == '\n' || b == '\r') {
        n++;
      }
    }
    return n;
  }
}
