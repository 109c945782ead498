package io.crosscheck.rules;

import io.crosscheck.report.Version;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.builder.KieBuilder;

/**
 * Compiled rule bases kept between runs, so that a command-line run skips the DRL compile (about
 * 1.5 s cold, most of a short run): the executable model Drools generates for the rule files is
 * stored as a jar named by a hash of everything it depends on (the DRL texts and names, the
 * crosscheck version, the Drools model classes, and the class files the DRL imports), and loaded back with
 * {@link KieBaseBuilder#createKieBaseFromModel}. A changed rule file or fact class gives another
 * hash, so a stale entry is never used; an unreadable entry is ignored and rebuilt.
 *
 * <p>Where: {@code $CROSSCHECK_CACHE} (a folder, or {@code off}), else {@code
 * $XDG_CACHE_HOME/crosscheck/rules}, else {@code ~/.cache/crosscheck/rules}.
 */
final class RuleCache {
  private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*import\\s+(?:function\\s+)?([\\w.]+)\\s*;?");
  private static final String MODEL_LIST = "/drools-model";

  private final Path dir;

  private RuleCache(Path dir) {
    this.dir = dir;
  }

  /** The cache the environment asks for; a disabled cache when it says {@code off} or has no home. */
  static RuleCache standard() {
    String env = System.getenv("CROSSCHECK_CACHE");
    if (env != null && !env.isBlank()) {
      return new RuleCache(env.strip().equals("off") ? null : Path.of(env.strip()).resolve("rules"));
    }
    String xdg = System.getenv("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank()) {
      return new RuleCache(Path.of(xdg, "crosscheck", "rules"));
    }
    String home = System.getProperty("user.home");
    return new RuleCache(home == null || home.isBlank() ? null : Path.of(home, ".cache", "crosscheck", "rules"));
  }

  static RuleCache at(Path dir) {
    return new RuleCache(dir);
  }

  static RuleCache off() {
    return new RuleCache(null);
  }

  /** The cached rule base for these sources, or null (none, disabled, or unusable). */
  KieBase load(List<RuleSet.Source> sources) {
    if (dir == null) {
      return null;
    }
    Path jar = dir.resolve(key(sources) + ".jar");
    if (!Files.isRegularFile(jar)) {
      return null;
    }
    try {
      Map<String, byte[]> entries = read(Files.readAllBytes(jar));
      byte[] list = entries.entrySet().stream().filter(e -> e.getKey().endsWith(MODEL_LIST)).map(Map.Entry::getValue)
          .findFirst().orElse(null);
      if (list == null) {
        return null;
      }
      ModelLoader loader = new ModelLoader(entries, RuleCache.class.getClassLoader());
      List<Model> models = new ArrayList<>();
      for (String line : new String(list, StandardCharsets.UTF_8).split("\n")) {
        String name = line.strip();
        if (name.isEmpty() || name.contains(":")) {
          continue;
        }
        models.add((Model) loader.loadClass(name).getConstructor().newInstance());
      }
      return models.isEmpty() ? null : KieBaseBuilder.createKieBaseFromModel(models);
    } catch (IOException | ReflectiveOperationException | RuntimeException | LinkageError e) {
      return null;
    }
  }

  /** Keeps what a successful build generated; a cache that cannot be written is skipped. */
  void store(List<RuleSet.Source> sources, KieBuilder builder) {
    if (dir == null) {
      return;
    }
    try {
      byte[] jar = ((InternalKieModule) builder.getKieModule()).getBytes();
      Files.createDirectories(dir);
      Path target = dir.resolve(key(sources) + ".jar");
      Path tmp = Files.createTempFile(dir, ".rules", ".tmp");
      try {
        Files.write(tmp, jar);
        try {
          Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException | RuntimeException e) {
      // a cache is an optimisation: the run goes on without it
    }
  }

  /** What the generated model depends on. */
  static String key(List<RuleSet.Source> sources) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      update(md, Version.get());
      update(md, Runtime.version().feature() + "");
      // the Drools version, by the bytes of the classes that load the model (jar manifests may be merged)
      classBytes(md, KieBaseBuilder.class.getName());
      classBytes(md, Model.class.getName());
      for (RuleSet.Source s : sources) {
        update(md, Path.of(s.file()).getFileName().toString());
        update(md, s.text());
        Matcher m = IMPORT.matcher(s.text());
        while (m.find()) {
          classBytes(md, m.group(1));
        }
      }
      return HexFormat.of().formatHex(md.digest(), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void classBytes(MessageDigest md, String cls) {
    try (InputStream in = RuleCache.class.getClassLoader().getResourceAsStream(cls.replace('.', '/') + ".class")) {
      md.update(in == null ? new byte[] {0} : in.readAllBytes());
    } catch (IOException e) {
      md.update(new byte[] {1});
    }
  }

  private static void update(MessageDigest md, String s) {
    md.update(s.getBytes(StandardCharsets.UTF_8));
    md.update((byte) 0);
  }

  private static Map<String, byte[]> read(byte[] jar) throws IOException {
    Map<String, byte[]> out = new HashMap<>();
    try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(jar))) {
      for (ZipEntry e = zin.getNextEntry(); e != null; e = zin.getNextEntry()) {
        if (!e.isDirectory()) {
          out.put(e.getName(), zin.readAllBytes());
        }
      }
    }
    return out;
  }

  /** Defines the generated classes from the cached jar's bytes, delegating the rest to the parent. */
  private static final class ModelLoader extends ClassLoader {
    private final Map<String, byte[]> entries;

    ModelLoader(Map<String, byte[]> entries, ClassLoader parent) {
      super(parent);
      this.entries = entries;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      byte[] b = entries.get(name.replace('.', '/') + ".class");
      if (b == null) {
        throw new ClassNotFoundException(name);
      }
      return defineClass(name, b, 0, b.length);
    }

    @Override
    public InputStream getResourceAsStream(String name) {
      byte[] b = entries.get(name);
      return b != null ? new ByteArrayInputStream(b) : super.getResourceAsStream(name);
    }
  }
}
