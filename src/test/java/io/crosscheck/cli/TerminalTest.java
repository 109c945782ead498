package io.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.cli.Terminal.ColorMode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TerminalTest {
  @Test
  void alwaysAndNeverAreWhatTheySay() {
    assertThat(Terminal.color(ColorMode.ALWAYS, true, Map.of("NO_COLOR", "1"))).isTrue();
    assertThat(Terminal.color(ColorMode.NEVER, false, Map.of())).isFalse();
  }

  @Test
  void autoNeverColoursAFileNoColorOrADumbTerminal() {
    assertThat(Terminal.color(ColorMode.AUTO, true, Map.of())).isFalse();
    assertThat(Terminal.color(ColorMode.AUTO, false, Map.of("NO_COLOR", "1"))).isFalse();
    assertThat(Terminal.color(ColorMode.AUTO, false, Map.of("NO_COLOR", "anything"))).isFalse();
    assertThat(Terminal.color(ColorMode.AUTO, false, Map.of("TERM", "dumb"))).isFalse();
  }

  @Test
  void autoUnderTheTestRunnerIsNoTerminal() {
    // surefire's fork writes to pipes, not a terminal
    assertThat(Terminal.isTerminal(1)).isFalse();
    assertThat(Terminal.color(ColorMode.AUTO, false, Map.of("NO_COLOR", ""))).isFalse();
  }

  @Test
  void progressOffATerminalPrintsNothing() {
    StringWriter err = new StringWriter();
    Progress p = Progress.start(new PrintWriter(err), 5, false);
    p.close();
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void progressOnATerminalShowsItselfAfterTheDelayAndErasesItself() throws InterruptedException {
    StringWriter err = new StringWriter();
    Progress p = Progress.start(new PrintWriter(err), 5, true);
    try {
      Thread.sleep(2700);
    } finally {
      p.close();
    }
    String s = err.toString();
    // shown from 2 s on, rewritten in place each second, then blanked out in place
    assertThat(s).matches("(\rchecking 5 articles\\.\\.\\. [2-9] s)+\r {26}\r");
  }

  @Test
  void checkTakesTheColorOption() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = new Cli(new PrintWriter(out), new PrintWriter(err)).run("check", "--color", "sometimes", "x.txt");
    assertThat(code).isEqualTo(ExitCode.USAGE.code);
    assertThat(err.toString()).contains("--color").contains("sometimes");
  }
}
