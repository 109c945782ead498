package io.crosscheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.cli.Cli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule that throws or never ends is reported by name; the other rules and stories go on. */
class RuleFailureTest {
  private static final String HEADER = """
      package bad.rules;

      import io.crosscheck.rules.ClaimGroup;
      import io.crosscheck.rules.Hit;

      """;

  @Test
  void aConsequenceThatThrowsIsARuleErrorAndTheOthersStillFire(@TempDir Path rules) throws IOException {
    Files.writeString(rules.resolve("throws.drl"), HEADER + """
        rule "Divides by zero"
          @id("divides-by-zero") @severity("error") @description("a rule with a bug")
        when
          $a: ClaimGroup(kind == "title")
        then
          int zero = 0;
          insert(new Hit("never", $a, $a));
          System.identityHashCode(1 / zero);
        end
        """);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = new Cli(new PrintWriter(out), new PrintWriter(err))
        .run("check", "fixtures/ukraine-talks-2022", "--rules", rules.toString(), "--fail-on", "none");
    assertThat(code).isZero();
    assertThat(out.toString())
        .contains("rule error [divides-by-zero] in story ukraine-talks-2022: rule \"Divides by zero\" failed: java.lang.ArithmeticException")
        .contains("[title-conflict]")
        .doesNotContain("[divides-by-zero] never");
  }

  @Test
  void aHitWithAnUnknownSeverityIsARuleErrorNotACrash(@TempDir Path rules) throws IOException {
    Files.writeString(rules.resolve("severity.drl"), HEADER + """
        rule "Shouts"
          @id("shouts") @severity("info") @description("a rule with a made-up severity")
        when
          $a: ClaimGroup(kind == "title", subject == "Wendy Sherman")
          $b: ClaimGroup(kind == "title", subject == "Wendy Sherman", id > $a.id)
        then
          insert(new Hit("critical", "two titles", $a, $b));
        end
        """);
    StringWriter out = new StringWriter();
    int code = new Cli(new PrintWriter(out), new PrintWriter(new StringWriter()))
        .run("check", "fixtures/ukraine-talks-2022", "--rules", rules.toString(), "--fail-on", "none");
    assertThat(code).isZero();
    assertThat(out.toString()).contains("rule error [shouts]").contains("unknown severity 'critical'")
        .contains("[title-conflict]");
  }

  @Test
  @org.junit.jupiter.api.Timeout(value = 2, unit = java.util.concurrent.TimeUnit.MINUTES) // a hang guard
  void aRuleThatNeverEndsIsHaltedAfterTheBudget(@TempDir Path rules) throws Exception {
    Files.writeString(rules.resolve("loop.drl"), HEADER + """
        rule "Spins forever"
          @id("spins") @severity("info") @description("a rule that never terminates")
        when
          $a: ClaimGroup(kind == "title")
        then
          while (!Thread.currentThread().isInterrupted()) { Thread.onSpinWait(); }
        end
        """);
    RuleSet set = RuleSet.load(List.of(rules));
    var c = new io.crosscheck.extract.Claim("c1", "a", io.crosscheck.extract.ClaimKind.TITLE, "X", "title", "v",
        new io.crosscheck.extract.Title("minister", "", "", false, false), 0, 1, 1, 1, "v", null);
    ClaimGroup g = new ClaimGroup("g1", "s", "title", "X", "title", "k", "", "", "v", c.normalized(), List.of(c), List.of("a"));
    RuleEngine.Outcome o = new RuleEngine(set, Settings.DEFAULT, Set.of(), 500).run("s", List.of(g));
    assertThat(o.errors()).singleElement().satisfies(e -> {
      assertThat(e.rule()).isEqualTo("spins");
      assertThat(e.message()).contains("did not finish within 500 ms").contains("Spins forever");
    });
  }
}
