package io.crosscheck.cli;

import io.crosscheck.check.Config;
import io.crosscheck.rules.RuleSet;
import io.crosscheck.rules.RulesException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options shared by commands that load rules and configuration. */
final class RuleOptions {
  @Option(names = "--rules", paramLabel = "DIR", description = "Add a folder of .drl rule files (repeatable).")
  List<Path> ruleFolders = new ArrayList<>();

  @Option(names = "--no-default-rules", description = "Do not load the shipped rules/ folder.")
  boolean noDefaultRules;

  @Option(names = "--config", paramLabel = "FILE",
      description = "Configuration file (default: the nearest crosscheck.yaml at or above the inputs).")
  Path config;

  /** The configuration: --config, else the nearest crosscheck.yaml above the inputs, else defaults. */
  Config config(List<Path> inputs) {
    Path file = config;
    if (file != null && !Files.isRegularFile(file)) {
      throw new CliException(ExitCode.USAGE, file + ": configuration file not found");
    }
    if (file == null) {
      file = Config.find(inputs);
    }
    if (file == null) {
      return Config.DEFAULT;
    }
    try {
      return Config.load(file);
    } catch (Config.ConfigException e) {
      throw new CliException(ExitCode.USAGE, e.getMessage());
    }
  }

  /** Compiles the default rules, the configuration's folders and --rules folders. */
  RuleSet ruleSet(Config config) {
    List<Path> folders = new ArrayList<>();
    try {
      List<RuleSet.Source> bundled = List.of();
      if (!noDefaultRules) {
        Path shipped = defaultRulesFolder();
        if (shipped != null) {
          folders.add(shipped);
        } else {
          bundled = RuleSet.bundled();
        }
      }
      folders.addAll(config.ruleFolders());
      folders.addAll(ruleFolders);
      if (folders.isEmpty() && bundled.isEmpty()) {
        throw new CliException(ExitCode.USAGE, "no rules: --no-default-rules needs at least one --rules folder");
      }
      if (bundled.isEmpty()) {
        return RuleSet.load(folders);
      }
      List<RuleSet.Source> all = new ArrayList<>(bundled);
      if (!folders.isEmpty()) {
        all.addAll(RuleSet.read(folders));
      }
      return RuleSet.compile(all);
    } catch (RulesException e) {
      throw new CliException(ExitCode.USAGE, String.join("\n", e.problems()));
    } catch (IOException e) {
      throw new CliException(ExitCode.INTERNAL, "cannot read the bundled rules: " + e.getMessage());
    }
  }

  /**
   * The shipped rules folder: $CROSSCHECK_HOME/rules, else rules/ beside the jar or its parent
   * (target/crosscheck.jar in a checkout), else ./rules; null when none exists (the jar then uses
   * its bundled copy).
   */
  static Path defaultRulesFolder() {
    String home = System.getenv("CROSSCHECK_HOME");
    if (home != null && Files.isDirectory(Path.of(home, "rules"))) {
      return Path.of(home, "rules");
    }
    try {
      Path code = Path.of(RuleOptions.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      for (Path dir = code.getParent(); dir != null; dir = dir.getParent()) {
        Path r = dir.resolve("rules");
        if (Files.isDirectory(r) && Files.isRegularFile(dir.resolve("pom.xml"))) {
          return r;
        }
        if (dir.getNameCount() < code.getNameCount() - 3) {
          break;
        }
      }
    } catch (URISyntaxException | SecurityException | NullPointerException e) {
      // fall through to the working directory
    }
    Path local = Path.of("rules");
    return Files.isDirectory(local) ? local : null;
  }
}
