package io.crosscheck.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crosscheck.report.Finding;
import io.crosscheck.report.JsonRenderer;
import io.crosscheck.report.Report;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Known findings, by fingerprint (rule, subject, normalised values, articles; never line numbers),
 * so that CI fails only on new contradictions.
 */
public final class Baseline {
  public static final String SCHEMA = "crosscheck-baseline/1";

  private Baseline() {}

  public static String write(Report report) throws IOException {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("schema", SCHEMA);
    List<Object> list = new ArrayList<>();
    for (Finding f : report.findings()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("fingerprint", f.fingerprint());
      m.put("rule", f.rule());
      m.put("subject", f.subject());
      m.put("message", f.message());
      list.add(m);
    }
    root.put("findings", list);
    StringWriter sw = new StringWriter();
    JsonRenderer.write(root, sw);
    return sw.toString();
  }

  public static Set<String> read(Path file) throws IOException {
    JsonNode root = new ObjectMapper().readTree(Files.readString(file));
    if (root == null || !SCHEMA.equals(root.path("schema").asText())) {
      throw new IOException("not a crosscheck baseline (schema " + SCHEMA + ")");
    }
    Set<String> out = new TreeSet<>();
    for (JsonNode f : root.path("findings")) {
      out.add(f.path("fingerprint").asText());
    }
    return out;
  }
}
