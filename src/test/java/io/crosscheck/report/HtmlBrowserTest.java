package io.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads the HTML report in a real headless Chromium and fails on anything the page logs to the
 * browser console (a blocked resource, a Content-Security-Policy violation, a script error).
 * Skipped, saying why, where no Chromium is installed (Debian: {@code apt-get install chromium};
 * {@code CHROMIUM=/path} picks another). The sample page is kept as
 * target/browser/sample-report.html for src/test/browser/screenshot.sh.
 */
class HtmlBrowserTest {
  private static Path chromium;

  @BeforeAll
  static void findChromium() {
    chromium = locate().orElse(null);
  }

  static Optional<Path> locate() {
    List<String> names = new ArrayList<>();
    String env = System.getenv("CHROMIUM");
    if (env != null && !env.isBlank()) {
      Path p = Path.of(env);
      if (Files.isExecutable(p)) {
        return Optional.of(p);
      }
      names.add(env);
    }
    names.addAll(List.of("chromium", "chromium-browser", "google-chrome-stable", "google-chrome"));
    String path = System.getenv("PATH");
    for (String name : names) {
      for (String dir : (path == null ? "" : path).split(File.pathSeparator)) {
        Path p = Path.of(dir.isEmpty() ? "." : dir, name);
        if (Files.isExecutable(p) && !Files.isDirectory(p)) {
          return Optional.of(p);
        }
      }
    }
    return Optional.empty();
  }

  private record Load(int exit, String dom, List<String> console) {}

  /** Opens a file in headless Chromium: the DOM it ends with and every console line it logged. */
  private static Load load(Path page, Path profile) throws IOException, InterruptedException {
    Path out = profile.resolveSibling(profile.getFileName() + ".dom");
    Path err = profile.resolveSibling(profile.getFileName() + ".log");
    Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0", "--virtual-time-budget=2000", "--dump-dom",
        page.toUri().toString())
        .redirectOutput(out.toFile())
        .redirectError(err.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      p.waitFor(10, TimeUnit.SECONDS);
      throw new AssertionError("Chromium did not finish loading " + page + " within 120 s");
    }
    List<String> console = Files.readAllLines(err, StandardCharsets.UTF_8).stream()
        .filter(l -> l.contains(":CONSOLE")).toList();
    return new Load(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), console);
  }

  @Test
  void theSampleReportLoadsWithAQuietConsole(@TempDir Path tmp) throws IOException, InterruptedException {
    Assumptions.assumeTrue(chromium != null,
        "no Chromium on PATH (apt-get install chromium, or set CHROMIUM): the HTML report was not loaded in a browser");
    StringWriter w = new StringWriter();
    new HtmlRenderer().render(SampleReport.report(), w);
    Path keep = Path.of("target", "browser", "sample-report.html");
    Files.createDirectories(keep.getParent());
    Files.writeString(keep, w.toString(), StandardCharsets.UTF_8);

    Load load = load(keep.toAbsolutePath(), tmp.resolve("profile"));
    assertThat(load.exit()).as("Chromium's exit code").isZero();
    assertThat(load.console()).as("browser console messages").isEmpty();
    assertThat(load.dom()).contains("<h1>crosscheck report</h1>");
    assertThat(load.dom().split("<article class=\"finding ", -1)).hasSize(4);
    deleteTree(tmp.resolve("profile"));
  }

  @Test
  void aPageThatBreaksTheRulesIsCaught(@TempDir Path tmp) throws IOException, InterruptedException {
    // the check above can fail: the same headers with a remote image and a script are reported
    Assumptions.assumeTrue(chromium != null, "no Chromium on PATH (apt-get install chromium, or set CHROMIUM)");
    StringWriter w = new StringWriter();
    new HtmlRenderer().render(SampleReport.empty(), w);
    String bad = w.toString().replace("</main>",
        "<img src=\"https://example.invalid/logo.png\" alt=\"\"><script>console.error('boom')</script></main>");
    Path page = tmp.resolve("bad.html");
    Files.writeString(page, bad, StandardCharsets.UTF_8);
    Load load = load(page, tmp.resolve("profile"));
    assertThat(load.console()).anySatisfy(l -> assertThat(l).contains("Content Security Policy"));
    deleteTree(tmp.resolve("profile"));
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
