package io.crosscheck.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crosscheck.bench.CorpusGenerator.Planted;
import io.crosscheck.bench.CorpusGenerator.StoryAnswer;
import io.crosscheck.bench.CorpusGenerator.Trap;
import io.crosscheck.report.Evidence;
import io.crosscheck.report.Finding;
import io.crosscheck.report.Severity;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The answer file of a generated corpus, and the score of a check against it: planted
 * contradictions found (recall), traps flagged (false alarms), and findings that match neither.
 */
public final class Answers {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Answers() {}

  /** Story id to its answer; stories with nothing planted are left out. */
  public static Map<String, StoryAnswer> read(Path file) throws IOException {
    Map<String, StoryAnswer> out = new HashMap<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = JSON.readTree(line);
        List<Planted> ps = new ArrayList<>();
        for (JsonNode p : n.path("contradictions")) {
          ps.add(new Planted(p.path("id").asText(), p.path("type").asText(), p.path("rule").asText(),
              p.path("kind").asText(), p.path("subject").asText(), p.path("surname").asText(), p.path("odd").asText(),
              strings(p.path("others")), strings(p.path("values"))));
        }
        List<Trap> ts = new ArrayList<>();
        for (JsonNode t : n.path("traps")) {
          ts.add(new Trap(t.path("id").asText(), t.path("type").asText(), strings(t.path("kinds")),
              t.path("subject").asText(), t.path("surname").asText(), strings(t.path("articles")),
              t.path("maxSeverity").isNull() ? null : t.path("maxSeverity").asText(), strings(t.path("values"))));
        }
        if (!ps.isEmpty() || !ts.isEmpty()) {
          String story = n.path("story").asText();
          out.put(story, new StoryAnswer(story, ps, ts));
        }
      }
    }
    return out;
  }

  private static List<String> strings(JsonNode n) {
    List<String> out = new ArrayList<>();
    n.forEach(x -> out.add(x.asText()));
    return out;
  }

  /** Running totals; {@link #add} is called once per story. Not thread-safe. */
  public static final class Score {
    private int planted;
    private int found;
    private int traps;
    private int trapsFlagged;
    private int falseAlarms;
    private int otherFindings;
    private int findings;
    private final Map<String, int[]> foundByType = new HashMap<>();

    /** Scores one story's findings against its answer (null: nothing planted). */
    public void add(StoryAnswer answer, List<Finding> storyFindings) {
      findings += storyFindings.size();
      Set<Finding> explained = new HashSet<>();
      if (answer != null) {
        for (Planted p : answer.contradictions()) {
          planted++;
          int[] t = foundByType.computeIfAbsent(p.type(), k -> new int[2]);
          t[1]++;
          boolean hit = false;
          for (Finding f : storyFindings) {
            if (matches(p, f)) {
              explained.add(f);
              hit = true;
            }
          }
          if (hit) {
            found++;
            t[0]++;
          }
        }
        for (Trap trap : answer.traps()) {
          traps++;
          boolean flagged = false;
          for (Finding f : storyFindings) {
            if (!explained.contains(f) && matches(trap, f)) {
              explained.add(f);
              falseAlarms++;
              flagged = true;
            }
          }
          if (flagged) {
            trapsFlagged++;
          }
        }
      }
      for (Finding f : storyFindings) {
        if (!explained.contains(f)) {
          otherFindings++;
        }
      }
    }

    static boolean matches(Planted p, Finding f) {
      if (!f.rule().equals(p.rule())) {
        return false;
      }
      Set<String> arts = articles(f);
      if (!arts.contains(p.odd()) || p.others().stream().noneMatch(arts::contains)) {
        return false;
      }
      return p.surname().isEmpty() || f.subject().toLowerCase(Locale.ROOT).contains(p.surname());
    }

    static boolean matches(Trap t, Finding f) {
      if (!t.kinds().contains(f.kind())) {
        return false;
      }
      if (t.maxSeverity() != null && !f.severity().atLeast(Severity.of(t.maxSeverity()))) {
        return false;
      }
      if (t.maxSeverity() != null && f.severity() == Severity.of(t.maxSeverity())) {
        return false;
      }
      Set<String> arts = articles(f);
      arts.retainAll(t.articles());
      if (arts.size() < 2) {
        return false;
      }
      return t.surname().isEmpty() || f.subject().toLowerCase(Locale.ROOT).contains(t.surname());
    }

    private static Set<String> articles(Finding f) {
      Set<String> out = new HashSet<>();
      for (Evidence e : f.evidence()) {
        out.add(e.article());
      }
      return out;
    }

    public int planted() {
      return planted;
    }

    public int found() {
      return found;
    }

    public int traps() {
      return traps;
    }

    public int trapsFlagged() {
      return trapsFlagged;
    }

    public int falseAlarms() {
      return falseAlarms;
    }

    public int otherFindings() {
      return otherFindings;
    }

    public int findings() {
      return findings;
    }

    /** Found and planted per contradiction type. */
    public Map<String, int[]> foundByType() {
      return foundByType;
    }

    public double recall() {
      return planted == 0 ? 0 : (double) found / planted;
    }
  }
}
