package io.crosscheck.load;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One article, ready for extraction.
 *
 * @param id unique in a run: the file name without extension, or the JSON Lines {@code id}
 * @param path the file as the user named it (for JSON Lines: {@code corpus.jsonl#id})
 * @param source the outlet, or null
 * @param published publication date, or null when unknown
 * @param story the story it belongs to; articles are only compared within one story
 * @param title the headline, or null
 * @param url the address, or null
 * @param text the article text to analyse (markup, front matter and code removed)
 * @param map text offsets to line and column in the file
 * @param suppressions inline suppressions found in the file
 */
public record Article(
    String id,
    String path,
    String source,
    LocalDate published,
    String story,
    String title,
    String url,
    String text,
    SourceMap map,
    List<Suppression> suppressions) {

  /** The story of articles that name none. */
  public static final String DEFAULT_STORY = "default";

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(map, "map");
    if (id.isBlank()) {
      throw new IllegalArgumentException("article id is blank: " + path);
    }
    story = story == null || story.isBlank() ? DEFAULT_STORY : story;
    suppressions = List.copyOf(suppressions == null ? List.of() : suppressions);
  }

  /** A plain-text article whose text is the whole file. */
  public static Article plain(String id, String path, String text, String source, LocalDate published, String story) {
    return new Article(id, path, source, published, story, null, null, text, SourceMap.identity(text), List.of());
  }

  public Position position(int textOffset) {
    return map.position(textOffset);
  }
}
