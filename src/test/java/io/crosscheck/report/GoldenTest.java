package io.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every format of the hand-made {@link SampleReport} against a frozen file in
 * {@code src/test/resources/golden}. The tool's version is written {@code ${version}} there and
 * the golden files' line ends are normalised, so neither a release nor a Windows checkout breaks
 * them. After a deliberate change, check the diff this test prints, then rewrite the files with
 * {@code mvn -o -q -B test -Dtest=GoldenTest -Dgolden.update=true} and review them with git diff.
 */
class GoldenTest {
  static final Path DIR = Path.of("src/test/resources/golden");

  static Stream<Arguments> formats() {
    return Stream.of(
        Arguments.of("text", "report.txt"),
        Arguments.of("json", "report.json"),
        Arguments.of("sarif", "report.sarif"),
        Arguments.of("github", "report.github"),
        Arguments.of("markdown", "report.md"),
        Arguments.of("html", "report.html"));
  }

  static String render(String format, Report report) throws IOException {
    StringWriter w = new StringWriter();
    Renderers.of(format).render(report, w);
    return w.toString();
  }

  /** The rendered text with the version replaced by a placeholder. */
  static String normalise(String rendered) {
    return rendered.replace(Version.get(), "${version}");
  }

  @ParameterizedTest(name = "{0} matches {1}")
  @MethodSource("formats")
  void matchesGoldenFile(String format, String file) throws IOException {
    String actual = normalise(render(format, SampleReport.report()));
    assertThat(actual).as("an article's CRLF line ends leak into the output").doesNotContain("\r");
    Path golden = DIR.resolve(file);
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      Assumptions.abort("rewrote " + golden + ": review it with git diff before committing");
    }
    assertThat(golden).as("golden file (create it with -Dgolden.update=true)").exists();
    String expected = Files.readString(golden, StandardCharsets.UTF_8).replace("\r\n", "\n");
    if (!expected.equals(actual)) {
      fail(diff(format, golden, expected, actual));
    }
  }

  @ParameterizedTest(name = "{0} is the same bytes on every render")
  @MethodSource("formats")
  void sameReportSameBytes(String format, String file) throws IOException {
    Report report = SampleReport.report();
    String first = render(format, report);
    String second = render(format, report);
    List<Finding> shuffled = new ArrayList<>(report.findings());
    Collections.reverse(shuffled);
    Report rebuilt = new Report(report.articles(), report.claims(), shuffled, report.articleErrors(),
        report.ruleErrors(), report.rules());
    String third = render(format, rebuilt);
    assertThat(second.getBytes(StandardCharsets.UTF_8)).isEqualTo(first.getBytes(StandardCharsets.UTF_8));
    assertThat(third.getBytes(StandardCharsets.UTF_8)).isEqualTo(first.getBytes(StandardCharsets.UTF_8));
  }

  @ParameterizedTest(name = "{0} renders an empty report")
  @MethodSource("formats")
  void emptyReport(String format, String file) throws IOException {
    String out = render(format, SampleReport.empty());
    assertThat(out).isNotBlank().doesNotContain("\r").endsWith("\n");
  }

  @Test
  void sampleClaimsStandWhereWorkedOutByHand() {
    Report r = SampleReport.report();
    for (var c : r.claims()) {
      String where = SampleReport.POSITIONS.get(c.id());
      if (where != null) {
        assertThat(c.line() + ":" + c.column() + "-" + c.endColumn()).as(c.id()).isEqualTo(where);
      }
    }
  }

  /** Where the first difference is, with a few lines around it, and how to accept the change. */
  static String diff(String format, Path golden, String expected, String actual) {
    String[] e = expected.split("\n", -1);
    String[] a = actual.split("\n", -1);
    int i = 0;
    while (i < e.length && i < a.length && e[i].equals(a[i])) {
      i++;
    }
    StringBuilder sb = new StringBuilder();
    sb.append("the ").append(format).append(" report differs from ").append(golden).append(" at line ").append(i + 1)
        .append(" (expected ").append(e.length).append(" lines, got ").append(a.length).append(")\n");
    for (int k = Math.max(0, i - 2); k < Math.min(Math.max(e.length, a.length), i + 4); k++) {
      String el = k < e.length ? e[k] : "<no line>";
      String al = k < a.length ? a[k] : "<no line>";
      if (el.equals(al)) {
        sb.append(String.format(Locale.ROOT, "  %4d   %s%n", k + 1, el));
      } else {
        sb.append(String.format(Locale.ROOT, "  %4d - %s%n", k + 1, el));
        sb.append(String.format(Locale.ROOT, "  %4d + %s%n", k + 1, al));
      }
    }
    sb.append("if the new output is right, rewrite the golden files with\n")
        .append("  mvn -o -q -B test -Dtest=GoldenTest -Dgolden.update=true\nand review them with git diff");
    return sb.toString();
  }
}
