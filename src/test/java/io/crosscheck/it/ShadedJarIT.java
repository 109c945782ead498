package io.crosscheck.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar as users run it, in a new JVM: Drools must find its merged service files to
 * compile DRL at run time (the rule cache is off, so it really compiles), Lucene its analysis
 * SPI, and nothing may be logged on a clean run. Runs in {@code mvn verify}, after packaging.
 */
class ShadedJarIT {
  private static final Path JAR = Path.of("target", "crosscheck.jar");

  private record Run(int code, String out, String err) {}

  private static Run run(Path cache, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(ProcessHandle.current().info().command().orElse("java"));
    cmd.add("-jar");
    cmd.add(JAR.toString());
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().put("CROSSCHECK_CACHE", cache.toString());
    pb.environment().remove("CROSSCHECK_HOME");
    Path out = Files.createTempFile("jar-out", ".txt");
    Path err = Files.createTempFile("jar-err", ".txt");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the jar finishes").isTrue();
    return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void theJarChecksTheSeedFixtureQuietly(@TempDir Path cache) throws Exception {
    assertThat(JAR).exists();
    Run r = run(cache, "check", "fixtures/ukraine-talks-2022");
    assertThat(r.code()).as("exit code; stderr: %s", r.err()).isEqualTo(4);
    assertThat(r.out()).contains("error [title-conflict] Wendy Sherman").contains("[quote-drift]").contains("[duration-conflict]");
    assertThat(r.err()).as("a clean run logs nothing").isEmpty();
    Run again = run(cache, "check", "fixtures/ukraine-talks-2022");
    assertThat(again.out()).as("second run, rules from the cache").isEqualTo(r.out());
  }

  @Test
  void theJarListsItsRulesAndReportsVersion(@TempDir Path cache) throws Exception {
    Run r = run(cache, "rules");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("title-conflict").contains("quote-drift");
    Run v = run(cache, "--version");
    assertThat(v.out()).startsWith("crosscheck 0.1.0");
  }
}
