package io.crosscheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.extract.Claim;
import io.crosscheck.extract.ClaimKind;
import io.crosscheck.extract.Title;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cached rule base is used when nothing it depends on changed, and behaves like a compiled one. */
class RuleCacheTest {
  @TempDir Path tmp;

  static List<RuleSet.Source> shipped() throws Exception {
    List<RuleSet.Source> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(Path.of("rules"))) {
      for (Path p : s.filter(f -> f.toString().endsWith(".drl")).sorted().toList()) {
        out.add(new RuleSet.Source(p.toString(), Files.readString(p)));
      }
    }
    return out;
  }

  static ClaimGroup title(String id, String article, String rank, String written) {
    Claim c = new Claim("c" + id, article, ClaimKind.TITLE, "Wendy Sherman", "title", written,
        new Title("secretary of state", rank, "", false, false), 0, written.length(), 1, 1, written + " Wendy Sherman", null);
    return new ClaimGroup("g" + id, "s", "title", "Wendy Sherman", "title", c.normalized().key(), null, null, written,
        c.normalized(), List.of(c), List.of(article));
  }

  static List<String> fired(RuleSet rules) {
    RuleEngine engine = new RuleEngine(rules, Settings.DEFAULT, Set.of(), 30_000);
    RuleEngine.Outcome o = engine.run("s", List.of(title("1", "a1", "assistant", "Assistant Secretary of State"),
        title("2", "a2", "deputy", "Deputy Secretary of State"), title("3", "a3", "deputy", "deputy secretary of state")));
    return o.fired().stream().map(f -> f.rule().id() + ": " + f.hit().message()).sorted().toList();
  }

  @Test
  void theSecondCompileOfTheSameRulesComesFromTheCacheAndFiresTheSame() throws Exception {
    List<RuleSet.Source> sources = shipped();
    RuleCache cache = RuleCache.at(tmp);
    assertThat(cache.load(sources)).isNull();
    RuleSet compiled = RuleSet.compile(sources, cache);
    try (Stream<Path> s = Files.list(tmp)) {
      assertThat(s.filter(p -> p.toString().endsWith(".jar")).count()).isEqualTo(1);
    }
    assertThat(cache.load(sources)).isNotNull();
    RuleSet cached = RuleSet.compile(sources, cache);
    assertThat(cached.kieBase()).isNotSameAs(compiled.kieBase());
    assertThat(cached.rules()).isEqualTo(compiled.rules());
    List<String> expected = fired(compiled);
    // a2 and a3 are separate groups here (one key written two ways), so two hits
    assertThat(expected).hasSize(2)
        .allSatisfy(h -> assertThat(h).startsWith("title-conflict: Wendy Sherman is 'Assistant Secretary of State' in a1"));
    assertThat(fired(cached)).isEqualTo(expected);
  }

  @Test
  void aChangedRuleFileIsNotTakenFromTheCacheAndABrokenEntryIsRebuilt() throws Exception {
    List<RuleSet.Source> sources = shipped();
    RuleCache cache = RuleCache.at(tmp);
    RuleSet.compile(sources, cache);
    List<RuleSet.Source> edited = new ArrayList<>(sources);
    RuleSet.Source first = edited.get(0);
    edited.set(0, new RuleSet.Source(first.file(), first.text() + "\n// edited\n"));
    assertThat(RuleCache.key(edited)).isNotEqualTo(RuleCache.key(sources));
    assertThat(cache.load(edited)).isNull();

    Path entry = tmp.resolve(RuleCache.key(sources) + ".jar");
    Files.writeString(entry, "not a jar");
    assertThat(cache.load(sources)).isNull();
    RuleSet rebuilt = RuleSet.compile(sources, cache);
    assertThat(fired(rebuilt)).hasSize(2);
    assertThat(cache.load(sources)).isNotNull();
    assertThat(RuleCache.off().load(sources)).isNull();
  }
}
