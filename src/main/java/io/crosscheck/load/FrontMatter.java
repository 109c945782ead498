package io.crosscheck.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * YAML front matter at the top of a Markdown file: a {@code ---} line, {@code key: value} lines,
 * then a {@code ---} (or {@code ...}) line. The keys crosscheck reads are {@code title},
 * {@code source}, {@code published}, {@code url} and {@code story}; others are ignored.
 *
 * @param bodyStart where the Markdown after the front matter starts (0 when there is none)
 * @param values the known keys' values as text
 * @param lines the file line of each known key
 * @param errorLine the file line a problem is on, or 0 when the front matter is fine
 * @param error what is wrong, or null
 */
record FrontMatter(int bodyStart, Map<String, String> values, Map<String, Integer> lines, int errorLine, String error) {
  static final Set<String> KEYS = Set.of("title", "source", "published", "url", "story");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  static final FrontMatter NONE = new FrontMatter(0, Map.of(), Map.of(), 0, null);

  static FrontMatter parse(String content, int[] lineStarts) {
    if (!isFence(content, 0, lineEnd(content, 0), '-')) {
      return NONE;
    }
    int yamlStart = nextLine(content, 0);
    int closing = -1;
    int closingEnd = -1;
    for (int at = yamlStart; at < content.length(); at = nextLine(content, at)) {
      int end = lineEnd(content, at);
      if (isFence(content, at, end, '-') || isFence(content, at, end, '.')) {
        closing = at;
        closingEnd = nextLine(content, at);
        break;
      }
    }
    if (closing < 0) {
      return new FrontMatter(0, Map.of(), Map.of(), 1,
          "broken front matter: the '---' line that opens it is never followed by a closing '---' line;"
              + " read as Markdown without metadata");
    }
    String yaml = content.substring(yamlStart, closing);
    int firstLine = SourceMap.lineOf(lineStarts, yamlStart);
    JsonNode root;
    try {
      root = yaml.isBlank() ? null : YAML.readTree(yaml);
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      int line = loc == null || loc.getLineNr() < 1 ? firstLine : firstLine + loc.getLineNr() - 1;
      return broken(closingEnd, Math.min(line, SourceMap.lineOf(lineStarts, Math.max(yamlStart, closing - 1))),
          "not valid YAML (" + yamlProblem(e.getOriginalMessage()) + ")");
    }
    if (root == null || root.isNull() || root.isMissingNode()) {
      return new FrontMatter(closingEnd, Map.of(), Map.of(), 0, null);
    }
    if (!root.isObject()) {
      return broken(closingEnd, firstLine, "front matter must be 'key: value' lines");
    }
    Map<String, String> values = new HashMap<>();
    Map<String, Integer> lines = new HashMap<>();
    for (Map.Entry<String, JsonNode> e : root.properties()) {
      String key = e.getKey().strip().toLowerCase(Locale.ROOT);
      if (!KEYS.contains(key)) {
        continue;
      }
      int line = keyLine(content, yamlStart, closing, e.getKey(), lineStarts, firstLine);
      JsonNode v = e.getValue();
      if (v == null || v.isNull()) {
        continue;
      }
      if (!v.isValueNode()) {
        return broken(closingEnd, line, "'" + key + "' must be a single value, not a list or mapping");
      }
      values.put(key, v.asText());
      lines.put(key, line);
    }
    return new FrontMatter(closingEnd, Map.copyOf(values), Map.copyOf(lines), 0, null);
  }

  private static FrontMatter broken(int bodyStart, int line, String error) {
    return new FrontMatter(bodyStart, Map.of(), Map.of(), line,
        "broken front matter: " + error + "; read without its metadata");
  }

  /** The file line of {@code key:} in the front matter (its first line when not found). */
  private static int keyLine(String content, int from, int to, String key, int[] lineStarts, int fallback) {
    for (int at = from; at < to; at = nextLine(content, at)) {
      if (content.startsWith(key, at)) {
        int k = at + key.length();
        while (k < to && (content.charAt(k) == ' ' || content.charAt(k) == '\t')) {
          k++;
        }
        if (k < to && content.charAt(k) == ':') {
          return SourceMap.lineOf(lineStarts, at);
        }
      }
    }
    return fallback;
  }

  /** Whether {@code [from, to)} is three {@code mark}s and nothing but trailing blanks. */
  private static boolean isFence(String s, int from, int to, char mark) {
    if (to - from < 3 || s.charAt(from) != mark || s.charAt(from + 1) != mark || s.charAt(from + 2) != mark) {
      return false;
    }
    for (int i = from + 3; i < to; i++) {
      if (s.charAt(i) != ' ' && s.charAt(i) != '\t') {
        return false;
      }
    }
    return true;
  }

  private static int lineEnd(String s, int from) {
    int i = from;
    while (i < s.length() && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
      i++;
    }
    return i;
  }

  private static int nextLine(String s, int from) {
    int i = lineEnd(s, from);
    if (i < s.length() && s.charAt(i) == '\r') {
      i++;
    }
    if (i < s.length() && s.charAt(i) == '\n') {
      i++;
    }
    return i;
  }

  /**
   * SnakeYAML's message in one line: its unindented lines ("while parsing a flow sequence",
   * "expected ',' or ']', but got <stream end>"), without the indented excerpts and marks.
   */
  static String yamlProblem(String message) {
    if (message == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    message.lines().filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0))).forEach(l -> {
      if (sb.length() > 0) {
        sb.append(": ");
      }
      sb.append(l.strip());
    });
    return sb.length() > 200 ? sb.substring(0, 197) + "..." : sb.toString();
  }
}
