package io.crosscheck.load;

import static io.crosscheck.load.LoaderTest.at;
import static io.crosscheck.load.LoaderTest.load;
import static io.crosscheck.load.LoaderTest.only;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Big inputs load in time proportional to their size. The limits are generous (the machines are
 * shared); what they catch is quadratic work, which would take minutes at these sizes.
 */
// A hang guard, not a speed measurement (the bench measures speed): quadratic work on these
// inputs would take hours, so each test only has to finish.
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class LoaderLargeInputTest {
  @TempDir Path dir;

  private static final String PARAGRAPH = "Talks in Geneva on Monday lasted nearly eight hours, officials said; "
      + "Deputy Secretary of State Wendy Sherman led the U.S. delegation.\r\n\r\n";


  private Path writeRepeated(String name, String head, String unit, long bytes, String tail) throws IOException {
    Path p = dir.resolve(name);
    byte[] u = unit.getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(p), 1 << 16)) {
      out.write(head.getBytes(StandardCharsets.UTF_8));
      for (long n = 0; n < bytes; n += u.length) {
        out.write(u);
      }
      out.write(tail.getBytes(StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void aFiftyMegabyteTextArticleLoads() throws IOException {
    Path p = writeRepeated("big.txt", "", PARAGRAPH, 50L << 20, "The end in Vienna.\r\n");
    long units = ((50L << 20) + PARAGRAPH.length() - 1) / PARAGRAPH.length();
    Article a = only(load(p));
    assertThat(a.text()).hasSize((int) Files.size(p));
    // every paragraph is two lines: the last one starts after 2 * units lines
    assertThat(at(a, "The end in Vienna")).isEqualTo((2 * units + 1) + ":1");
    assertThat(a.position(a.text().lastIndexOf("Vienna"))).isEqualTo(new Position((int) (2 * units + 1), 12));
  }

  @Test
  void aTenMegabyteSingleLineLoads() throws IOException {
    Path p = writeRepeated("line.txt", "", "Sherman met Ryabkov in Geneva. ", 10L << 20, "Last word");
    Article a = only(load(p));
    int last = a.text().lastIndexOf("Last word");
    assertThat(a.position(last)).isEqualTo(new Position(1, last + 1));
  }

  @Test
  void largeMarkdownAndHtmlLoadInLinearTime() throws IOException {
    String md = "Paragraph about the *talks* in [Geneva](https://example.org) lasting eight hours.\n"
        + "A second line &amp; a \\*literal\\* star.\n\n";
    Path mdFile = writeRepeated("big-markdown.md", "---\ntitle: Big\n---\n", md, 4L << 20, "Final words.\n");
    String html = "<p>Paragraph about the <b>talks</b> in <a href=\"https://example.org\">Geneva</a>"
        + " lasting eight&nbsp;hours.</p>\n";
    Path htmlFile = writeRepeated("big-page.html", "<html><body><article>\n", html, 4L << 20,
        "<p>Final words.</p></article></body></html>\n");
    LoadResult r = load(mdFile, htmlFile);
    assertThat(r.errors()).isEmpty();
    assertThat(r.articles()).hasSize(2);
    Article m = r.articles().get(0);
    long mdUnits = ((4L << 20) + md.length() - 1) / md.length();
    assertThat(at(m, "Final words")).isEqualTo((3 + 3 * mdUnits + 1) + ":1");
    Article h = r.articles().get(1);
    long htmlUnits = ((4L << 20) + html.length() - 1) / html.length();
    assertThat(at(h, "Final words")).isEqualTo((htmlUnits + 2) + ":4");
  }

  @Test
  void tenThousandSmallFilesLoadQuickly() throws IOException {
    for (int i = 0; i < 10_000; i++) {
      Path sub = dir.resolve(String.format(java.util.Locale.ROOT, "d%02d", i % 100));
      if (i < 100) {
        Files.createDirectory(sub);
      }
      Files.writeString(sub.resolve(String.format(java.util.Locale.ROOT, "a%05d.txt", i)),
          "Article " + i + ": the talks lasted " + (i % 12) + " hours.\n", StandardCharsets.UTF_8);
    }
    LoadResult r = load(dir);
    assertThat(r.errors()).isEmpty();
    assertThat(r.articles()).hasSize(10_000);
    assertThat(r.articles().get(0).id()).isEqualTo("a00000");
    assertThat(r.articles().get(1).id()).isEqualTo("a00100");
    assertThat(r.articles().get(9_999).id()).isEqualTo("a09999");
  }
}
