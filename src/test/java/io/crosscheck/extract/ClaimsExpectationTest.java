package io.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.crosscheck.load.Article;
import io.crosscheck.load.LoadResult;
import io.crosscheck.load.Loader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestReporter;

/**
 * Precision and recall of extraction against claims a reader wrote down: for every fixture folder
 * with an {@code expected-claims/} folder, one test per {@code <kind>.yaml} file in it.
 *
 * <p>Each file is a YAML list of entries: {@code article} (id), {@code value} (a substring of the
 * claim's value as written, case-insensitive), and optionally {@code subject} (a substring of the
 * subject, case-insensitive), {@code attribute} (equal, case-insensitive), {@code line} and {@code
 * normalized} (a subset of the claim's normalised fields; {@code null} matches a missing field).
 * Recall is the share of entries some claim of the kind matches; precision the share of the
 * kind's claims some entry matches. Both must reach {@link #FLOOR}; a failure lists the misses and
 * the extras. Claims are compared as extracted (surface subjects, before resolution).
 */
class ClaimsExpectationTest {
  static final double FLOOR = 0.9;
  private static final Path FIXTURES = Path.of("fixtures");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @TestFactory
  Stream<DynamicTest> expectedClaims(TestReporter reporter) throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(FIXTURES)) {
      for (Path dir : dirs.sorted().toList()) {
        Path expected = dir.resolve("expected-claims");
        if (!Files.isDirectory(expected)) {
          continue;
        }
        try (Stream<Path> files = Files.list(expected)) {
          for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
            String kind = f.getFileName().toString().replaceFirst("\\.yaml$", "");
            tests.add(DynamicTest.dynamicTest(dir.getFileName() + " " + kind, () -> check(dir, kind, f, reporter)));
          }
        }
      }
    }
    assertThat(tests).as("expected-claims files under " + FIXTURES).isNotEmpty();
    return tests.stream();
  }

  private static void check(Path dir, String kind, Path file, TestReporter reporter) throws IOException {
    ClaimKind k = ClaimKind.of(kind);
    List<Claim> claims = extract(dir).stream().filter(c -> c.kind() == k).toList();
    JsonNode root = YAML.readTree(file.toFile());
    assertThat(root.isArray()).as(file + " must be a YAML list").isTrue();
    List<JsonNode> entries = new ArrayList<>();
    root.forEach(entries::add);

    List<JsonNode> misses = new ArrayList<>();
    for (JsonNode e : entries) {
      if (claims.stream().noneMatch(c -> matches(e, c))) {
        misses.add(e);
      }
    }
    List<Claim> extras = new ArrayList<>();
    for (Claim c : claims) {
      if (entries.stream().noneMatch(e -> matches(e, c))) {
        extras.add(c);
      }
    }
    double recall = entries.isEmpty() ? 1 : 1 - (double) misses.size() / entries.size();
    double precision = claims.isEmpty() ? 1 : 1 - (double) extras.size() / claims.size();
    String summary = String.format(Locale.ROOT, "%s %s: precision %.3f (%d/%d claims), recall %.3f (%d/%d expected)",
        dir.getFileName(), kind, precision, claims.size() - extras.size(), claims.size(), recall,
        entries.size() - misses.size(), entries.size());
    reporter.publishEntry(kind, summary);
    System.out.println(summary); // a test's figures, captured by surefire in *-output.txt

    StringBuilder why = new StringBuilder(summary);
    for (JsonNode m : misses) {
      why.append("\n  missed: ").append(m);
    }
    for (Claim c : extras) {
      why.append("\n  extra:  ").append(describe(c));
    }
    assertThat(precision >= FLOOR && recall >= FLOOR).as(why.toString()).isTrue();
  }

  private static List<Claim> extract(Path dir) {
    LoadResult loaded = Loader.load(List.of(dir));
    assertThat(loaded.errors()).as("load errors in " + dir).isEmpty();
    Extraction extraction = Extraction.standard();
    List<Claim> out = new ArrayList<>();
    for (Article a : loaded.articles()) {
      out.addAll(extraction.extract(a));
    }
    return out;
  }

  static boolean matches(JsonNode e, Claim c) {
    if (!c.article().equals(text(e, "article"))) {
      return false;
    }
    String value = text(e, "value");
    if (value == null || !lower(c.value()).contains(lower(value))) {
      return false;
    }
    String subject = text(e, "subject");
    if (subject != null && !lower(c.subject()).contains(lower(subject))) {
      return false;
    }
    String attribute = text(e, "attribute");
    if (attribute != null && !lower(c.attribute()).equals(lower(attribute))) {
      return false;
    }
    JsonNode line = e.get("line");
    if (line != null && !line.isNull() && line.asInt() != c.line()) {
      return false;
    }
    JsonNode normalized = e.get("normalized");
    if (normalized != null && normalized.isObject()) {
      Map<String, Object> fields = c.normalized().fields();
      Iterator<Map.Entry<String, JsonNode>> it = normalized.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> f = it.next();
        if (!same(f.getValue(), fields.get(f.getKey()))) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean same(JsonNode expected, Object actual) {
    if (expected.isNull()) {
      return actual == null;
    }
    if (actual == null) {
      return false;
    }
    if (expected.isNumber() || actual instanceof Number) {
      if (!(actual instanceof Number n)) {
        return false;
      }
      double x = expected.isNumber() ? expected.asDouble() : parse(expected.asText());
      return Math.abs(x - n.doubleValue()) <= 1e-9 * Math.max(1, Math.abs(x));
    }
    if (expected.isBoolean()) {
      return actual instanceof Boolean b && b == expected.asBoolean();
    }
    return lower(expected.asText()).equals(lower(actual.toString()));
  }

  private static double parse(String s) {
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  private static String text(JsonNode e, String field) {
    JsonNode n = e.get(field);
    return n == null || n.isNull() ? null : n.asText();
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  private static String describe(Claim c) {
    return c.article() + ":" + c.line() + ":" + c.column() + " '" + c.value() + "' subject='" + c.subject()
        + "' attribute=" + c.attribute() + " " + c.normalized().fields();
  }

  static {
    // fail early and clearly when run from the wrong directory
    if (!Files.isDirectory(FIXTURES)) {
      throw new UncheckedIOException(new IOException("no fixtures folder in " + Path.of("").toAbsolutePath()));
    }
  }
}
