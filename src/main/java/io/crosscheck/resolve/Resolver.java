package io.crosscheck.resolve;

import io.crosscheck.extract.Claim;
import io.crosscheck.load.Article;
import java.util.List;

/** Resolves the people, organisations, titles and events of one story. Thread-safe. */
public final class Resolver {
  private final Lexicon lexicon;

  public Resolver(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  public Lexicon lexicon() {
    return lexicon;
  }

  /** Claims with canonical subjects and linked events, in the order given. */
  public ResolvedStory resolve(String story, List<Article> articles, List<Claim> claims) {
    return new ResolvedStory(story, articles, claims, List.of());
  }
}
