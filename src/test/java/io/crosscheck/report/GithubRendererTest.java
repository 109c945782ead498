package io.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.load.Article;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class GithubRendererTest {
  static String render(Report r) throws IOException {
    StringWriter w = new StringWriter();
    Renderers.of("github").render(r, w);
    return w.toString();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
    "100% sure                | 100%25 sure",
    "\"a\r\nb\rc\nd\"           | a%0D%0Ab%0Dc%0Ad",
    "Geneva, Monday: talks    | Geneva, Monday: talks",
    "%0A is not a line break  | %250A is not a line break",
  })
  void messagesEscapePercentAndLineBreaks(String in, String out) {
    assertThat(GithubRenderer.data(in)).isEqualTo(out);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "news/a,b.txt        | news/a%2Cb.txt",
    "C:/news/a.txt       | C%3A/news/a.txt",
    "50%.txt             | 50%25.txt",
    "crosscheck rule-x   | crosscheck rule-x",
  })
  void propertiesAlsoEscapeColonAndComma(String in, String out) {
    assertThat(GithubRenderer.property(in)).isEqualTo(out);
  }

  @Test
  void oneAnnotationPerFindingAtItsFirstEvidence() throws IOException {
    String[] lines = render(SampleReport.report()).split("\n");
    assertThat(lines).hasSize(6);
    assertThat(lines[0]).startsWith("::error file=fixtures/talks/001_wire.txt,line=3,col=48,endColumn=76,"
        + "title=crosscheck title-conflict::");
    assertThat(lines[1]).startsWith("::warning ");
    assertThat(lines[2]).startsWith("::notice ");
    assertThat(lines[5]).isEqualTo("3 articles, 8 claims: 1 error, 1 warning, 1 info (1 input could not be read)");
  }

  @Test
  void aPathWithACommaAndAMessageOverLinesStayOneCommand() throws IOException {
    Article a = Article.plain("x", "news/Kyiv, Ukraine.txt", "Line one.\nThe talks lasted four hours.\n", null, null, "s");
    Evidence e1 = new Evidence("", "x", a.path(), 2, 18, 28, "four hours", "The talks lasted four hours.", "");
    Evidence e2 = new Evidence("", "y", "news/y.txt", 1, 1, 11, "nine hours", "Nine hours.", "Geneva, Monday");
    Finding f = new Finding("duration-conflict", Severity.WARNING, "duration", "talks", "50% off:\nfour vs nine",
        List.of(e1, e2), "");
    String out = render(new Report(List.of(a), List.of(), List.of(f), List.of(), List.of(), List.of()));
    assertThat(out).isEqualTo(
        "::warning file=news/Kyiv%2C Ukraine.txt,line=2,col=18,endColumn=28,title=crosscheck duration-conflict"
            + "::50%25 off:%0Afour vs nine%0Anews/y.txt:1:1: 'nine hours' (Geneva, Monday)\n"
            + "1 article, 0 claims: 0 errors, 1 warning, 0 info\n");
  }
}
