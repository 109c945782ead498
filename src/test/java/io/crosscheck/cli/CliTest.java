package io.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line in-process, through the {@code run(String...)} seam: one test per exit code. */
class CliTest {
  private static final Path FIXTURE = Path.of("fixtures", "ukraine-talks-2022");

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return new Cli(new PrintWriter(out), new PrintWriter(err)).run(args);
  }

  @Test
  void findingsAtOrAboveFailOnExitFour() {
    assertThat(run("check", FIXTURE.toString())).as(err.toString()).isEqualTo(4);
    assertThat(out.toString()).contains("[title-conflict]");
  }

  @Test
  void failOnNoneExitsZeroWithTheSameReport() {
    assertThat(run("check", FIXTURE.toString(), "--fail-on", "none")).as(err.toString()).isZero();
    assertThat(out.toString()).contains("[title-conflict]").contains("5 articles");
  }

  @Test
  void noFindingExitsZero(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.txt"), "The meeting in Vienna ended on Thursday without a breakthrough.");
    assertThat(run("check", dir.toString())).as(err.toString()).isZero();
    assertThat(out.toString()).contains("1 article, ").contains("0 errors");
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(run("check")).isEqualTo(2);
    assertThat(err.toString()).contains("crosscheck:");
    assertThat(run("check", FIXTURE.toString(), "--format", "nonsense")).isEqualTo(2);
    assertThat(err.toString()).contains("unknown format 'nonsense'");
    assertThat(run("check", FIXTURE.toString(), "--fail-on", "sometimes")).isEqualTo(2);
    assertThat(run("frobnicate")).isEqualTo(2);
  }

  @Test
  void brokenRuleFileExitsTwoNamingFileAndLine(@TempDir Path rules) throws IOException {
    Path drl = rules.resolve("broken.drl");
    Files.writeString(drl, """
        package custom.rules;
        import io.crosscheck.rules.ClaimGroup;

        rule "Broken"
          @id("broken") @severity("error") @description("a rule with a syntax error")
        when
          $a: ClaimGroup(kind == "title"
        then
        end
        """);
    assertThat(run("check", FIXTURE.toString(), "--rules", rules.toString())).isEqualTo(2);
    assertThat(err.toString()).containsPattern(java.util.regex.Pattern.quote(drl.toString()) + ":\\d+: ");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void missingRulesFolderExitsTwo(@TempDir Path dir) {
    Path missing = dir.resolve("nope");
    assertThat(run("check", FIXTURE.toString(), "--rules", missing.toString())).isEqualTo(2);
    assertThat(err.toString()).contains(missing + ": rules folder not found");
  }

  @Test
  void unreadableInputsExitFiveAndTheRestIsReported(@TempDir Path dir) throws IOException {
    Path set = dir.resolve("set");
    Files.createDirectories(set);
    for (String name : new String[] {"000_b7ca71d79ab89d77.txt", "001_47233b69de273cc9.txt", "003_bb869597a4b66297.txt"}) {
      Files.copy(FIXTURE.resolve(name), set.resolve(name));
    }
    Files.writeString(set.resolve("empty.txt"), "");
    Files.write(set.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
    // 0xC3 0x28 is not UTF-8, and 0x81 is undefined in Windows-1252: no encoding reads this
    Files.write(set.resolve("broken.txt"), new byte[] {'c', 'a', 'f', (byte) 0xC3, '(', ' ', (byte) 0x81, '.'});
    int code = run("check", set.toString(), "--fail-on", "none");
    assertThat(code).isEqualTo(5);
    assertThat(err.toString())
        .contains(set.resolve("empty.txt") + ": empty file")
        .contains(set.resolve("image.txt") + ": binary file")
        .contains(set.resolve("broken.txt") + ": ");
    assertThat(out.toString()).contains("[title-conflict]").contains("3 articles");
  }

  @Test
  void missingInputIsNamed(@TempDir Path dir) {
    Path missing = dir.resolve("missing.txt");
    assertThat(run("check", missing.toString(), FIXTURE.toString(), "--fail-on", "none")).isEqualTo(5);
    assertThat(err.toString()).contains(missing + ": no such file or folder");
  }

  @Test
  void internalErrorsExitOneWithOneLine() {
    Cli cli = new Cli(new PrintWriter(out), new PrintWriter(err));
    CommandLine cl = cli.commandLine();
    cl.addSubcommand("boom", new Boom());
    assertThat(cl.execute("boom")).isEqualTo(1);
    assertThat(err.toString()).startsWith("crosscheck: internal error: java.lang.IllegalStateException: kaboom");
  }

  @CommandLine.Command(name = "boom")
  static final class Boom implements Runnable {
    @Override
    public void run() {
      throw new IllegalStateException("kaboom");
    }
  }

  @Test
  void outputFileIsWrittenAndStdoutStaysEmpty(@TempDir Path dir) throws IOException {
    Path report = dir.resolve("out/report.json");
    assertThat(run("check", FIXTURE.toString(), "--format", "json", "--output", report.toString())).isEqualTo(4);
    assertThat(out.toString()).isEmpty();
    assertThat(Files.readString(report, StandardCharsets.UTF_8)).startsWith("{").contains("\"schema\" : \"crosscheck-report/1\"");
    try (var s = Files.list(report.getParent())) {
      assertThat(s.map(p -> p.getFileName().toString()).toList()).containsExactly("report.json");
    }
  }

  @Test
  void aReportStreamedToAFileIsTheReportPrintedOnStdout(@TempDir Path dir) throws IOException {
    assertThat(run("check", FIXTURE.toString(), "--format", "json")).isEqualTo(4);
    String printed = out.toString();
    out.getBuffer().setLength(0);
    Path report = dir.resolve("report.json");
    assertThat(run("check", FIXTURE.toString(), "--format", "json", "--output", report.toString())).isEqualTo(4);
    assertThat(Files.readString(report, StandardCharsets.UTF_8)).isEqualTo(printed).contains("\"claims\" : [ {");
  }

  @Test
  void customRuleFolderAddsARuleThatFires(@TempDir Path rules) throws IOException {
    Files.writeString(rules.resolve("sherman.drl"), """
        package newsroom.rules;

        import io.crosscheck.rules.ClaimGroup;
        import io.crosscheck.rules.Hit;

        rule "Any two titles of Wendy Sherman"
          @id("sherman-watch") @severity("info") @description("Lists Wendy Sherman's differing titles.")
        when
          $a: ClaimGroup(kind == "title", subject == "Wendy Sherman")
          $b: ClaimGroup(kind == "title", subject == "Wendy Sherman", id > $a.id, key != $a.key)
        then
          insert(new Hit("Sherman: '" + $a.value() + "' vs '" + $b.value() + "'", $a, $b));
        end
        """);
    assertThat(run("check", FIXTURE.toString(), "--rules", rules.toString(), "--fail-on", "none")).as(err.toString()).isZero();
    assertThat(out.toString()).contains("info [sherman-watch] Sherman: ");
    out.getBuffer().setLength(0);
    assertThat(run("rules", "--rules", rules.toString())).isZero();
    assertThat(out.toString()).contains("sherman-watch").contains("title-conflict").contains("sherman.drl");
  }

  @Test
  void rulesListsAndExplains() {
    assertThat(run("rules")).isZero();
    assertThat(out.toString()).contains("title-conflict").contains("quantity-conflict").contains("duration-conflict")
        .contains("date-conflict").contains("quote-drift");
    out.getBuffer().setLength(0);
    assertThat(run("rules", "--explain", "duration-conflict")).isZero();
    assertThat(out.toString()).contains("duration-conflict (error)").contains("Example").contains("plan");
    assertThat(run("rules", "--explain", "no-such-rule")).isEqualTo(2);
  }

  @Test
  void helpListsExitCodes() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("Exit codes:").contains("4  findings at or above --fail-on");
  }
}
