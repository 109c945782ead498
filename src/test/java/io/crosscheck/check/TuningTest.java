package io.crosscheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.cli.Cli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a newsroom tunes the checker: configuration, inline suppression and baselines. */
class TuningTest {
  private static final Path FIXTURE = Path.of("fixtures", "ukraine-talks-2022");
  private static final String A = "“The jury’s out on which path Vladimir Putin is going to choose,” Secretary of State Antony Blinken said in an interview on Thursday.";
  private static final String B = "“The jury decides which path Vladimir Putin will choose,” Secretary of State Antony Blinken said in an interview on Thursday.";

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    return new Cli(new PrintWriter(out), new PrintWriter(err)).run(args);
  }

  private static Path copyFixture(Path dir) throws IOException {
    Path set = dir.resolve("set");
    Files.createDirectories(set);
    try (var s = Files.list(FIXTURE)) {
      for (Path p : s.toList()) {
        Files.copy(p, set.resolve(p.getFileName()));
      }
    }
    return set;
  }

  @Test
  void configFoundAboveTheInputsSwitchesRulesOffAndChangesSeverity(@TempDir Path dir) throws IOException {
    Path set = copyFixture(dir);
    Files.writeString(dir.resolve("crosscheck.yaml"), """
        rules:
          disable: [quote-drift]
          severity: {title-conflict: warning}
        """);
    assertThat(run("check", set.toString())).as(err.toString()).isZero();
    assertThat(out.toString()).doesNotContain("[quote-drift]").contains("warning [title-conflict]");
    assertThat(run("check", set.toString(), "--fail-on", "warning")).isEqualTo(4);
  }

  @Test
  void explicitConfigAndThresholds(@TempDir Path dir) throws IOException {
    Path set = copyFixture(dir);
    Path cfg = dir.resolve("strict.yaml");
    assertThat(run("check", set.toString(), "--fail-on", "none")).isZero();
    long before = out.toString().lines().filter(l -> l.contains("[quote-drift]")).count();
    assertThat(out.toString()).contains("[quote-drift] Michael Carpenter's quote");
    Files.writeString(cfg, "thresholds:\n  quote-similarity: 0.9\n");
    assertThat(run("check", set.toString(), "--config", cfg.toString(), "--fail-on", "none")).isZero();
    long after = out.toString().lines().filter(l -> l.contains("[quote-drift]")).count();
    // Carpenter's two renderings share 5 of 8 content words: a drift at 0.6, not at 0.9
    assertThat(out.toString()).doesNotContain("[quote-drift] Michael Carpenter's quote").contains("[title-conflict]");
    assertThat(after).isLessThan(before);
  }

  @Test
  void unknownKeyOrBadValueIsAUsageErrorNamingKeyAndFile(@TempDir Path dir) throws IOException {
    Path cfg = dir.resolve("crosscheck.yaml");
    Files.writeString(cfg, "rules:\n  disable: [quote-drift]\nthreshold:\n  quote-similarity: 0.5\n");
    assertThat(run("check", FIXTURE.toString(), "--config", cfg.toString())).isEqualTo(2);
    assertThat(err.toString().strip()).isEqualTo(cfg + ": unknown key 'threshold' (known: rules, thresholds, rule-folders, lexicons)");
    Files.writeString(cfg, "thresholds:\n  quote-similarity: lots\n");
    assertThat(run("check", FIXTURE.toString(), "--config", cfg.toString())).isEqualTo(2);
    assertThat(err.toString()).contains(cfg + ": 'thresholds.quote-similarity' must be a number");
    Files.writeString(cfg, "rules:\n  severity: {title-conflict: fatal}\n");
    assertThat(run("check", FIXTURE.toString(), "--config", cfg.toString())).isEqualTo(2);
    assertThat(err.toString()).contains(cfg + ": rules.severity.title-conflict: unknown severity 'fatal'");
  }

  @Test
  void aBrokenLexiconIsAUsageErrorNamingTheFile(@TempDir Path dir) throws IOException {
    Path lexicon = dir.resolve("ours.yaml");
    Files.writeString(lexicon, "entities:\n  - aliases: [IAEA]\n");
    Path cfg = dir.resolve("crosscheck.yaml");
    Files.writeString(cfg, "lexicons: [ours.yaml]\n");
    assertThat(run("check", FIXTURE.toString(), "--config", cfg.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("ours.yaml").contains("'name' is missing");
  }

  @Test
  void baselineRoundTripReportsOnlyNewFindings(@TempDir Path dir) throws IOException {
    Path set = copyFixture(dir);
    Path baseline = dir.resolve("baseline.json");
    assertThat(run("check", set.toString(), "--write-baseline", baseline.toString())).isEqualTo(4);
    int before = count(out.toString());
    assertThat(before).isPositive();
    assertThat(run("check", set.toString(), "--baseline", baseline.toString())).as(out.toString()).isZero();
    assertThat(count(out.toString())).isZero();
    Files.writeString(set.resolve("005_draft.txt"),
        "Under Secretary of State Wendy Sherman led the American delegation at the talks in Geneva on Monday.");
    assertThat(run("check", set.toString(), "--baseline", baseline.toString())).isEqualTo(4);
    assertThat(out.toString()).contains("005_draft.txt").contains("[title-conflict]");
    assertThat(count(out.toString())).isLessThan(before);
  }

  @Test
  void inlineSuppressionSilencesAFindingAndAStaleOneIsReported(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.md"), "---\nsource: Wire\n---\n\n" + A + "\n");
    Files.writeString(dir.resolve("b.md"), "---\nsource: Draft\n---\n\n<!-- crosscheck-disable-next-line quote-drift -->\n" + B
        + "\n\n<!-- crosscheck-disable title-conflict -->\nNothing to silence here.\n<!-- crosscheck-enable title-conflict -->\n");
    assertThat(run("check", dir.toString(), "--fail-on", "info")).as(err.toString()).isEqualTo(4);
    assertThat(out.toString()).doesNotContain("[quote-drift]")
        .contains("b.md:8:1: info [unused-suppression]");
    Files.writeString(dir.resolve("b.md"), "---\nsource: Draft\n---\n\n" + B + "\n");
    assertThat(run("check", dir.toString(), "--fail-on", "warning")).isEqualTo(4);
    assertThat(out.toString()).contains("[quote-drift]");
  }

  private static int count(String text) {
    return (int) text.lines().filter(l -> l.matches("\\S.*:\\d+:\\d+: (error|warning|info) \\[.*")).count();
  }
}
