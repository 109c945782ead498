package io.crosscheck.load;

import java.util.List;

/**
 * What loading gave: articles in a stable order, the inputs that failed, and notes (skipped files).
 */
public record LoadResult(List<Article> articles, List<ArticleError> errors, List<String> notes) {
  public LoadResult {
    articles = List.copyOf(articles);
    errors = List.copyOf(errors);
    notes = List.copyOf(notes);
  }
}
