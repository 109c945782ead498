package io.crosscheck.rules;

import io.crosscheck.report.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * The rule files of a run, compiled once into a KieBase: the shipped {@code rules/} folder plus
 * any {@code --rules} folders. DRL is read from files at run time (never only from the class
 * path), so users edit rules without a rebuild.
 */
public final class RuleSet {
  private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;?");
  private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+(\"[^\"]+\"|\\S+)");
  private static final Pattern META = Pattern.compile("@(\\w+)\\s*\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*\\)");
  private static final AtomicInteger BUILDS = new AtomicInteger();

  /** A DRL file's text and where it came from. */
  public record Source(String file, String text) {}

  private final KieBase kieBase;
  private final List<RuleMeta> rules;
  /** The freshly compiled module, kept only to write the cache. */
  private org.kie.api.builder.KieModule module;

  /** The first rule of each DRL name and of each id: the engine asks for every match it fires. */
  private final java.util.Map<String, RuleMeta> byName = new java.util.HashMap<>();
  private final java.util.Map<String, RuleMeta> byId = new java.util.HashMap<>();

  private RuleSet(KieBase kieBase, List<RuleMeta> rules) {
    this.kieBase = kieBase;
    this.rules = List.copyOf(rules);
    for (RuleMeta r : this.rules) {
      byName.putIfAbsent(r.name(), r);
      byId.putIfAbsent(r.id(), r);
    }
  }

  public KieBase kieBase() {
    return kieBase;
  }

  private org.kie.api.runtime.KieSessionsPool sessions;

  /**
   * Sessions of this rule set, reused: {@code dispose()} on one gives it back, emptied of its
   * facts, for the next story.
   */
  public synchronized org.kie.api.runtime.KieSessionsPool sessions() {
    if (sessions == null) {
      sessions = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
    }
    return sessions;
  }

  /** Every rule with its metadata, in file and line order. */
  public List<RuleMeta> rules() {
    return rules;
  }

  /** The rule with this id, or null. */
  public RuleMeta byId(String id) {
    return byId.get(id);
  }

  /** The rule with this DRL name, or null. */
  public RuleMeta byName(String name) {
    return byName.get(name);
  }

  /** Reads every {@code *.drl} under the folders (sorted, recursive) and compiles them. */
  public static RuleSet load(List<Path> folders) throws RulesException {
    List<Source> sources = read(folders);
    if (sources.isEmpty()) {
      throw new RulesException(List.of(String.join(", ", folders.stream().map(Path::toString).toList())
          + ": no .drl rule files found"));
    }
    return compile(sources);
  }

  /** The {@code *.drl} files under the folders (sorted, recursive), as strict UTF-8 text. */
  public static List<Source> read(List<Path> folders) throws RulesException {
    List<Source> sources = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Path folder : folders) {
      if (!Files.isDirectory(folder)) {
        problems.add(folder + ": rules folder not found");
        continue;
      }
      try (Stream<Path> s = Files.walk(folder)) {
        for (Path p : s.filter(f -> f.toString().endsWith(".drl") && Files.isRegularFile(f)).sorted().toList()) {
          try {
            sources.add(new Source(p.toString(), decode(Files.readAllBytes(p))));
          } catch (CharacterCodingException e) {
            problems.add(p + ":1: not valid UTF-8");
          }
        }
      } catch (IOException e) {
        problems.add(folder + ": cannot read rules folder: " + e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new RulesException(problems);
    }
    return sources;
  }

  /** The rules bundled in the jar (a copy of {@code rules/} made at build time), sorted by name. */
  public static List<Source> bundled() throws IOException {
    List<Source> out = new ArrayList<>();
    Path code;
    try {
      code = Path.of(RuleSet.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException | SecurityException e) {
      return out;
    }
    if (Files.isDirectory(code)) {
      Path dir = code.resolve("crosscheck-rules");
      if (Files.isDirectory(dir)) {
        try (Stream<Path> s = Files.list(dir)) {
          for (Path p : s.filter(f -> f.toString().endsWith(".drl")).sorted().toList()) {
            out.add(new Source("(bundled)/rules/" + p.getFileName(), Files.readString(p)));
          }
        }
      }
      return out;
    }
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(code.toFile())) {
      List<? extends java.util.zip.ZipEntry> entries = zip.stream()
          .filter(e -> e.getName().startsWith("crosscheck-rules/") && e.getName().endsWith(".drl"))
          .sorted(java.util.Comparator.comparing(java.util.zip.ZipEntry::getName))
          .toList();
      for (java.util.zip.ZipEntry e : entries) {
        try (InputStream in = zip.getInputStream(e)) {
          out.add(new Source("(bundled)/rules/" + e.getName().substring("crosscheck-rules/".length()),
              new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
      }
    }
    return out;
  }

  /**
   * Compiles DRL sources; every problem is reported as {@code file:line: message}. A compiled rule
   * base is cached on disk, keyed by a hash of the sources and of this build (see {@link
   * RuleCache}), so that an unchanged rule set loads in a fraction of the compile time.
   */
  public static RuleSet compile(List<Source> sources) throws RulesException {
    List<String> scanProblems = new ArrayList<>();
    List<RuleMeta> scanned = new ArrayList<>();
    for (Source src : sources) {
      scanned.addAll(scan(src, scanProblems));
    }
    checkIds(scanned, scanProblems);
    RuleCache cache = RuleCache.forSources(sources);
    if (scanProblems.isEmpty() && cache != null) {
      KieBase cached = cache.load();
      if (cached != null) {
        return new RuleSet(cached, scanned);
      }
    }
    RuleSet built = build(sources);
    if (cache != null && built.module != null) {
      cache.store(built.module);
    }
    return built;
  }

  private static RuleSet build(List<Source> sources) throws RulesException {
    List<String> problems = new ArrayList<>();
    List<RuleMeta> metas = new ArrayList<>();
    Map<String, Source> byResource = new LinkedHashMap<>();
    KieServices ks = KieServices.Factory.get();
    KieFileSystem kfs = ks.newKieFileSystem();
    ReleaseId releaseId = ks.newReleaseId("io.crosscheck.rules", "run" + BUILDS.incrementAndGet(), "1.0.0");
    kfs.generateAndWritePomXML(releaseId);
    int n = 0;
    for (Source src : sources) {
      metas.addAll(scan(src, problems));
      Matcher pm = PACKAGE.matcher(src.text());
      String pkg = pm.find() ? pm.group(1) : "rules";
      String name = String.format("%03d_%s", n++, Path.of(src.file()).getFileName().toString());
      String resource = "src/main/resources/" + pkg.replace('.', '/') + "/" + name;
      byResource.put(resource, src);
      kfs.write(resource, src.text());
    }
    KieBuilder builder;
    try {
      builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
    } catch (RuntimeException e) {
      if (sources.size() > 1 || !problems.isEmpty()) {
        throw new RulesException(isolate(sources, problems));
      }
      throw new RulesException(List.of(locateCrash(sources.get(0), e)));
    }
    for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
      problems.add(locate(m, byResource, metas));
    }
    checkIds(metas, problems);
    if (!problems.isEmpty()) {
      throw new RulesException(problems.stream().distinct().toList());
    }
    KieBase base = ks.newKieContainer(releaseId).getKieBase();
    RuleSet set = new RuleSet(base, metas);
    set.module = builder.getKieModule();
    return set;
  }

  /** Compiles each file alone to name the one(s) the compiler crashed on. */
  private static List<String> isolate(List<Source> sources, List<String> earlier) {
    List<String> out = new ArrayList<>(earlier);
    for (Source s : sources) {
      try {
        build(List.of(s));
      } catch (RulesException e) {
        out.addAll(e.problems());
      }
    }
    if (out.isEmpty()) {
      out.add(sources.get(0).file() + ":1: the rule compiler failed on these files together");
    }
    return out.stream().distinct().toList();
  }

  /** Names the rule of a single file that makes the compiler crash, by compiling rule by rule. */
  private static String locateCrash(Source src, RuntimeException e) {
    String reason = firstLine(e);
    String text = src.text();
    Matcher rm = RULE.matcher(text);
    List<Integer> starts = new ArrayList<>();
    while (rm.find()) {
      starts.add(text.lastIndexOf('\n', rm.start()) + 1);
    }
    if (starts.size() > 1) {
      String header = text.substring(0, starts.get(0));
      for (int i = 0; i < starts.size(); i++) {
        int end = i + 1 < starts.size() ? starts.get(i + 1) : text.length();
        String one = header + "\n".repeat(countLines(text, starts.get(0), starts.get(i))) + text.substring(starts.get(i), end);
        try {
          build(List.of(new Source(src.file(), one)));
        } catch (RulesException ex) {
          if (ex.problems().size() == 1 && !ex.problems().get(0).contains("failed on these files")) {
            return ex.problems().get(0);
          }
        } catch (RuntimeException ex) {
          return src.file() + ":" + lineOf(text, starts.get(i)) + ": " + reason;
        }
      }
    }
    return src.file() + ":" + (starts.isEmpty() ? 1 : lineOf(text, starts.get(0))) + ": " + reason;
  }

  private static int countLines(String text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\n') {
        n++;
      }
    }
    return n;
  }

  private static String firstLine(Throwable e) {
    String m = e.getMessage() == null ? e.toString() : e.getMessage();
    String first = m.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(m);
    String second = m.lines().map(String::strip).filter(l -> l.startsWith("at line")).findFirst().orElse("");
    return "cannot parse a constraint: " + first + (second.isEmpty() ? "" : " (" + second.replaceAll("\\.$", "") + " of the expression)");
  }

  private static void checkIds(List<RuleMeta> metas, List<String> problems) {
    Map<String, RuleMeta> seen = new LinkedHashMap<>();
    for (RuleMeta m : metas) {
      RuleMeta before = seen.putIfAbsent(m.id(), m);
      if (before != null) {
        problems.add(m.file() + ":" + m.line() + ": rule id '" + m.id() + "' is already used by " + before.file()
            + ":" + before.line() + " (rule \"" + before.name() + "\")");
      }
    }
  }

  private static String locate(Message m, Map<String, Source> byResource, List<RuleMeta> metas) {
    String text = m.getText() == null ? "" : m.getText().strip();
    String firstLine = text.lines().findFirst().orElse(text);
    Source src = byResource.get(m.getPath());
    if (src != null && m.getLine() > 0) {
      return src.file() + ":" + m.getLine() + ": " + firstLine;
    }
    for (RuleMeta r : metas) {
      if (text.contains("\"" + r.name() + "\"") || text.contains("Rule " + r.name()) || text.contains("rule " + r.name())) {
        return r.file() + ":" + r.line() + ": rule \"" + r.name() + "\": " + firstLine;
      }
    }
    String file = src != null ? src.file() : byResource.values().stream().map(Source::file).findFirst().orElse("rules");
    return file + ":" + Math.max(1, m.getLine()) + ": " + firstLine;
  }

  /** Finds the rules of one file and checks their metadata. */
  static List<RuleMeta> scan(Source src, List<String> problems) {
    List<RuleMeta> out = new ArrayList<>();
    String text = src.text();
    Matcher rm = RULE.matcher(text);
    List<int[]> starts = new ArrayList<>();
    List<String> names = new ArrayList<>();
    while (rm.find()) {
      starts.add(new int[] {rm.start(1), rm.end()});
      String name = rm.group(1);
      names.add(name.startsWith("\"") ? name.substring(1, name.length() - 1) : name);
    }
    for (int i = 0; i < starts.size(); i++) {
      int from = starts.get(i)[1];
      int whenAt = indexOfWord(text, "when", from);
      String header = text.substring(from, whenAt < 0 ? Math.min(text.length(), from + 2000) : whenAt);
      Map<String, String> meta = new LinkedHashMap<>();
      Matcher mm = META.matcher(header);
      while (mm.find()) {
        meta.put(mm.group(1), mm.group(2).replace("\\\"", "\""));
      }
      int line = lineOf(text, starts.get(i)[0]);
      String where = src.file() + ":" + line + ": rule \"" + names.get(i) + "\"";
      String id = meta.get("id");
      if (id == null || !id.matches("[a-z0-9][a-z0-9-]*")) {
        problems.add(where + " needs @id(\"lower-case-id\")");
        id = names.get(i);
      }
      Severity sev = Severity.WARNING;
      String s = meta.get("severity");
      if (s == null) {
        problems.add(where + " needs @severity(\"error\"|\"warning\"|\"info\")");
      } else {
        try {
          sev = Severity.of(s);
        } catch (IllegalArgumentException e) {
          problems.add(where + ": " + e.getMessage());
        }
      }
      String desc = meta.get("description");
      if (desc == null || desc.isBlank()) {
        problems.add(where + " needs @description(\"one line\")");
        desc = "";
      }
      out.add(new RuleMeta(id, names.get(i), sev, desc, src.file(), line, docBefore(text, starts.get(i)[0])));
    }
    return out;
  }

  private static int indexOfWord(String text, String word, int from) {
    Matcher m = Pattern.compile("(?m)^\\s*" + word + "\\b").matcher(text);
    return m.find(from) ? m.start() : -1;
  }

  /** The block comment that ends right above a rule (blank lines allowed), cleaned of stars. */
  private static String docBefore(String text, int ruleStart) {
    int lineStart = text.lastIndexOf('\n', ruleStart) + 1;
    String before = text.substring(0, lineStart).stripTrailing();
    if (!before.endsWith("*/")) {
      return "";
    }
    int open = before.lastIndexOf("/*");
    if (open < 0) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    for (String l : before.substring(open + 2, before.length() - 2).split("\n", -1)) {
      String t = l.strip();
      if (t.startsWith("*")) {
        t = t.substring(1);
        if (t.startsWith(" ")) {
          t = t.substring(1);
        }
      }
      sb.append(t.stripTrailing()).append('\n');
    }
    return sb.toString().strip();
  }

  private static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private static String decode(byte[] bytes) throws CharacterCodingException {
    String s = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(java.nio.ByteBuffer.wrap(bytes))
        .toString();
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }
}
