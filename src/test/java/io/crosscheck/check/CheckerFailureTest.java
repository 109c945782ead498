package io.crosscheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.TestRuns;
import io.crosscheck.extract.Extraction;
import io.crosscheck.extract.Extractor;
import io.crosscheck.load.Article;
import io.crosscheck.load.LoadResult;
import io.crosscheck.report.Report;
import io.crosscheck.resolve.Lexicon;
import io.crosscheck.resolve.Resolver;
import io.crosscheck.rules.RuleEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A bug that trips over one article costs that article only. */
class CheckerFailureTest {
  private static final String A = "Deputy Secretary of State Wendy Sherman met Russian officials in Geneva on Monday.";
  private static final String B = "Assistant Secretary of State Wendy Sherman met Russian officials in Geneva on Monday.";

  @Test
  void anExtractorThatThrowsOnOneArticleLosesOnlyThatArticle() {
    List<Extractor> extractors = new ArrayList<>(List.of(doc -> {
      if (doc.article().id().equals("poison")) {
        throw new IllegalStateException("boom");
      }
      return List.of();
    }));
    List<Extractor> standard = List.of(doc -> Extraction.standard().extract(doc.article()));
    extractors.addAll(standard);
    Checker checker = new Checker(new Extraction(extractors), new Resolver(Lexicon.standard()),
        new RuleEngine(TestRuns.shippedRules(), Config.DEFAULT.settings(), Set.of(), 10_000), Config.DEFAULT, 2);
    LoadResult loaded = new LoadResult(List.of(
        Article.plain("a", "a.txt", A, null, null, null),
        Article.plain("poison", "poison.txt", A, null, null, null),
        Article.plain("b", "b.txt", B, null, null, null)), List.of(), List.of());
    Report r = checker.check(loaded, Set.of());
    assertThat(r.articleErrors()).singleElement().satisfies(e -> {
      assertThat(e.path()).isEqualTo("poison.txt");
      assertThat(e.message()).contains("internal error while extracting claims").contains("boom");
    });
    assertThat(r.findings()).anySatisfy(f -> assertThat(f.rule()).isEqualTo("title-conflict"));
  }
}
