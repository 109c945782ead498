package io.crosscheck.rules;

import io.crosscheck.report.Version;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.builder.KieModule;

/**
 * An on-disk cache of compiled rule bases. Compiling DRL to the executable model costs over a
 * second; loading the compiled classes back costs a fraction of that. The key is a hash of every
 * rule file's name and text, the Drools version and this build of crosscheck, so any edit means
 * a fresh compile. The folder is {@code $CROSSCHECK_CACHE}, else {@code $XDG_CACHE_HOME/crosscheck},
 * else {@code ~/.cache/crosscheck} (the system property {@code crosscheck.cache} overrides all three); {@code CROSSCHECK_CACHE=off} turns the cache off. A cache
 * that cannot be read or written is ignored: the rules are compiled as if it were not there.
 */
final class RuleCache {
  private final Path file;

  private RuleCache(Path file) {
    this.file = file;
  }

  /** The cache entry for these sources, or null when caching is off. */
  static RuleCache forSources(List<RuleSet.Source> sources) {
    Path dir = folder();
    if (dir == null) {
      return null;
    }
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(("crosscheck " + Version.get() + " " + buildStamp() + " drools " + KieBase.class.getPackage()
          .getImplementationVersion()).getBytes(StandardCharsets.UTF_8));
      for (RuleSet.Source s : sources) {
        md.update((s.file() + "\u0000" + s.text() + "\u0000").getBytes(StandardCharsets.UTF_8));
      }
      return new RuleCache(dir.resolve("rules-" + HexFormat.of().formatHex(md.digest(), 0, 12) + ".jar"));
    } catch (NoSuchAlgorithmException e) {
      return null;
    }
  }

  /** The cached rule base, or null on a miss or an unreadable entry. */
  KieBase load() {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try {
      List<String> names = new ArrayList<>();
      try (ZipFile zip = new ZipFile(file.toFile())) {
        ZipEntry list = zip.stream().filter(e -> e.getName().endsWith("/drools-model")).findFirst().orElse(null);
        if (list == null) {
          return null;
        }
        try (InputStream in = zip.getInputStream(list)) {
          for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
            l = l.strip();
            if (!l.isEmpty() && !l.startsWith("Drools-Model-Version")) {
              names.add(l);
            }
          }
        }
      }
      @SuppressWarnings("resource") // the loader must live as long as the rule base
      URLClassLoader loader = new URLClassLoader(new URL[] {file.toUri().toURL()}, RuleCache.class.getClassLoader());
      List<Model> models = new ArrayList<>();
      for (String n : names) {
        models.add((Model) loader.loadClass(n).getDeclaredConstructor().newInstance());
      }
      return models.isEmpty() ? null : KieBaseBuilder.createKieBaseFromModel(models);
    } catch (IOException | ReflectiveOperationException | RuntimeException | LinkageError e) {
      return null;
    }
  }

  /** Writes a freshly compiled module, atomically; failures are ignored. */
  void store(KieModule module) {
    if (!(module instanceof InternalKieModule ikm)) {
      return;
    }
    try {
      Files.createDirectories(file.getParent());
      Path tmp = Files.createTempFile(file.getParent(), "rules-", ".tmp");
      try {
        Files.write(tmp, ikm.getBytes());
        try {
          Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException | RuntimeException e) {
      // a cache is an optimisation: a failure to write one changes nothing else
    }
  }

  private static Path folder() {
    String env = System.getProperty("crosscheck.cache", System.getenv("CROSSCHECK_CACHE"));
    if (env != null && !env.isBlank()) {
      return env.equalsIgnoreCase("off") ? null : Path.of(env);
    }
    String xdg = System.getenv("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank()) {
      return Path.of(xdg, "crosscheck");
    }
    String home = System.getProperty("user.home");
    return home == null ? null : Path.of(home, ".cache", "crosscheck");
  }

  /** Changes whenever the fact classes change: the size and time of the jar or class file. */
  private static String buildStamp() {
    try {
      Path code = Path.of(RuleCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path probe = Files.isDirectory(code) ? code.resolve("io/crosscheck/rules/ClaimGroup.class") : code;
      return Files.size(probe) + "@" + Files.getLastModifiedTime(probe).toMillis();
    } catch (Exception e) {
      return "unknown";
    }
  }
}
