package io.crosscheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.extract.Claim;
import io.crosscheck.extract.ClaimKind;
import io.crosscheck.extract.EventContext;
import io.crosscheck.extract.Title;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A compiled rule set is cached on disk and behaves the same when loaded back; edits recompile. */
class RuleCacheTest {
  @TempDir Path cache;

  @AfterEach
  void reset() {
    System.clearProperty("crosscheck.cache");
  }

  private static ClaimGroup title(String id, String article, String rank) {
    Title t = new Title("secretary of state", rank, "united states", false, false);
    Claim c = new Claim("c" + id, article, ClaimKind.TITLE, "Wendy Sherman", "title", rank + " Secretary of State", t,
        0, 10, 1, 1, "x", EventContext.NONE);
    return new ClaimGroup("g" + id, "s", "title", "Wendy Sherman", "title", t.key(), "", "", c.value(), t, List.of(c), List.of(article));
  }

  private static List<RuleEngine.Fired> fire(RuleSet rules) {
    return new RuleEngine(rules, Settings.DEFAULT, Set.of(), 10_000)
        .run("s", List.of(title("1", "a", "deputy"), title("2", "b", "assistant"))).fired();
  }

  @Test
  void secondLoadComesFromTheCacheAndFiresTheSame() throws Exception {
    System.setProperty("crosscheck.cache", cache.toString());
    RuleSet first = RuleSet.load(List.of(Path.of("rules")));
    assertThat(jars()).hasSize(1);
    RuleSet second = RuleSet.load(List.of(Path.of("rules")));
    assertThat(second.rules()).isEqualTo(first.rules());
    assertThat(fire(second)).hasSize(1).allSatisfy(f -> assertThat(f.rule().id()).isEqualTo("title-conflict"));
    assertThat(fire(first)).hasSize(1);
  }

  @Test
  void anEditedRuleFileIsCompiledAgain(@TempDir Path rules) throws Exception {
    System.setProperty("crosscheck.cache", cache.toString());
    Path drl = rules.resolve("title-conflict.drl");
    Files.copy(Path.of("rules", "title-conflict.drl"), drl);
    RuleSet.load(List.of(rules));
    Files.writeString(drl, Files.readString(drl).replace("@severity(\"error\")", "@severity(\"info\")"));
    RuleSet edited = RuleSet.load(List.of(rules));
    assertThat(jars()).hasSize(2);
    assertThat(edited.byId("title-conflict").severity().id()).isEqualTo("info");
  }

  @Test
  void aCorruptCacheEntryIsIgnored() throws Exception {
    System.setProperty("crosscheck.cache", cache.toString());
    RuleSet.load(List.of(Path.of("rules")));
    for (Path jar : jars()) {
      Files.writeString(jar, "not a jar");
    }
    assertThat(fire(RuleSet.load(List.of(Path.of("rules"))))).hasSize(1);
  }

  private List<Path> jars() throws IOException {
    try (Stream<Path> s = Files.list(cache)) {
      return s.filter(p -> p.toString().endsWith(".jar")).toList();
    }
  }
}
