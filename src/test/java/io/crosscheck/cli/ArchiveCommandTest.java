package io.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crosscheck index} and {@code crosscheck check --against} from the command line. */
class ArchiveCommandTest {
  static final Path FIXTURE = Path.of("fixtures/ukraine-talks-2022");
  static final String DRAFT = "001_47233b69de273cc9.txt";

  @TempDir Path tmp;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = new Cli(new PrintWriter(out), new PrintWriter(err)).run(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void indexThenCheckADraftAgainstIt() throws Exception {
    Path archive = Files.createDirectories(tmp.resolve("archive"));
    Path drafts = Files.createDirectories(tmp.resolve("drafts"));
    try (var files = Files.list(FIXTURE)) {
      for (Path f : files.toList()) {
        Path to = f.getFileName().toString().equals(DRAFT) ? drafts : archive;
        Files.copy(f, to.resolve(f.getFileName()));
      }
    }
    Files.copy(FIXTURE.resolve("manifest.yaml"), drafts.resolve("manifest.yaml"));
    Path idx = tmp.resolve("idx");

    Run first = run("index", archive.toString(), "--index", idx.toString());
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.out()).contains("4 added, 0 replaced, 0 unchanged, 0 pruned");
    Run second = run("index", archive.toString(), "--index", idx.toString(), "--prune");
    assertThat(second.out()).contains("0 added, 0 replaced, 4 unchanged, 0 pruned");

    Run check = run("check", drafts.resolve(DRAFT).toString(), "--against", idx.toString(), "-f", "json", "--fail-on", "none");
    assertThat(check.code()).as(check.err()).isZero();
    assertThat(check.err()).contains("crosscheck: story 'ukraine-talks-2022': compared with 4 archive articles of the same story")
        .contains("003_bb869597a4b66297 (American Military News");
    JsonNode report = new ObjectMapper().readTree(check.out());
    assertThat(report.path("schema").asText()).isEqualTo("crosscheck-report/1");
    assertThat(report.path("articles").get(0).path("id").asText()).isEqualTo("001_47233b69de273cc9");
    for (JsonNode f : report.path("findings")) {
      assertThat(f.path("evidence").findValuesAsText("article")).contains("001_47233b69de273cc9");
    }
  }

  @Test
  void archiveOptionsAreValidated() throws Exception {
    Path draft = FIXTURE.resolve(DRAFT);
    Run since = run("check", draft.toString(), "--since", "2022-01-01");
    assertThat(since.code()).isEqualTo(2);
    assertThat(since.err()).contains("--since and --related need --against DIR");

    Run missing = run("check", draft.toString(), "--against", tmp.resolve("nope").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("no such index folder");

    Path idx = tmp.resolve("idx");
    assertThat(run("index", draft.toString(), "--index", idx.toString()).code()).isZero();
    Run badDate = run("check", draft.toString(), "--against", idx.toString(), "--since", "last week");
    assertThat(badDate.code()).isEqualTo(2);
    assertThat(badDate.err()).contains("--since: not a date");

    Run noIndex = run("index", draft.toString());
    assertThat(noIndex.code()).isEqualTo(2);
    assertThat(noIndex.err()).contains("--index");
  }
}
