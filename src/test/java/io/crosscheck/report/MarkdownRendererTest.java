package io.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownRendererTest {
  @ParameterizedTest
  @CsvSource(delimiterString = "=>", quoteCharacter = '"', value = {
    "The talks ended.                  => The talks ended.",
    "1. The first round                => 1\\. The first round",
    "2022) was the year                => 2022\\) was the year",
    "- a dash opens it                 => \\- a dash opens it",
    "+ so does a plus                  => \\+ so does a plus",
    "@nytimes reported                 => \\@nytimes reported",
    "a | b                             => a \\| b",
    "cost $5 and $6                    => cost \\$5 and \\$6",
    "<script>x</script>                => \\<script\\>x\\</script\\>",
    "*not bold* and _not it_           => \\*not bold\\* and \\_not it\\_",
    "[link](http://x)                  => \\[link\\](http://x)",
    "\"two\nlines\"                    => two lines",
    "# not a heading                   => \\# not a heading",
    "AT&T                              => AT\\&T",
    "U.S.-Russia talks                 => U.S.-Russia talks",
  })
  void articleTextIsEscaped(String in, String out) {
    assertThat(MarkdownRenderer.escape(in)).isEqualTo(out);
  }

  @Test
  void anEmptyReportSaysNothingWasFound() throws IOException {
    StringWriter w = new StringWriter();
    new MarkdownRenderer().render(SampleReport.empty(), w);
    assertThat(w.toString()).isEqualTo("## crosscheck report\n\n**1 article, 0 claims: 0 errors, 0 warnings, 0 info**\n\n"
        + "No contradictions found.\n\n<sub>crosscheck " + Version.get() + "</sub>\n");
  }

  @Test
  void codeSpansHoldBackticks() {
    assertThat(MarkdownRenderer.code("a.txt")).isEqualTo("`a.txt`");
    assertThat(MarkdownRenderer.code("a`b.txt")).isEqualTo("`` a`b.txt ``");
  }

  /** The Markdown as CommonMark renders it, parsed back. */
  static Document rendered() throws IOException {
    StringWriter w = new StringWriter();
    new MarkdownRenderer().render(SampleReport.report(), w);
    String html = HtmlRenderer.builder().build().render(Parser.builder().build().parse(w.toString()));
    return Jsoup.parse(html);
  }

  @Test
  void eachPieceOfEvidenceIsAQuoteWithItsValueInBold() throws IOException {
    Document d = rendered();
    assertThat(d.select("h3")).extracting(e -> e.text()).containsExactly(
        "1. Error · title-conflict · Wendy Sherman", "2. Warning · duration-conflict · talks",
        "3. Info · quantity-conflict · Russian troops", "Inputs that could not be read", "Rules that failed");
    assertThat(d.select("blockquote")).hasSize(7);
    assertThat(d.select("blockquote strong")).extracting(e -> e.text()).containsExactly(
        "Assistant Secretary of State", "Deputy Secretary of State", "Deputy Secretary of State",
        "nearly eight hours", "four hours", "tens of thousands", "More than 100,000");
  }

  @Test
  void articleTextRendersAsWrittenNotAsMarkup() throws IOException {
    Document d = rendered();
    // the article's "<b>but</b>" and "*American*" stay text, and the leading "* " is no list
    assertThat(d.select("blockquote b, blockquote em, blockquote ul")).isEmpty();
    assertThat(d.select("blockquote").get(1).text()).contains("\"useful\" <b>but</b> tense.");
    assertThat(d.select("blockquote").get(2).text())
        .startsWith("* Deputy Secretary of State Wendy Sherman led the *American* side_");
    assertThat(d.select("blockquote").get(0).text()).contains("Wire Service & Co, 2022-01-10");
  }
}
