package io.crosscheck.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.crosscheck.report.Severity;
import io.crosscheck.rules.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The user's configuration ({@code crosscheck.yaml}): rules switched off, severities changed,
 * thresholds, extra rule folders and lexicons. Relative paths are relative to the file.
 *
 * <pre>
 * rules:
 *   disable: [quote-drift]
 *   severity: {duration-conflict: error}
 * thresholds:
 *   quote-similarity: 0.6
 *   numeric-tolerance: 0.02
 * rule-folders: [newsroom-rules]
 * lexicons: [our-aliases.yaml]
 * </pre>
 */
public record Config(
    Path file, Set<String> disabled, Map<String, Severity> severities, Settings settings, List<Path> ruleFolders,
    List<Path> lexicons) {

  public static final String FILE_NAME = "crosscheck.yaml";
  public static final Config DEFAULT =
      new Config(null, Set.of(), Map.of(), Settings.DEFAULT, List.of(), List.of());

  public Config {
    disabled = Set.copyOf(disabled);
    severities = Map.copyOf(severities);
    ruleFolders = List.copyOf(ruleFolders);
    lexicons = List.copyOf(lexicons);
  }

  /** A configuration file that cannot be used; the message names the file and the key. */
  public static final class ConfigException extends Exception {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
      super(message);
    }
  }

  /**
   * The nearest {@code crosscheck.yaml} in the folders holding the inputs or above them, or null.
   */
  public static Path find(List<Path> inputs) {
    for (Path in : inputs) {
      Path dir = in.toAbsolutePath().normalize();
      if (!Files.isDirectory(dir)) {
        dir = dir.getParent();
      }
      for (; dir != null; dir = dir.getParent()) {
        Path f = dir.resolve(FILE_NAME);
        if (Files.isRegularFile(f)) {
          return f;
        }
      }
    }
    return null;
  }

  public static Config load(Path file) throws ConfigException {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file));
    } catch (IOException e) {
      String msg = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
      throw new ConfigException(file + ": cannot read configuration: " + msg);
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      return new Config(file, Set.of(), Map.of(), Settings.DEFAULT, List.of(), List.of());
    }
    if (!root.isObject()) {
      throw new ConfigException(file + ": the configuration must be a mapping of keys");
    }
    Set<String> disabled = new LinkedHashSet<>();
    Map<String, Severity> severities = new LinkedHashMap<>();
    double quoteSimilarity = Settings.DEFAULT.quoteSimilarity();
    double tolerance = Settings.DEFAULT.numericTolerance();
    List<Path> folders = new ArrayList<>();
    List<Path> lexicons = new ArrayList<>();
    Path base = file.toAbsolutePath().getParent();
    for (Map.Entry<String, JsonNode> e : root.properties()) {
      JsonNode v = e.getValue();
      switch (e.getKey()) {
        case "rules" -> {
          requireObject(file, "rules", v);
          for (Map.Entry<String, JsonNode> re : v.properties()) {
            switch (re.getKey()) {
              case "disable" -> disabled.addAll(strings(file, "rules.disable", re.getValue()));
              case "severity" -> {
                requireObject(file, "rules.severity", re.getValue());
                for (Map.Entry<String, JsonNode> se : re.getValue().properties()) {
                  try {
                    severities.put(se.getKey(), Severity.of(se.getValue().asText()));
                  } catch (IllegalArgumentException ex) {
                    throw new ConfigException(file + ": rules.severity." + se.getKey() + ": " + ex.getMessage());
                  }
                }
              }
              default -> throw new ConfigException(file + ": unknown key 'rules." + re.getKey()
                  + "' (known: disable, severity)");
            }
          }
        }
        case "thresholds" -> {
          requireObject(file, "thresholds", v);
          for (Map.Entry<String, JsonNode> te : v.properties()) {
            switch (te.getKey()) {
              case "quote-similarity" -> quoteSimilarity = number(file, "thresholds.quote-similarity", te.getValue());
              case "numeric-tolerance" -> tolerance = number(file, "thresholds.numeric-tolerance", te.getValue());
              default -> throw new ConfigException(file + ": unknown key 'thresholds." + te.getKey()
                  + "' (known: quote-similarity, numeric-tolerance)");
            }
          }
        }
        case "rule-folders" -> strings(file, "rule-folders", v).forEach(s -> folders.add(base.resolve(s).normalize()));
        case "lexicons" -> strings(file, "lexicons", v).forEach(s -> lexicons.add(base.resolve(s).normalize()));
        default -> throw new ConfigException(file + ": unknown key '" + e.getKey()
            + "' (known: rules, thresholds, rule-folders, lexicons)");
      }
    }
    Settings settings;
    try {
      settings = new Settings(quoteSimilarity, tolerance);
    } catch (IllegalArgumentException ex) {
      throw new ConfigException(file + ": thresholds: " + ex.getMessage());
    }
    return new Config(file, disabled, severities, settings, folders, lexicons);
  }

  private static void requireObject(Path file, String key, JsonNode v) throws ConfigException {
    if (!v.isObject()) {
      throw new ConfigException(file + ": '" + key + "' must be a mapping");
    }
  }

  private static double number(Path file, String key, JsonNode v) throws ConfigException {
    if (!v.isNumber()) {
      throw new ConfigException(file + ": '" + key + "' must be a number, not '" + v.asText() + "'");
    }
    return v.asDouble();
  }

  private static List<String> strings(Path file, String key, JsonNode v) throws ConfigException {
    List<String> out = new ArrayList<>();
    if (v.isTextual()) {
      out.add(v.asText());
      return out;
    }
    if (!v.isArray()) {
      throw new ConfigException(file + ": '" + key + "' must be a list");
    }
    for (JsonNode n : v) {
      if (!n.isTextual()) {
        throw new ConfigException(file + ": '" + key + "' must hold strings, not '" + n + "'");
      }
      out.add(n.asText());
    }
    return out;
  }
}
