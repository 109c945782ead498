package io.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.crosscheck.cli.Cli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance test: the README's first command on the seed articles finds what
 * fixtures/ukraine-talks-2022/expected-findings.yaml says must be found and nothing it forbids.
 */
class SeedFixtureTest {
  private static final Path FIXTURE = Path.of("fixtures", "ukraine-talks-2022");
  private static final Map<String, Integer> RANK = Map.of("info", 0, "warning", 1, "error", 2);

  private static JsonNode report;
  private static String text;
  private static int textExit;

  @BeforeAll
  static void run(@TempDir Path tmp) throws Exception {
    Path json = tmp.resolve("report.json");
    StringWriter err = new StringWriter();
    int code = new Cli(new PrintWriter(new StringWriter()), new PrintWriter(err))
        .run("check", FIXTURE.toString(), "--format", "json", "--output", json.toString());
    assertThat(code).as("exit code; stderr: %s", err).isEqualTo(4);
    report = new ObjectMapper().readTree(json.toFile());
    StringWriter out = new StringWriter();
    textExit = new Cli(new PrintWriter(out), new PrintWriter(new StringWriter())).run("check", FIXTURE.toString());
    text = out.toString();
  }

  @Test
  void textOutputIsCompilerStyleWithEvidence() {
    assertThat(textExit).isEqualTo(4);
    String p = FIXTURE.resolve("001_47233b69de273cc9.txt").toString();
    assertThat(text).containsPattern(Pattern.quote(p) + ":23:\\d+: error \\[title-conflict\\] .*Sherman");
    assertThat(text).containsPattern("(003_bb869597a4b66297|004_26dff11e0349677d)\\.txt:\\d+:\\d+: 'Deputy Secretary of State'");
  }

  @Test
  void reportKeepsTheJsonContract() {
    assertThat(report.path("schema").asText()).isEqualTo("crosscheck-report/1");
    assertThat(report.path("articles")).hasSize(5);
    JsonNode a003 = null;
    for (JsonNode a : report.path("articles")) {
      if (a.path("id").asText().equals("003_bb869597a4b66297")) {
        a003 = a;
      }
    }
    assertThat(a003).isNotNull();
    assertThat(a003.path("published").asText()).isEqualTo("2022-01-12");
    assertThat(a003.path("source").asText()).contains("Bloomberg");
    for (JsonNode f : report.path("findings")) {
      assertThat(f.path("evidence").size()).as("evidence of %s", f.path("message")).isGreaterThanOrEqualTo(2);
      for (JsonNode e : f.path("evidence")) {
        assertThat(e.path("line").asInt()).isPositive();
        assertThat(e.path("column").asInt()).isPositive();
        assertThat(e.path("text").asText()).contains(e.path("value").asText());
      }
    }
  }

  @Test
  void eachPersonIsOneSubject() {
    Set<String> subjects = new HashSet<>();
    report.path("claims").forEach(c -> subjects.add(c.path("subject").asText()));
    assertThat(subjects.stream().filter(s -> s.contains("Lavrov")).toList()).hasSize(1);
    assertThat(subjects.stream().filter(s -> s.contains("Ryabkov")).toList()).hasSize(1);
    assertThat(subjects.stream().filter(s -> s.contains("Sherman")).toList()).hasSize(1);
  }

  @Test
  void findsWhatMustBeFoundAndNothingForbidden() throws Exception {
    JsonNode expected = new ObjectMapper(new YAMLFactory()).readTree(FIXTURE.resolve("expected-findings.yaml").toFile());
    List<String> problems = new ArrayList<>();
    for (JsonNode exp : expected.path("must-find")) {
      boolean hit = false;
      for (JsonNode f : report.path("findings")) {
        hit |= f.path("kind").asText().equals(exp.path("kind").asText())
            && subject(f, exp) && covers(f, exp) && articles(f).size() >= 2
            && RANK.get(f.path("severity").asText()) >= RANK.get(exp.path("min-severity").asText("info"));
      }
      if (!hit) {
        problems.add("missed " + exp.path("id").asText() + ": " + exp.path("why").asText());
      }
    }
    for (JsonNode rule : expected.path("must-not-find")) {
      for (JsonNode f : report.path("findings")) {
        if (violates(f, rule)) {
          problems.add("forbidden " + rule.path("id").asText() + " (" + rule.path("why").asText() + ") by ["
              + f.path("severity").asText() + "] " + f.path("message").asText());
        }
      }
    }
    for (JsonNode f : report.path("findings")) {
      if (f.path("kind").asText().equals("quote")) {
        Set<String> values = new HashSet<>();
        f.path("evidence").forEach(e -> values.add(e.path("value").asText().toLowerCase().replaceAll("[^a-z0-9]+", " ").strip()));
        if (values.size() == 1) {
          problems.add("a quote finding compares identical wording: " + f.path("message").asText());
        }
      }
    }
    assertThat(problems).as("seed fixture").isEmpty();
  }

  private static boolean violates(JsonNode f, JsonNode rule) {
    boolean kind = false;
    for (JsonNode k : rule.path("kinds")) {
      kind |= k.asText().equals(f.path("kind").asText());
    }
    if (!kind || !subject(f, rule)) {
      return false;
    }
    for (JsonNode v : rule.path("values")) {
      Pattern p = Pattern.compile(v.asText(), Pattern.CASE_INSENSITIVE);
      boolean any = false;
      for (JsonNode e : f.path("evidence")) {
        any |= p.matcher(e.path("value").asText()).find();
      }
      if (!any) {
        return false;
      }
    }
    if (!covers(f, rule)) {
      return false;
    }
    for (JsonNode u : rule.path("unless")) {
      if (articles(f).contains(u.asText())) {
        return false;
      }
    }
    String ceiling = rule.path("max-severity").asText(null);
    return ceiling == null || RANK.get(f.path("severity").asText()) > RANK.get(ceiling);
  }

  private static boolean subject(JsonNode f, JsonNode exp) {
    String want = exp.path("subject").asText(null);
    return want == null || Pattern.compile(want, Pattern.CASE_INSENSITIVE).matcher(f.path("subject").asText()).find();
  }

  private static boolean covers(JsonNode f, JsonNode exp) {
    return side(f, exp.path("a")) && side(f, exp.path("b"));
  }

  private static boolean side(JsonNode f, JsonNode side) {
    if (side.isMissingNode() || side.isEmpty()) {
      return true;
    }
    Set<String> arts = articles(f);
    for (JsonNode a : side) {
      if (arts.contains(a.asText())) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> articles(JsonNode f) {
    Set<String> out = new HashSet<>();
    f.path("evidence").forEach(e -> out.add(e.path("article").asText()));
    return out;
  }

}
