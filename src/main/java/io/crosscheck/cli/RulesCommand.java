package io.crosscheck.cli;

import io.crosscheck.check.Config;
import io.crosscheck.rules.RuleMeta;
import io.crosscheck.rules.RuleSet;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code crosscheck rules}: the rule catalogue. */
@Command(
    mixinStandardHelpOptions = true,
    name = "rules", description = "List the rules (id, severity, description, file), or explain one.")
final class RulesCommand implements Callable<Integer> {
  @ParentCommand Cli cli;

  @Mixin RuleOptions ruleOptions;

  @Option(names = "--explain", paramLabel = "ID", description = "Show a rule's documentation and an example.")
  String explain;

  @Override
  public Integer call() {
    Config config = ruleOptions.config(List.of(Path.of(".")));
    RuleSet rules = ruleOptions.ruleSet(config);
    if (explain != null) {
      RuleMeta m = rules.byId(explain);
      if (m == null) {
        throw new CliException(ExitCode.USAGE, "crosscheck: no rule with id '" + explain + "' (see 'crosscheck rules')");
      }
      cli.out().printf("%s (%s)%n%s%n%nrule \"%s\" in %s:%d%n", m.id(), config.severities().getOrDefault(m.id(), m.severity()).id(),
          m.description(), m.name(), m.file(), m.line());
      if (!m.doc().isEmpty()) {
        cli.out().printf("%n%s%n", m.doc());
      }
      cli.out().flush();
      return ExitCode.OK.code;
    }
    int idWidth = rules.rules().stream().mapToInt(r -> r.id().length()).max().orElse(4);
    for (RuleMeta m : rules.rules()) {
      String sev = config.disabled().contains(m.id()) ? "off" : config.severities().getOrDefault(m.id(), m.severity()).id();
      cli.out().printf("%-" + idWidth + "s  %-7s  %s  (%s:%d)%n", m.id(), sev, m.description(), m.file(), m.line());
    }
    cli.out().flush();
    return ExitCode.OK.code;
  }
}
