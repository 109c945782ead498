package io.crosscheck.load;

import static io.crosscheck.load.LoaderTest.at;
import static io.crosscheck.load.LoaderTest.errorLines;
import static io.crosscheck.load.LoaderTest.ids;
import static io.crosscheck.load.LoaderTest.load;
import static io.crosscheck.load.LoaderTest.only;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Markdown articles: front matter, what counts as text, positions, suppression comments. */
class MarkdownReaderTest {
  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  /**
   * The line:column of the first {@code needle} in a file's content, counted here by hand (CRLF,
   * LF and lone CR end a line), as an oracle independent of {@link SourceMap}.
   */
  static String fileAt(String content, String needle) {
    int i = content.indexOf(needle);
    assertThat(i).as("'%s' in the file", needle).isGreaterThanOrEqualTo(0);
    int line = 1;
    int col = 1;
    for (int k = 0; k < i; k++) {
      char c = content.charAt(k);
      if (c == '\n' || (c == '\r' && (k + 1 >= content.length() || content.charAt(k + 1) != '\n'))) {
        line++;
        col = 1;
      } else if (c != '\r') {
        col++;
      }
    }
    return line + ":" + col;
  }

  static final String ARTICLE = """
      ---
      title: "Talks in Geneva"
      source: Example Wire
      published: 2022-01-10
      url: https://example.org/geneva
      story: geneva-2022
      tags: [russia, nato]
      author:
        name: A. Writer
      ---
      # Sherman meets Ryabkov

      The U.S. delegation, led by *Deputy Secretary* Wendy Sherman, met
      for **nearly eight hours** with [Russian diplomats](https://example.org/ru "Russia")
      on Monday. ![a photo of the table with 40 chairs](photo.jpg)

      ```java
      int hours = 4;
      ```

          indented code: four hours

      <!-- an editor's note: verify the duration -->
      > Ryabkov said the talks were &ldquo;difficult&rdquo; \\*but\\* useful.

      - First item about <b>Vienna</b> talks.
      - Second item, see <https://example.org/osce> for more.

      [ref]: https://example.org/reference
      """;

  @Test
  void frontMatterGivesMetadataAndUnknownKeysAreIgnored() throws IOException {
    Article a = only(load(write("geneva.md", ARTICLE)));
    assertThat(a.id()).isEqualTo("geneva");
    assertThat(a.title()).isEqualTo("Talks in Geneva");
    assertThat(a.source()).isEqualTo("Example Wire");
    assertThat(a.published()).isEqualTo(LocalDate.of(2022, 1, 10));
    assertThat(a.url()).isEqualTo("https://example.org/geneva");
    assertThat(a.story()).isEqualTo("geneva-2022");
  }

  @Test
  void textLeavesOutFrontMatterCodeLinkTargetsImagesCommentsAndTags() throws IOException {
    Article a = only(load(write("geneva.md", ARTICLE)));
    assertThat(a.text()).isEqualTo("""
        Sherman meets Ryabkov

        The U.S. delegation, led by Deputy Secretary Wendy Sherman, met for nearly eight hours with \
        Russian diplomats on Monday.

        Ryabkov said the talks were \u201cdifficult\u201d *but* useful.

        First item about Vienna talks.

        Second item, see for more.""");
    assertThat(a.text()).doesNotContain("title:", "tags", "hours = 4", "four hours", "example.org", "photo",
        "40 chairs", "editor", "<b>", "reference");
  }

  @Test
  void wordsMapBackToTheirLineAndColumn() throws IOException {
    Article a = only(load(write("geneva.md", ARTICLE)));
    assertThat(at(a, "Sherman meets")).isEqualTo("11:3");
    assertThat(at(a, "Wendy")).isEqualTo("13:48");
    assertThat(at(a, "nearly")).isEqualTo("14:7");
    assertThat(at(a, "Russian")).isEqualTo("14:34");
    assertThat(at(a, "Monday")).isEqualTo("15:4");
    for (String word : new String[] {"Deputy", "eight", "with", "useful", "Vienna", "talks.", "Second", "for more"}) {
      assertThat(at(a, word)).as(word).isEqualTo(fileAt(ARTICLE, word));
    }
    // after an entity and an escape the columns still point at the word in the file
    assertThat(at(a, "difficult")).isEqualTo(fileAt(ARTICLE, "difficult"));
    assertThat(at(a, "but")).isEqualTo(fileAt(ARTICLE, "but\\*"));
  }

  @Test
  void crlfAndByteOrderMarkKeepPositionsRight() throws IOException {
    String crlf = ARTICLE.replace("\n", "\r\n");
    Path p = dir.resolve("crlf.md");
    byte[] body = crlf.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    Files.write(p, withBom);
    Article a = only(load(p));
    assertThat(a.title()).isEqualTo("Talks in Geneva");
    assertThat(a.text()).doesNotContain("\r");
    assertThat(at(a, "Wendy")).isEqualTo("13:48");
    assertThat(at(a, "Monday")).isEqualTo("15:4");
    assertThat(at(a, "difficult")).isEqualTo(fileAt(crlf, "difficult"));
    assertThat(at(a, "Vienna")).isEqualTo(fileAt(crlf, "Vienna"));
  }

  @Test
  void loneCarriageReturnLinesWork() throws IOException {
    String cr = "# Title\r\rFirst paragraph in Geneva.\rSecond line of it.\r\rNew paragraph about Vienna.\r";
    Article a = only(load(write("cr.md", cr)));
    assertThat(a.text()).isEqualTo(
        "Title\n\nFirst paragraph in Geneva. Second line of it.\n\nNew paragraph about Vienna.");
    assertThat(at(a, "Geneva")).isEqualTo("3:20");
    assertThat(at(a, "Second")).isEqualTo("4:1");
    assertThat(at(a, "Vienna")).isEqualTo("6:21");
  }

  @Test
  void paragraphsAreSeparatedByBlankLinesAndSoftBreaksAreSpaces() throws IOException {
    Article a = only(load(write("p.md",
        "First sentence of the\nfirst paragraph.\n\nSecond paragraph,  with  spaces.  \nHard break after.\n\n***\n\n"
            + "Third.\n")));
    assertThat(a.text()).isEqualTo(
        "First sentence of the first paragraph.\n\nSecond paragraph, with spaces.\nHard break after.\n\nThird.");
  }

  @Test
  void htmlBlocksKeepTheirTextButNotTheirTagsScriptsOrStyles() throws IOException {
    String md = "Intro.\n\n<div class=\"note\">\n<p>Inside a <em>block</em> in Kyiv.</p>\n"
        + "<script>var hidden = 1;</script>\n</div>\n\nOutro.\n";
    Article a = only(load(write("html.md", md)));
    assertThat(a.text()).isEqualTo("Intro.\n\nInside a block in Kyiv.\n\nOutro.");
    assertThat(at(a, "Kyiv")).isEqualTo("4:31");
  }

  @Test
  void theFirstHeadingIsTheTitleWhenFrontMatterHasNone() throws IOException {
    Article a = only(load(write("h.md", "Preamble.\n\n# Russia *warns* NATO\n\n## Sub\n\nBody.\n")));
    assertThat(a.title()).isEqualTo("Russia warns NATO");
  }

  @Test
  void brokenFrontMatterIsAnErrorOnItsLineAndTheArticleStillLoads() throws IOException {
    Path p = write("broken.md", "---\ntitle: Talks: in Geneva\nsource: X\n---\nThe talks in Geneva ended.\n");
    Path good = write("good.md", "Fine.\n");
    LoadResult r = load(p, good);
    assertThat(errorLines(r)).containsExactly(p + ":2: broken front matter: not valid YAML (mapping values are not"
        + " allowed here); read without its metadata");
    assertThat(ids(r)).containsExactly("broken", "good");
    Article a = r.articles().get(0);
    assertThat(a.text()).isEqualTo("The talks in Geneva ended.");
    assertThat(a.source()).isNull();
    assertThat(at(a, "Geneva")).isEqualTo("5:14");
  }

  @Test
  void unclosedFrontMatterIsReadAsMarkdown() throws IOException {
    Path p = write("open.md", "---\ntitle: Talks\n\nThe talks ended.\n");
    LoadResult r = load(p);
    assertThat(errorLines(r)).containsExactly(p + ":1: broken front matter: the '---' line that opens it is never"
        + " followed by a closing '---' line; read as Markdown without metadata");
    assertThat(r.articles()).singleElement().extracting(Article::text).isEqualTo("title: Talks\n\nThe talks ended.");
  }

  @Test
  void aFrontMatterValueThatIsAListIsAnErrorOnItsLine() throws IOException {
    Path p = write("list.md", "---\nsource: Wire\ntitle:\n  - one\n  - two\n---\nBody.\n");
    LoadResult r = load(p);
    assertThat(errorLines(r)).containsExactly(
        p + ":3: broken front matter: 'title' must be a single value, not a list or mapping; read without its metadata");
    assertThat(r.articles()).singleElement().satisfies(a -> {
      assertThat(a.source()).isNull();
      assertThat(a.text()).isEqualTo("Body.");
    });
  }

  @Test
  void aFrontMatterThatIsNotAMappingIsAnError() throws IOException {
    Path p = write("scalar.md", "---\njust a sentence\n---\nBody.\n");
    LoadResult r = load(p);
    assertThat(errorLines(r)).containsExactly(
        p + ":2: broken front matter: front matter must be 'key: value' lines; read without its metadata");
    assertThat(ids(r)).containsExactly("scalar");
  }

  @Test
  void aBadPublishedDateIsAnErrorOnItsLineAndTheArticleLoadsWithoutIt() throws IOException {
    Path p = write("date.md", "---\ntitle: T\n\npublished: 2022-02-30\n---\nBody.\n");
    LoadResult r = load(p);
    assertThat(errorLines(r)).containsExactly(
        p + ":4: bad published date '2022-02-30' (expected YYYY-MM-DD or an ISO date-time); read without a date");
    assertThat(r.articles()).singleElement().satisfies(a -> {
      assertThat(a.published()).isNull();
      assertThat(a.title()).isEqualTo("T");
    });
  }

  @Test
  void publishedMayBeADateTime() throws IOException {
    Article a = only(load(write("dt.md", "---\npublished: 2022-01-13T18:05:00+01:00\n---\nBody.\n")));
    assertThat(a.published()).isEqualTo(LocalDate.of(2022, 1, 13));
  }

  @Test
  void onlyFrontMatterAndCodeIsNoArticle() throws IOException {
    Path p = write("code.md", "---\ntitle: x\n---\n```\ncode only\n```\n\n<!-- a comment -->\n![img](a.png)\n");
    Path good = write("good.md", "Fine.\n");
    LoadResult r = load(p, good);
    assertThat(errorLines(r)).containsExactly(p + ": no article text (only front matter, code, images or markup)");
    assertThat(ids(r)).containsExactly("good");
  }

  static final String SUPPRESSED = """
      Intro paragraph.

      <!-- crosscheck-disable title-conflict, quote-drift -->
      Sherman is the assistant secretary of state.
      <!-- crosscheck-enable title-conflict -->

      <!-- crosscheck-disable-next-line -->

      The talks lasted eight hours.
      Text with inline <!-- crosscheck-disable-next-line duration-conflict   number-drift --> comment.
      Next line.

      ```
      <!-- crosscheck-disable inside-code -->
      ```

      <!-- crosscheck-disable-nextline typo -->
      <!--crosscheck-disable-->
      Last.
      """;

  @Test
  void suppressionCommentsBecomeSuppressions() throws IOException {
    Path p = write("s.md", SUPPRESSED);
    LoadResult r = load(p);
    Article a = only(r);
    assertThat(a.suppressions()).containsExactly(
        new Suppression("quote-drift", 3, Integer.MAX_VALUE, new Position(3, 1)),
        new Suppression("title-conflict", 3, 5, new Position(3, 1)),
        new Suppression("*", 9, 9, new Position(7, 1)),
        new Suppression("duration-conflict", 11, 11, new Position(10, 18)),
        new Suppression("number-drift", 11, 11, new Position(10, 18)),
        new Suppression("*", 18, Integer.MAX_VALUE, new Position(18, 1)));
    assertThat(r.notes()).containsExactly(p + ":17:1: unknown crosscheck comment 'crosscheck-disable-nextline'"
        + " (expected crosscheck-disable, crosscheck-enable or crosscheck-disable-next-line)");
    assertThat(a.suppressions().get(1).covers("title-conflict", 4)).isTrue();
    assertThat(a.suppressions().get(1).covers("title-conflict", 6)).isFalse();
    assertThat(a.text()).doesNotContain("crosscheck");
  }

  @Test
  void enableWithoutIdsEndsEveryBlockAndAStrayEnableIsANote() throws IOException {
    Path p = write("e.md", "<!-- crosscheck-disable a b -->\nOne.\n<!-- crosscheck-enable -->\nTwo.\n"
        + "<!-- crosscheck-enable c -->\n");
    LoadResult r = load(p);
    assertThat(only(r).suppressions()).containsExactly(
        new Suppression("a", 1, 3, new Position(1, 1)),
        new Suppression("b", 1, 3, new Position(1, 1)));
    assertThat(r.notes()).containsExactly(p + ":5:1: crosscheck-enable c has no crosscheck-disable before it");
  }

  @Test
  void largeDocumentsAreParsedInPiecesWithoutSplittingCodeOrComments() throws IOException {
    String para = "Plain paragraph about talks in Geneva.\n\n";
    StringBuilder md = new StringBuilder("---\ntitle: Big\n---\n");
    while (md.length() < MarkdownReader.CHUNK - 200) {
      md.append(para);
    }
    // a fence and a comment that both straddle the first piece's end, blank lines inside
    md.append("```\nfirst code line\n\nSecret code words\n\n");
    md.append(para.repeat(20));
    md.append("```\n\n<!--\n\nHidden comment words\n\n");
    md.append(para.repeat(20));
    md.append("-->\n\n<!-- crosscheck-disable-next-line duration-conflict -->\nThe talks lasted eight hours in Vienna.\n");
    String content = md.toString();
    int end = MarkdownReader.chunkEnd(content, 0);
    int fenceOpen = content.indexOf("```");
    int fenceClose = content.indexOf("```", fenceOpen + 3);
    int commentOpen = content.indexOf("<!--\n");
    int commentClose = content.indexOf("-->", commentOpen);
    assertThat(end).isGreaterThan(MarkdownReader.CHUNK);
    assertThat(end <= fenceOpen || end > fenceClose).as("piece end %d outside the fence", end).isTrue();
    assertThat(end <= commentOpen || end > commentClose).as("piece end %d outside the comment", end).isTrue();
    String twice = content + "\n" + content.substring(content.indexOf("---\n", 4) + 4);
    int firstEnd = MarkdownReader.chunkEnd(twice, 0);
    assertThat(firstEnd).isLessThan(twice.length());
    Article a = only(load(write("big.md", twice)));
    assertThat(a.text()).doesNotContain("Secret", "Hidden", "code line", "Plain paragraph about talks in Geneva.Plain");
    int last = a.text().lastIndexOf("Vienna");
    int lastInFile = twice.lastIndexOf("Vienna");
    assertThat(lastInFile).isGreaterThan(firstEnd);
    assertThat(a.position(last).line()).isEqualTo(1 + (int) twice.substring(0, lastInFile).chars().filter(c -> c == '\n').count());
    assertThat(a.position(last).column()).isEqualTo(33);
    assertThat(a.suppressions()).hasSize(2);
    assertThat(a.suppressions().get(1).fromLine()).isEqualTo(a.position(last).line());
  }
}
