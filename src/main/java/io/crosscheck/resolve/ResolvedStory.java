package io.crosscheck.resolve;

import io.crosscheck.extract.Claim;
import io.crosscheck.load.Article;
import java.util.List;

/**
 * One story after resolution: claims carry canonical subjects and their event, and the story's
 * events are listed.
 */
public record ResolvedStory(String story, List<Article> articles, List<Claim> claims, List<Event> events) {
  public ResolvedStory {
    articles = List.copyOf(articles);
    claims = List.copyOf(claims);
    events = List.copyOf(events);
  }
}
