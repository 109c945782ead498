package io.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.crosscheck.load.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Precision and recall of the title and quote extractors against the hand-written expectation
 * files in {@code fixtures/ukraine-talks-2022/expected-claims/}: every expected claim must be
 * found (recall) and every claim found must be expected (precision), each at 90% or better.
 */
class TitleQuoteExpectationTest {
  private static final Path FIXTURE = Path.of("fixtures/ukraine-talks-2022");
  private static final double FLOOR = 0.9;

  @ParameterizedTest
  @ValueSource(strings = {"title", "quote"})
  void precisionAndRecallOnTheSeedArticles(String kind) throws IOException {
    Extractor extractor = kind.equals("title") ? new TitleExtractor() : new QuoteExtractor();
    List<Claim> claims = new ArrayList<>();
    for (Document doc : documents()) {
      claims.addAll(extractor.extract(doc));
    }
    List<Map<String, Object>> expected =
        new ObjectMapper(new YAMLFactory())
            .readValue(FIXTURE.resolve("expected-claims/" + kind + ".yaml").toFile(), new TypeReference<>() {});

    boolean[] used = new boolean[claims.size()];
    List<String> missed = new ArrayList<>();
    int found = 0;
    for (Map<String, Object> e : expected) {
      int hit = -1;
      for (int i = 0; i < claims.size() && hit < 0; i++) {
        if (!used[i] && matches(e, claims.get(i))) {
          hit = i;
        }
      }
      if (hit >= 0) {
        used[hit] = true;
        found++;
      } else {
        missed.add(e.toString());
      }
    }
    List<String> unexpected = new ArrayList<>();
    for (int i = 0; i < claims.size(); i++) {
      if (!used[i]) {
        Claim c = claims.get(i);
        unexpected.add(c.article() + ":" + c.line() + " [" + c.subject() + "] " + c.value() + " " + c.normalized().fields());
      }
    }
    double recall = expected.isEmpty() ? 1 : (double) found / expected.size();
    double precision = claims.isEmpty() ? 1 : (double) found / claims.size();
    String report =
        String.format(
            Locale.ROOT,
            "%s: precision %.3f (%d/%d), recall %.3f (%d/%d)%nmissed: %s%nunexpected: %s",
            kind, precision, found, claims.size(), recall, found, expected.size(), missed, unexpected);
    assertThat(recall).as(report).isGreaterThanOrEqualTo(FLOOR);
    assertThat(precision).as(report).isGreaterThanOrEqualTo(FLOOR);
  }

  static List<Document> documents() throws IOException {
    List<Document> docs = new ArrayList<>();
    try (Stream<Path> files = Files.list(FIXTURE)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String id = f.getFileName().toString().replaceFirst("\\.txt$", "");
        String text = Files.readString(f, StandardCharsets.UTF_8);
        docs.add(new Document(Article.plain(id, f.toString(), text, null, null, "ukraine-talks-2022")));
      }
    }
    return docs;
  }

  private static boolean matches(Map<String, Object> e, Claim c) {
    if (!c.article().equals(e.get("article"))) {
      return false;
    }
    if (e.containsKey("line") && ((Number) e.get("line")).intValue() != c.line()) {
      return false;
    }
    if (!contains(c.value(), e.get("value"))) {
      return false;
    }
    if (e.containsKey("subject") && !contains(c.subject(), e.get("subject"))) {
      return false;
    }
    if (e.get("normalized") instanceof Map<?, ?> want) {
      Map<String, Object> have = c.normalized().fields();
      for (Map.Entry<?, ?> w : want.entrySet()) {
        Object h = have.get(String.valueOf(w.getKey()));
        if (h == null || !String.valueOf(h).equalsIgnoreCase(String.valueOf(w.getValue()))) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean contains(String have, Object want) {
    return want != null && have.toLowerCase(Locale.ROOT).contains(String.valueOf(want).toLowerCase(Locale.ROOT));
  }
}
