package io.crosscheck.report;

import java.util.Objects;

/**
 * One claim taking part in a finding, where a reader can see it.
 *
 * @param claim the claim id
 * @param article the article id
 * @param path the article's file
 * @param line 1-based line in the file
 * @param column 1-based column of the value
 * @param endColumn column just after the value
 * @param value the value as written
 * @param text the sentence it stands in
 * @param context the event context label ("Geneva, Monday"), or ""
 */
public record Evidence(
    String claim, String article, String path, int line, int column, int endColumn, String value, String text,
    String context) {
  public Evidence {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(text, "text");
    context = context == null ? "" : context;
  }
}
