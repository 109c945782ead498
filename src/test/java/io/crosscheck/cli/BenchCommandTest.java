package io.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crosscheck bench} runs and prints its table (figures not asserted). */
class BenchCommandTest {
  @TempDir Path tmp;

  @Test
  void theBenchCommandPrintsAPlainTable() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = new Cli(new PrintWriter(out), new PrintWriter(err)).run("bench", "--articles", "40", "--threads", "1,2",
        "--drafts", "4", "--no-cold", "--out", tmp.toString());
    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString()).contains("articles threads").containsPattern("(?m)^\\s+40\\s+1\\s")
        .containsPattern("(?m)^\\s+40\\s+2\\s").contains("ratio: throughput / tokenization-only throughput").contains("resolve: time to resolve every story");
  }

  @Test
  void badSizesAreRefused() {
    StringWriter err = new StringWriter();
    int code = new Cli(new PrintWriter(new StringWriter()), new PrintWriter(err)).run("bench", "--articles", "2");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("at least 3");
  }
}
