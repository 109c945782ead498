package io.crosscheck.load;

import java.util.List;
import java.util.Map;

/**
 * What a reader made of one marked-up file, before the loader adds the manifest and checks ids.
 *
 * @param text the article text (may be blank: the loader reports that)
 * @param map text offsets to the file
 * @param suppressions inline suppressions
 * @param meta the file's own metadata by key ({@code title}, {@code source}, {@code published},
 *     {@code url}, {@code story}); values are as written
 * @param metaLines the file line each metadata value is on, for messages
 * @param problems one-line messages about the file ({@code path:line: } is added by the loader)
 *     keyed by file line (0 when no line applies)
 * @param notes notes for {@code --verbose}, complete lines
 */
record Parsed(
    String text,
    SourceMap map,
    List<Suppression> suppressions,
    Map<String, String> meta,
    Map<String, Integer> metaLines,
    List<Problem> problems,
    List<String> notes) {

  /** Something wrong with the file that does not stop it from being read. */
  record Problem(int line, String message) {}

  Parsed {
    suppressions = List.copyOf(suppressions);
    meta = Map.copyOf(meta);
    metaLines = Map.copyOf(metaLines);
    problems = List.copyOf(problems);
    notes = List.copyOf(notes);
  }
}
