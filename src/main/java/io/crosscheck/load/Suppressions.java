package io.crosscheck.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Collects inline suppressions from the HTML comments of one Markdown or HTML file.
 *
 * <ul>
 *   <li>{@code <!-- crosscheck-disable rule-a, rule-b -->} silences those rules from the comment's
 *       line to the line of the matching {@code <!-- crosscheck-enable rule-a -->} (inclusive), or
 *       to the end of the file;
 *   <li>{@code <!-- crosscheck-disable-next-line rule-a -->} silences the first non-blank line
 *       after the comment;
 *   <li>no rule id means every rule ({@code *}); ids are separated by spaces or commas;
 *       {@code crosscheck-enable} without ids ends every open block.
 * </ul>
 */
final class Suppressions {
  private static final Pattern DIRECTIVE =
      Pattern.compile("\\A\\s*crosscheck-([A-Za-z-]+)(.*?)\\s*\\z", Pattern.DOTALL);
  private static final Pattern SEPARATORS = Pattern.compile("[\\s,]+");
  private static final Pattern RULE_ID = Pattern.compile("\\*|[A-Za-z0-9][A-Za-z0-9_.-]*");

  private record Open(int fromLine, Position at) {}

  private final String source;
  private final int[] lineStarts;
  private final String path;
  private final Map<String, Open> open = new LinkedHashMap<>();
  private final List<Suppression> found = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  Suppressions(String source, int[] lineStarts, String path) {
    this.source = source;
    this.lineStarts = lineStarts;
    this.path = path;
  }

  /**
   * One HTML comment: {@code data} is what stands between {@code <!--} and {@code -->}; the comment
   * spans file offsets {@code [start, end)}.
   */
  void comment(String data, int start, int end) {
    Matcher m = DIRECTIVE.matcher(data);
    if (!m.matches()) {
      return;
    }
    Position at = SourceMap.filePosition(lineStarts, start);
    String where = path + ":" + at.line() + ":" + at.column();
    String directive = m.group(1);
    List<String> rules = new ArrayList<>();
    String ids = m.group(2).strip();
    if (!ids.isEmpty()) {
      for (String id : SEPARATORS.split(ids)) {
        if (id.isEmpty()) {
          continue;
        }
        if (!RULE_ID.matcher(id).matches()) {
          notes.add(where + ": ignored '" + id + "' in a crosscheck comment (not a rule id)");
          continue;
        }
        rules.add(id);
      }
      if (rules.isEmpty()) {
        return;
      }
    }
    switch (directive) {
      case "disable" -> {
        for (String r : rules.isEmpty() ? List.of("*") : rules) {
          open.putIfAbsent(r, new Open(at.line(), at));
        }
      }
      case "enable" -> {
        int line = at.line();
        List<String> which = rules.isEmpty() || rules.contains("*") ? List.copyOf(open.keySet()) : rules;
        for (String r : which) {
          Open o = open.remove(r);
          if (o == null) {
            notes.add(where + ": crosscheck-enable " + r + " has no crosscheck-disable before it");
          } else {
            found.add(new Suppression(r, o.fromLine(), line, o.at()));
          }
        }
      }
      case "disable-next-line" -> {
        int target = nextNonBlankLine(SourceMap.lineOf(lineStarts, Math.max(start, end - 1)));
        for (String r : rules.isEmpty() ? List.of("*") : rules) {
          found.add(new Suppression(r, target, target, at));
        }
      }
      default -> notes.add(where + ": unknown crosscheck comment 'crosscheck-" + directive
          + "' (expected crosscheck-disable, crosscheck-enable or crosscheck-disable-next-line)");
    }
  }

  /** The first line after {@code line} that holds more than white space (or the line after it). */
  private int nextNonBlankLine(int line) {
    for (int l = line + 1; l <= lineStarts.length; l++) {
      int from = lineStarts[l - 1];
      int to = l < lineStarts.length ? lineStarts[l] : source.length();
      for (int i = from; i < to; i++) {
        if (!Character.isWhitespace(source.charAt(i))) {
          return l;
        }
      }
    }
    return line + 1;
  }

  /** The suppressions in file order; blocks never re-enabled run to the end of the file. */
  List<Suppression> finish() {
    for (Map.Entry<String, Open> e : open.entrySet()) {
      found.add(new Suppression(e.getKey(), e.getValue().fromLine(), Integer.MAX_VALUE, e.getValue().at()));
    }
    open.clear();
    found.sort(Comparator.comparingInt((Suppression s) -> s.at().line())
        .thenComparingInt(s -> s.at().column())
        .thenComparing(Suppression::rule));
    return List.copyOf(found);
  }

  List<String> notes() {
    return notes;
  }
}
