package io.crosscheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.crosscheck.TestRuns;
import io.crosscheck.report.Finding;
import io.crosscheck.report.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every example set under fixtures/rules/RULE-ID/: a {@code fire-*} set must produce a
 * finding of that rule (at the severity in its expect.yaml, when given), a {@code quiet-*} set
 * must produce none. Adding a rule or an example needs no Java.
 */
class RuleExamplesTest {
  @TestFactory
  Stream<DynamicTest> examples() throws IOException {
    Path root = Path.of("fixtures", "rules");
    List<Path> sets;
    try (Stream<Path> s = Files.list(root)) {
      sets = s.filter(Files::isDirectory)
          .flatMap(RuleExamplesTest::children)
          .filter(p -> p.getFileName().toString().matches("(fire|quiet)-.*"))
          .sorted()
          .toList();
    }
    assertThat(sets).isNotEmpty();
    return sets.stream().map(set -> DynamicTest.dynamicTest(root.relativize(set).toString(), () -> run(set)));
  }

  private static Stream<Path> children(Path dir) {
    try {
      return Files.list(dir).toList().stream();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void run(Path set) throws IOException {
    String rule = set.getParent().getFileName().toString();
    boolean fire = set.getFileName().toString().startsWith("fire-");
    Report report = TestRuns.check(set);
    assertThat(report.articleErrors()).as("input errors").isEmpty();
    List<Finding> mine = report.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    String all = describe(report);
    if (!fire) {
      assertThat(mine).as("%s must not fire; findings:%n%s", rule, all).isEmpty();
      return;
    }
    assertThat(mine).as("%s must fire; findings:%n%s", rule, all).isNotEmpty();
    assertThat(mine).allSatisfy(f -> assertThat(f.evidence()).isNotEmpty());
    Path expect = set.resolve("expect.yaml");
    if (Files.isRegularFile(expect)) {
      JsonNode e = new ObjectMapper(new YAMLFactory()).readTree(expect.toFile());
      String severity = e.path("severity").asText(null);
      if (severity != null) {
        assertThat(mine).as("severity of %s; findings:%n%s", rule, all)
            .anySatisfy(f -> assertThat(f.severity().id()).isEqualTo(severity));
      }
    }
  }

  private static String describe(Report r) {
    StringBuilder sb = new StringBuilder();
    r.findings().forEach(f -> sb.append("  [").append(f.severity().id()).append("] ").append(f.rule()).append(": ")
        .append(f.message()).append('\n'));
    sb.append("  claims: ").append(r.claims().size());
    r.claims().forEach(c -> sb.append("\n    ").append(c.article()).append(' ').append(c.kind().id()).append(' ')
        .append(c.subject()).append(" '").append(c.value()).append("' ").append(c.normalized().fields())
        .append(' ').append(c.event().label()));
    return sb.toString();
  }
}
