package io.crosscheck;

import io.crosscheck.check.Checker;
import io.crosscheck.check.Config;
import io.crosscheck.extract.Extraction;
import io.crosscheck.load.Loader;
import io.crosscheck.report.Report;
import io.crosscheck.resolve.Lexicon;
import io.crosscheck.resolve.Resolver;
import io.crosscheck.rules.RuleEngine;
import io.crosscheck.rules.RuleSet;
import io.crosscheck.rules.RulesException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** Runs the real pipeline in-process; compiles the shipped rules once per test JVM. */
public final class TestRuns {
  private static RuleSet shipped;

  private TestRuns() {}

  public static synchronized RuleSet shippedRules() {
    if (shipped == null) {
      try {
        shipped = RuleSet.load(List.of(Path.of("rules")));
      } catch (RulesException e) {
        throw new AssertionError("the shipped rules do not compile:\n" + String.join("\n", e.problems()), e);
      }
    }
    return shipped;
  }

  public static Report check(Path... inputs) {
    return check(Config.DEFAULT, inputs);
  }

  public static Report check(Config config, Path... inputs) {
    Checker checker = new Checker(Extraction.standard(), new Resolver(Lexicon.standard()),
        new RuleEngine(shippedRules(), config.settings(), config.disabled(), 30_000), config, 2);
    return checker.check(Loader.load(List.of(inputs)), Set.of());
  }
}
