package io.crosscheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.TestRuns;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every shipped rule compiles, has a unique id, a severity, a description, documentation, and
 * examples that must fire and must not fire under fixtures/rules/ID/. All problems are gathered
 * and reported at once.
 */
class RuleCatalogueTest {
  @Test
  void everyRuleIsCompleteAndHasExamples() throws IOException {
    List<String> problems = new ArrayList<>();
    List<RuleSet.Source> sources = new ArrayList<>();
    try (Stream<Path> s = Files.list(Path.of("rules"))) {
      for (Path p : s.filter(f -> f.toString().endsWith(".drl")).sorted().toList()) {
        sources.add(new RuleSet.Source(p.toString(), Files.readString(p)));
      }
    }
    assertThat(sources).as("rules/*.drl").isNotEmpty();
    for (RuleSet.Source src : sources) {
      RuleSet.scan(src, problems);
    }
    RuleSet rules = TestRuns.shippedRules();
    for (RuleMeta m : rules.rules()) {
      if (m.doc().isBlank()) {
        problems.add(m.file() + ":" + m.line() + ": rule '" + m.id() + "' has no documentation comment above it");
      } else if (!m.doc().contains("Example")) {
        problems.add(m.file() + ":" + m.line() + ": rule '" + m.id() + "' documentation has no Example");
      }
      Path examples = Path.of("fixtures", "rules", m.id());
      if (!Files.isDirectory(examples)) {
        problems.add(m.file() + ":" + m.line() + ": rule '" + m.id() + "' has no examples folder " + examples);
        continue;
      }
      try (Stream<Path> s = Files.list(examples)) {
        List<String> names = s.map(p -> p.getFileName().toString()).toList();
        if (names.stream().noneMatch(n -> n.startsWith("fire-"))) {
          problems.add(examples + ": no fire-* example set");
        }
        if (names.stream().noneMatch(n -> n.startsWith("quiet-")) && !m.id().equals("weekday-mismatch")) {
          problems.add(examples + ": no quiet-* example set");
        }
      }
    }
    assertThat(problems).as("rule catalogue problems").isEmpty();
  }

  @Test
  void scanReportsMissingMetadataWithFileAndLine() {
    List<String> problems = new ArrayList<>();
    String drl = "package x;\n\nrule \"No metadata\"\nwhen\nthen\nend\n";
    RuleSet.scan(new RuleSet.Source("user/x.drl", drl), problems);
    assertThat(problems).containsExactly(
        "user/x.drl:3: rule \"No metadata\" needs @id(\"lower-case-id\")",
        "user/x.drl:3: rule \"No metadata\" needs @severity(\"error\"|\"warning\"|\"info\")",
        "user/x.drl:3: rule \"No metadata\" needs @description(\"one line\")");
  }
}
