package io.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.load.Article;
import io.crosscheck.load.SourceMap;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TextRendererTest {
  private static final Pattern ANSI = Pattern.compile("\u001b\\[[0-9;]*m");

  static String render(Report r, boolean color) throws IOException {
    StringWriter w = new StringWriter();
    Renderers.of("text", new RenderOptions(color)).render(r, w);
    return w.toString();
  }

  @Test
  void colourAddsOnlyEscapeCodes() throws IOException {
    Report r = SampleReport.report();
    String plain = render(r, false);
    String color = render(r, true);
    assertThat(plain).doesNotContain("\u001b");
    assertThat(color).contains("\u001b[1;31merror\u001b[0m", "\u001b[1;33mwarning\u001b[0m", "\u001b[1;36minfo\u001b[0m");
    assertThat(ANSI.matcher(color).replaceAll("")).isEqualTo(plain);
  }

  @Test
  void colouredSummaryColoursOnlyCountsAboveZero() throws IOException {
    String last = render(SampleReport.empty(), true).strip();
    assertThat(last).isEqualTo("1 article, 0 claims: 0 errors, 0 warnings, 0 info");
  }

  @Test
  void theDefaultRendererHasNoColour() throws IOException {
    StringWriter w = new StringWriter();
    new TextRenderer().render(SampleReport.report(), w);
    assertThat(w.toString()).isEqualTo(render(SampleReport.report(), false));
  }

  /** One finding whose evidence stands in a given article at a given value. */
  static Report oneFinding(Article a, String value, int line, int column, String sentence) {
    Article other = SampleReport.A2;
    Evidence e = new Evidence("", a.id(), a.path(), line, column, column + value.length(), value, sentence, "");
    Evidence e2 = new Evidence("", other.id(), other.path(), 3, 6, 31, "Deputy Secretary of State", "", "");
    Finding f = new Finding("title-conflict", Severity.ERROR, "title", "Wendy Sherman", "m", List.of(e, e2), "");
    return new Report(List.of(a, other), List.of(), List.of(f), List.of(), List.of(), List.of());
  }

  /** The source line printed for the first piece of evidence, and the caret line under it. */
  static String[] snippet(Report r) throws IOException {
    String[] lines = render(r, false).split("\n");
    return new String[] {lines[2], lines[3]};
  }

  @Test
  void caretStandsUnderTheValueOnALongLineCutAroundIt() throws IOException {
    String line = "Officials said on Tuesday that ".repeat(6) + "the talks lasted nearly eight hours in all, "
        + "which nobody had expected when they began in the morning.";
    Article a = Article.plain("long", "long.txt", "Headline\n" + line + "\n", null, null, "s");
    int col = line.indexOf("nearly eight hours") + 1;
    String[] s = snippet(oneFinding(a, "nearly eight hours", 2, col, line));
    assertThat(s[0]).startsWith("    2 | ...").contains("nearly eight hours").endsWith("...");
    assertThat(s[0].length()).isLessThanOrEqualTo(8 + TextRenderer.WIDTH + 6);
    assertThat(s[1].indexOf('^')).isEqualTo(s[0].indexOf("nearly eight hours"));
    assertThat(s[1].substring(s[1].indexOf('^'))).isEqualTo("^".repeat("nearly eight hours".length()));
  }

  @Test
  void caretStaysAlignedAfterTabsAndWithCrlfLineEnds() throws IOException {
    String text = "Title\r\n\tGENEVA\t- Talks lasted four hours.\r\n";
    Article a = Article.plain("tabs", "tabs.txt", text, null, null, "s");
    String[] s = snippet(oneFinding(a, "four hours", 2, 24, "GENEVA\t- Talks lasted four hours."));
    assertThat(s[0]).isEqualTo("    2 | GENEVA - Talks lasted four hours.");
    assertThat(s[1]).isEqualTo("      |                       ^^^^^^^^^^");
  }

  @Test
  void markupLeftOutOfTheTextIsShownAsOneSpace() throws IOException {
    // the file says "Talks with **Deputy Secretary of State** Sherman"; the loader keeps the words only
    String file = "Talks with **Deputy Secretary of State** Sherman\n";
    String text = "Talks with Deputy Secretary of State Sherman\n";
    SourceMap map = SourceMap.segments(file, new int[] {0, 11, 36}, new int[] {0, 13, 40});
    Article a = new Article("md", "a.md", null, null, "s", null, null, text, map, List.of());
    String[] s = snippet(oneFinding(a, "Deputy Secretary of State", 1, 14, "Talks with Deputy Secretary of State Sherman"));
    assertThat(s[0]).isEqualTo("    1 | Talks with  Deputy Secretary of State  Sherman");
    assertThat(s[1]).isEqualTo("      |             ^^^^^^^^^^^^^^^^^^^^^^^^^");
  }

  @Test
  void withoutItsArticleTheEvidenceShowsItsSentence() throws IOException {
    Report full = SampleReport.report();
    Report noArticles = new Report(List.of(), full.claims(), full.findings(), List.of(), List.of(), full.rules());
    String out = render(noArticles, false);
    assertThat(out).contains("    fixtures/talks/003 blog.txt:2:1: 'More than 100,000'\n"
        + "        More than 100,000 troops are near Ukraine, according to the Pentagon.\n");
    assertThat(out).doesNotContain(" | ");
  }

  @Test
  void anEvidenceWithoutValueWidthGetsOneCaret() throws IOException {
    Article a = Article.plain("sup", "sup.txt", "Text.\n<!-- crosscheck-disable title-conflict -->\n", null, null, "s");
    Evidence e = new Evidence("", a.id(), a.path(), 2, 6, 6, "crosscheck-disable title-conflict", "", "");
    Finding f = new Finding("unused-suppression", Severity.INFO, "suppression", "title-conflict", "m", List.of(e), "");
    String out = render(new Report(List.of(a), List.of(), List.of(f), List.of(), List.of(), List.of()), false);
    assertThat(out).contains("    2 | <!-- crosscheck-disable title-conflict -->\n      |      ^\n");
  }
}
