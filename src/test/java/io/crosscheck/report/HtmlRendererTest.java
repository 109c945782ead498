package io.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.HashSet;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {
  static String html(Report r) throws IOException {
    StringWriter w = new StringWriter();
    new HtmlRenderer().render(r, w);
    return w.toString();
  }

  @Test
  void selfContainedNothingToFetchNoScript() throws IOException {
    String html = html(SampleReport.report());
    Document d = Jsoup.parse(html);
    assertThat(d.select("script, iframe, object, embed, img, link[rel=stylesheet]")).isEmpty();
    assertThat(d.select("[src]")).isEmpty();
    assertThat(d.select("link")).allSatisfy(l -> assertThat(l.attr("href")).startsWith("data:"));
    assertThat(d.select("style").html()).doesNotContain("url(", "@import");
    assertThat(d.select("meta[http-equiv=Content-Security-Policy]").attr("content")).startsWith("default-src 'none'");
    assertThat(d.select("meta[name=viewport]")).hasSize(1);
    assertThat(d.select("style").html()).contains("@media (max-width:");
  }

  @Test
  void everyInternalLinkLeadsSomewhereAndIdsAreUnique() throws IOException {
    Document d = Jsoup.parse(html(SampleReport.report()));
    Set<String> ids = new HashSet<>();
    for (Element e : d.select("[id]")) {
      assertThat(ids.add(e.id())).as("duplicate id " + e.id()).isTrue();
    }
    for (Element a : d.select("a[href^=#]")) {
      assertThat(ids).as("link " + a.attr("href")).contains(a.attr("href").substring(1));
    }
    assertThat(d.select("a[href^=#]").size()).isGreaterThan(10);
  }

  @Test
  void findingsShowTheirEvidenceWithTheValuesMarked() throws IOException {
    Document d = Jsoup.parse(html(SampleReport.report()));
    assertThat(d.select("article.finding")).extracting(Element::id).containsExactly("f1", "f2", "f3");
    Element f1 = d.getElementById("f1");
    assertThat(f1.hasClass("error")).isTrue();
    assertThat(f1.select("figure")).hasSize(3);
    assertThat(f1.select("figure mark")).extracting(Element::text)
        .containsExactly("Assistant Secretary of State", "Deputy Secretary of State", "Deputy Secretary of State");
    assertThat(f1.select("figcaption").get(0).text()).isEqualTo(
        "001_wire Wire Service & Co 2022-01-10 fixtures/talks/001_wire.txt:3:48");
    assertThat(d.getElementById("f3").select("figure").get(1).select("mark").text()).isEqualTo("More than 100,000");
  }

  @Test
  void articleTextIsEscapedNotInterpreted() throws IOException {
    Document d = Jsoup.parse(html(SampleReport.report()));
    assertThat(d.select("blockquote b, .text b")).isEmpty();
    assertThat(d.getElementById("f1").select("blockquote").get(1).text()).contains("\"useful\" <b>but</b> tense.");
    assertThat(d.select("summary .source")).extracting(Element::text).contains("The Daily <Post>");
    assertThat(HtmlRenderer.esc("<a href=\"x\">'&'</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  }

  @Test
  void eachArticleShowsItsClaimsThoseInFindingsLinkedToThem() throws IOException {
    Document d = Jsoup.parse(html(SampleReport.report()));
    assertThat(d.select("details.article")).hasSize(3);
    Element wire = d.getElementById(HtmlRenderer.id("a", "001_wire"));
    assertThat(wire.select("mark.claim.hit")).extracting(Element::text)
        .containsExactly("Assistant Secretary of State", "nearly eight hours");
    assertThat(wire.select("mark.claim.hit a")).extracting(e -> e.attr("href")).containsExactly("#f1", "#f2");
    // the quote claim takes part in no finding: shown, not marked
    assertThat(wire.select("span.claim")).extracting(Element::text).containsExactly("frank & forthright");
    assertThat(wire.select(".text").text()).startsWith("Talks in Geneva end without a deal");
  }

  @Test
  void summaryCountsBySeverityKindAndSubject() throws IOException {
    Document d = Jsoup.parse(html(SampleReport.report()));
    assertThat(d.select(".card")).extracting(Element::text).containsExactly("1 error", "1 warning", "1 info");
    assertThat(d.select("table").get(0).select("tbody tr")).extracting(Element::text)
        .containsExactly("duration 0 1 0", "quantity 0 0 1", "title 1 0 0");
    assertThat(d.select("table").get(1).select("tbody tr")).extracting(Element::text)
        .containsExactly("Russian troops 0 0 1", "Wendy Sherman 1 0 0", "talks 0 1 0");
  }

  @Test
  void idsFromAnyTextNeverCollide() {
    assertThat(HtmlRenderer.id("a", "001_wire")).isEqualTo("a-001_wire");
    assertThat(HtmlRenderer.id("a", "a b")).isEqualTo("a-a~20~b");
    assertThat(HtmlRenderer.id("a", "a~20~b")).isNotEqualTo(HtmlRenderer.id("a", "a b"));
  }

  @Test
  void anEmptyReportSaysSo() throws IOException {
    Document d = Jsoup.parse(html(SampleReport.empty()));
    assertThat(d.select(".clean").first().text()).isEqualTo("No contradictions found.");
    assertThat(d.select("#problems")).isEmpty();
  }
}
