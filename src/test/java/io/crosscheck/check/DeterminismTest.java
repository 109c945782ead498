package io.crosscheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.cli.Cli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The same articles give the same report bytes, whatever the run, input order or thread count. */
class DeterminismTest {
  private static final Path FIXTURE = Path.of("fixtures", "ukraine-talks-2022");

  private static String run(List<String> inputs, String format, String threads) {
    List<String> args = new ArrayList<>();
    args.add("check");
    args.addAll(inputs);
    args.addAll(List.of("--format", format, "--threads", threads, "--fail-on", "none", "--color", "never"));
    StringWriter out = new StringWriter();
    new Cli(new PrintWriter(out), new PrintWriter(new StringWriter())).run(args.toArray(String[]::new));
    return out.toString();
  }

  @Test
  void sameBytesAcrossRunsThreadsAndInputOrder() throws IOException {
    List<String> files;
    try (var s = Files.list(FIXTURE)) {
      files = new ArrayList<>(s.filter(p -> p.toString().endsWith(".txt")).map(Path::toString).sorted().toList());
    }
    Collections.reverse(files);
    for (String format : List.of("json", "text", "sarif", "markdown")) {
      String one = run(List.of(FIXTURE.toString()), format, "1");
      assertThat(one).as(format + ": has findings").contains("title-conflict");
      assertThat(run(List.of(FIXTURE.toString()), format, "2")).as(format + " on two threads").isEqualTo(one);
      assertThat(run(List.of(FIXTURE.toString()), format, "2")).as(format + " run again").isEqualTo(one);
      assertThat(run(files, format, "2")).as(format + " with the files named in reverse order").isEqualTo(one);
    }
  }
}
