package io.crosscheck.extract;

import io.crosscheck.load.Article;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/** Runs every extractor over an article. Thread-safe: articles may be extracted in parallel. */
public final class Extraction {
  /** Text order, then kind, then value: the order claims are numbered in. */
  public static final Comparator<Claim> ORDER =
      Comparator.comparingInt(Claim::start)
          .thenComparing(Claim::kind)
          .thenComparingInt(Claim::end)
          .thenComparing(Claim::subject)
          .thenComparing(c -> c.normalized().key());

  private final List<Extractor> extractors;

  public Extraction(List<Extractor> extractors) {
    this.extractors = List.copyOf(extractors);
  }

  /** The five standard extractors. */
  public static Extraction standard() {
    return new Extraction(
        List.of(
            new QuantityExtractor(),
            new DurationExtractor(),
            new DateExtractor(),
            new TitleExtractor(),
            new QuoteExtractor()));
  }

  /** The article's claims in text order, not yet numbered. */
  public List<Claim> extract(Article article) {
    Document doc = new Document(article);
    List<Claim> all = new ArrayList<>();
    for (Extractor e : extractors) {
      all.addAll(e.extract(doc));
    }
    all.sort(ORDER);
    return List.copyOf(new LinkedHashSet<>(all));
  }
}
