package io.crosscheck.load;

import static io.crosscheck.load.LoaderTest.at;
import static io.crosscheck.load.LoaderTest.errorLines;
import static io.crosscheck.load.LoaderTest.ids;
import static io.crosscheck.load.LoaderTest.load;
import static io.crosscheck.load.LoaderTest.only;
import static io.crosscheck.load.MarkdownReaderTest.fileAt;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTML articles: the article's text without the page around it, metadata, positions, comments. */
class HtmlReaderTest {
  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  static final String PAGE = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
        <meta charset="utf-8">
        <title>Russia warns of &quot;military options&quot; - Example News</title>
        <meta property="og:title" content="Russia warns of &quot;military options&quot;">
        <meta property="og:site_name" content="Example News">
        <meta property="article:published_time" content="2022-01-13T21:04:00Z">
        <link rel="canonical" href="https://news.example.org/russia-warns">
        <link rel="stylesheet" href="https://cdn.example.org/site.css">
        <style>p { color: red; }</style>
        <script>window.tracking = "Skip to main content";</script>
      </head>
      <body>
        <header><a href="/">Example News</a> <nav><a href="/world">World</a> Skip to main content</nav></header>
        <aside>Most read: Prices rise 40 percent</aside>
        <article>
          <h1>Russia warns of &ldquo;military options&rdquo;</h1>
          <p>Talks in Vienna at the <abbr>OSCE</abbr> ended on Thursday
             without a breakthrough, Deputy Foreign Minister Sergei Ryabkov&nbsp;said.</p>
          <p>The meeting lasted nearly <b>four</b> hours.<br>Officials&#8217; mood was grim &amp; tense.</p>
          <figure><img src="https://img.example.org/a.jpg" alt="A photo of 57 flags"><figcaption>Delegates in Vienna.</figcaption></figure>
          <form><label>Subscribe</label><input value="email"></form>
          <iframe src="https://video.example.org/embed"></iframe>
          <div hidden>Hidden teaser text</div>
          <ul><li>First point</li><li>Second point</li></ul>
          <!-- crosscheck-disable-next-line duration-conflict -->
          <p>Blinken said the talks took eight hours.</p>
        </article>
        <footer>Copyright 2022 Example News. Leave a Comment</footer>
      </body>
      </html>
      """;

  @Test
  void theArticleTextLeavesOutTheRestOfThePage() throws IOException {
    Article a = only(load(write("russia.html", PAGE)));
    assertThat(a.text()).isEqualTo("""
        Russia warns of \u201cmilitary options\u201d

        Talks in Vienna at the OSCE ended on Thursday without a breakthrough, Deputy Foreign Minister \
        Sergei Ryabkov\u00a0said.

        The meeting lasted nearly four hours.
        Officials\u2019 mood was grim & tense.

        Delegates in Vienna.

        First point

        Second point

        Blinken said the talks took eight hours.""");
    assertThat(a.text()).doesNotContain("Skip to main content", "Most read", "Copyright", "Subscribe", "Hidden",
        "color", "tracking", "57 flags", "World");
  }

  @Test
  void metadataComesFromTheHead() throws IOException {
    Article a = only(load(write("russia.html", PAGE)));
    assertThat(a.id()).isEqualTo("russia");
    assertThat(a.title()).isEqualTo("Russia warns of \"military options\"");
    assertThat(a.source()).isEqualTo("Example News");
    assertThat(a.published()).isEqualTo(LocalDate.of(2022, 1, 13));
    assertThat(a.url()).isEqualTo("https://news.example.org/russia-warns");
    assertThat(a.story()).isEqualTo(Article.DEFAULT_STORY);
  }

  @Test
  void wordsMapBackToTheirLineAndColumnInThePage() throws IOException {
    Article a = only(load(write("russia.html", PAGE)));
    assertThat(at(a, "Talks in Vienna")).isEqualTo("19:8");
    assertThat(at(a, "without")).isEqualTo("20:8");
    assertThat(at(a, "four")).isEqualTo("21:37");
    assertThat(at(a, "Russia warns")).isEqualTo("18:9");
    for (String word : new String[] {"OSCE", "Ryabkov", "Officials", "mood", "tense", "Second point",
        "Blinken", "eight hours"}) {
      assertThat(at(a, word)).as(word).isEqualTo(fileAt(PAGE, word));
    }
    // after &ldquo; and &#8217; the columns still point at the word itself
    assertThat(at(a, "military options\u201d")).isEqualTo(fileAt(PAGE, "military options&rdquo;"));
    assertThat(at(a, "grim")).isEqualTo(fileAt(PAGE, "grim"));
  }

  @Test
  void crlfPagesMapToTheRightCharacter() throws IOException {
    String crlf = PAGE.replace("\n", "\r\n");
    Article a = only(load(write("crlf.html", crlf)));
    assertThat(a.text()).doesNotContain("\r");
    assertThat(at(a, "Talks in Vienna")).isEqualTo("19:8");
    assertThat(at(a, "without")).isEqualTo("20:8");
    assertThat(at(a, "tense")).isEqualTo(fileAt(crlf, "tense"));
  }

  @Test
  void commentsCarrySuppressions() throws IOException {
    Article a = only(load(write("russia.html", PAGE)));
    int line = Integer.parseInt(fileAt(PAGE, "<!-- crosscheck").split(":")[0]);
    assertThat(a.suppressions()).containsExactly(
        new Suppression("duration-conflict", line + 1, line + 1, new Position(line, 5)));
    assertThat(at(a, "Blinken")).startsWith((line + 1) + ":");
  }

  @Test
  void theLongestArticleWinsOverTeasers() throws IOException {
    String html = "<body><article><p>Teaser: prices up.</p></article>"
        + "<article><h2>Main story</h2><p>The talks in Geneva lasted nearly eight hours on Monday.</p></article>"
        + "<article><p>Another teaser.</p></article></body>";
    Article a = only(load(write("teasers.html", html)));
    assertThat(a.text()).isEqualTo("Main story\n\nThe talks in Geneva lasted nearly eight hours on Monday.");
  }

  @Test
  void mainIsUsedWhenThereIsNoArticleAndBodyOtherwise() throws IOException {
    Article main = only(load(write("main.html", "<body><nav>Home</nav><div>Sidebar promo</div>"
        + "<main><p>Story text in Kyiv.</p></main><footer>(c)</footer></body>")));
    assertThat(main.text()).isEqualTo("Story text in Kyiv.");
    Article body = only(load(write("body.html", "<p>Bare paragraph one.</p><p>Two &amp; three.</p>")));
    assertThat(body.text()).isEqualTo("Bare paragraph one.\n\nTwo & three.");
    assertThat(body.title()).isNull();
    assertThat(body.published()).isNull();
  }

  @Test
  void titleFallsBackToTheTitleElementAndDateToTimeDatetime() throws IOException {
    Article a = only(load(write("t.htm", "<html><head><title> Talks  end </title></head><body><article>"
        + "<p>Posted <time datetime=\"2022-01-12\">Wednesday</time>. Talks ended.</p></article></body></html>")));
    assertThat(a.title()).isEqualTo("Talks end");
    assertThat(a.published()).isEqualTo(LocalDate.of(2022, 1, 12));
    assertThat(a.text()).isEqualTo("Posted Wednesday. Talks ended.");
  }

  @Test
  void aBadPublishedDateIsAnErrorOnItsLine() throws IOException {
    Path p = write("d.html", "<html><head>\n<meta property=\"article:published_time\" content=\"yesterday\">\n"
        + "</head><body><p>Text.</p></body></html>");
    LoadResult r = load(p);
    assertThat(errorLines(r)).containsExactly(
        p + ":2: bad published date 'yesterday' (expected YYYY-MM-DD or an ISO date-time); read without a date");
    assertThat(ids(r)).containsExactly("d");
  }

  @Test
  void aPageWithNoArticleTextIsAnError() throws IOException {
    Path p = write("empty.html", "<html><head><title>Nothing</title><script>var a = 1;</script></head>"
        + "<body><nav>Menu</nav><footer>Footer</footer></body></html>");
    Path good = write("good.html", "<p>Good.</p>");
    LoadResult r = load(p, good);
    assertThat(errorLines(r)).containsExactly(p + ": no article text found in the page");
    assertThat(ids(r)).containsExactly("good");
  }

  @Test
  void brokenMarkupStillGivesItsText() throws IOException {
    Article a = only(load(write("broken.html", "<article><p>Unclosed <b>bold <i>and italic\n<p>Next para &bogus; "
        + "AT&T < 5 &amp so on")));
    assertThat(a.text()).isEqualTo("Unclosed bold and italic\n\nNext para &bogus; AT&T < 5 & so on");
    assertThat(at(a, "AT&T")).isEqualTo("2:22");
    assertThat(at(a, "so on")).isEqualTo("2:36");
  }

  @Test
  void deeplyNestedMarkupGivesItsTextWithoutOverflowingTheStack() throws IOException {
    String html = "<html><body><article>" + "<div><span>".repeat(20_000) + "<p>Deep inside, the talks lasted "
        + "nearly four hours.</p>" + "</span></div>".repeat(20_000) + "</article></body></html>";
    Article a = only(load(write("deep.html", html)));
    assertThat(a.text()).contains("Deep inside, the talks lasted nearly four hours.");
    assertThat(at(a, "nearly")).startsWith("1:");
  }
}
