package io.crosscheck.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.TestRuns;
import io.crosscheck.extract.Claim;
import io.crosscheck.extract.ClaimKind;
import io.crosscheck.extract.DateValue;
import io.crosscheck.extract.Duration;
import io.crosscheck.extract.EventContext;
import io.crosscheck.extract.Interval;
import io.crosscheck.extract.Title;
import io.crosscheck.load.Article;
import io.crosscheck.load.Loader;
import io.crosscheck.rules.ClaimGroup;
import io.crosscheck.rules.Compare;
import io.crosscheck.rules.Grouping;
import io.crosscheck.rules.RuleEngine;
import io.crosscheck.rules.Settings;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed articles with claims written by hand the way the extractors report them (surface
 * forms), resolved, grouped and run through the shipped rules.
 */
class ResolverSeedTest {
  private static final String A000 = "000_b7ca71d79ab89d77";
  private static final String A001 = "001_47233b69de273cc9";
  private static final String A002 = "002_83c99723467baf51";
  private static final String A003 = "003_bb869597a4b66297";
  private static final String A004 = "004_26dff11e0349677d";

  private static ResolvedStory story;
  private static List<ClaimGroup> groups;

  @BeforeAll
  static void resolve() {
    List<Article> articles = Loader.load(List.of(Path.of("fixtures", "ukraine-talks-2022"))).articles();
    assertThat(articles).hasSize(5);
    StoryBuilder b = new StoryBuilder();
    articles.forEach(b::article);

    // 000 (CNN)
    b.title(A000, "Antony Blinken", "Secretary of State", "secretary of state", "", "");
    b.title(A000, "Wendy Sherman", "Blinken’s deputy", "deputy to blinken", "", "");
    b.after("Russia’s Foreign Minister").title(A000, "Sergei Lavrov", "Foreign Minister", "foreign minister", "", "russia’s");
    b.said(A000, "Sergei Lavrov", "on Thursday", DayOfWeek.THURSDAY, null);
    b.quote(A000, "Sergei Lavrov", "how absolutely unacceptable such demands are");
    b.title(A000, "Sergei Ryabkov", "Russian Deputy Foreign Minister", "foreign minister", "deputy", "russian");
    b.said(A000, "Sergei Ryabkov", "Thrusday", DayOfWeek.THURSDAY, null);
    b.claim(A000, ClaimKind.DURATION, "", "duration", "four hour-long", hours(4, 4),
        new EventContext(null, "NATO", "meeting", DayOfWeek.WEDNESDAY, null, null));
    // 001 (reworded copy)
    b.title(A001, "Michael Carpenter", "US Ambassador to the OSCE", "ambassador to the osce", "", "us");
    b.title(A001, "Zbigniew Rau", "Polish Foreign Minister", "foreign minister", "", "polish");
    b.title(A001, "Zbigniew Rau", "Chairman of the OSCE", "chairman", "", "of the osce");
    b.after("Foreign Minister Zbigniew Rau").quote(A001, "Zbigniew Rau", "the risk of war in the OSCE area is now greater");
    b.title(A001, "Antony Blinken", "Secretary of State", "secretary of state", "", "");
    b.title(A001, "Wendy Sherman", "Assistant Secretary of State", "secretary of state", "assistant", "");
    b.title(A001, "Sergey Lavrov", "Russian Foreign Minister", "foreign minister", "", "russian");
    b.quote(A001, "Lavrov", "how absolutely unacceptable such requests are");
    b.title(A001, "Sergei Ryabkov", "Russian Deputy Foreign Minister", "foreign minister", "deputy", "russian");
    b.after("Ryabkov said Thursday").said(A001, "Ryabkov", "Thursday", DayOfWeek.THURSDAY, null);
    b.claim(A001, ClaimKind.DURATION, "", "duration", "almost four hours", hours(3.5, 4),
        new EventContext(null, "NATO", "meeting", DayOfWeek.WEDNESDAY, null, null));
    // 002 (Boston Globe)
    b.title(A002, "Alexander Lukashevich", "Russia’s representative", "representative", "", "russia’s");
    b.title(A002, "Vladimir Putin", "President", "president", "", "");
    b.title(A002, "Sergei Ryabkov", "deputy foreign minister", "deputy foreign minister", "", "russia’s");
    b.title(A002, "Michael Carpenter", "The US representative", "representative", "", "us");
    b.quote(A002, "Carpenter", "the drumbeat of war is sounding loud");
    b.title(A002, "Zbigniew Rau", "Foreign Minister", "foreign minister", "", "of poland");
    b.after("In Moscow").title(A002, "Sergey Lavrov", "Russian Foreign Minister", "foreign minister", "", "russian");
    b.title(A002, "Yevhenii Tsymbaliuk", "Ukraine’s representative", "representative", "", "ukraine’s");
    b.quote(A002, "Rau", "We are not indifferent to security objections");
    // 003 (Bloomberg)
    b.after("Join our").title(A003, "Wendy Sherman", "U.S. Deputy Secretary of State", "secretary of state", "deputy", "u.s.");
    b.title(A003, "Sergei Ryabkov", "Russian deputy Foreign Minister", "deputy foreign minister", "", "russian");
    b.title(A003, "Vladimir Putin", "Russian President", "president", "", "russian");
    b.title(A003, "Alexander Grushko", "Deputy Foreign Minister", "foreign minister", "deputy", "");
    b.title(A003, "Jens Stoltenberg", "NATO Secretary General", "secretary general", "", "nato");
    b.claim(A003, ClaimKind.DURATION, "", "duration", "nearly eight hours", hours(7.5, 8),
        new EventContext("Geneva", null, "conversation", DayOfWeek.MONDAY, null, null));
    b.quote(A003, "Sherman", "I did not hear substantively new things");
    b.title(A003, "Krisjanis Karins", "Latvian Prime Minister", "prime minister", "", "latvian");
    // 004 (WSJ)
    b.title(A004, "Vladimir Putin", "President", "president", "", "");
    b.title(A004, "Jake Sullivan", "national security adviser", "national security adviser", "", "u.s.");
    b.title(A004, "Sergei Lavrov", "Russian Foreign Minister", "foreign minister", "", "russian");
    b.after("Russian Foreign Minister Sergei Lavrov warned").said(A004, "Sergei Lavrov", "on Friday", DayOfWeek.FRIDAY, null);
    b.quote(A004, "Mr. Lavrov", "We will not wait forever");
    b.title(A004, "Ned Price", "State Department spokesman", "spokesman", "", "state department");
    b.title(A004, "Wendy Sherman", "Deputy Secretary of State", "deputy secretary of state", "", "");
    b.title(A004, "Sergei Ryabkov", "Deputy Foreign Minister", "deputy foreign minister", "", "");
    b.title(A004, "Jen Psaki", "White House spokeswoman", "spokeswoman", "", "white house");
    b.title(A004, "Sandy Vershbow", "former U.S. ambassador to Russia", "former ambassador to russia", "", "u.s.");
    b.title(A004, "Dmitry Peskov", "Kremlin spokesman", "spokesman", "", "kremlin");
    b.quote(A004, "Mr. Vershbow", "They may be able to create more divisions in the West");
    b.title(A004, "Vershbow", "a Russia expert", "expert", "", "russia");

    story = b.resolve();
    groups = Grouping.groups(story);
  }

  private static Duration hours(double lo, double hi) {
    return new Duration(Interval.closed(lo * 3600, hi * 3600), "meeting", "", false, false);
  }

  private static List<String> subjectsOf(String surname) {
    return story.claims().stream()
        .filter(c -> c.subject().contains(surname) || c.sentence().contains(surname) && c.kind() == ClaimKind.QUOTE)
        .map(Claim::subject).distinct().toList();
  }

  @Test
  void sergeiAndSergeyLavrovAreOnePerson() {
    assertThat(story.claims().stream().filter(c -> c.sentence().contains("Lavrov") || c.value().contains("Lavrov"))
        .map(Claim::subject).collect(Collectors.toSet())).containsExactly("Sergei Lavrov");
    assertThat(groups.stream().filter(g -> g.kind().equals("title") && g.subject().equals("Sergei Lavrov")))
        .singleElement().satisfies(g -> {
          assertThat(g.key()).isEqualTo("foreign minister @russia");
          assertThat(g.articles()).containsExactly(A000, A001, A002, A004);
        });
  }

  @Test
  void surnamesAloneAndHonorificsResolve() {
    assertThat(subjectsOf("Carpenter")).containsExactly("Michael Carpenter");
    assertThat(subjectsOf("Rau")).containsExactly("Zbigniew Rau");
    assertThat(subjectsOf("Ryabkov")).containsExactly("Sergei Ryabkov");
    assertThat(subjectsOf("Vershbow")).containsExactly("Sandy Vershbow");
    assertThat(subjectsOf("Sherman")).containsExactly("Wendy Sherman");
  }

  @Test
  void shermansTitlesGroupByValue() {
    List<ClaimGroup> sherman = groups.stream()
        .filter(g -> g.kind().equals("title") && g.subject().equals("Wendy Sherman")).toList();
    assertThat(sherman).extracting(ClaimGroup::key, ClaimGroup::articles).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple("deputy secretary of state @united states", List.of(A000, A003, A004)),
        org.assertj.core.groups.Tuple.tuple("assistant secretary of state @united states", List.of(A001)));
    assertThat(Compare.titlesExclusive(sherman.get(0), sherman.get(1))).isTrue();
  }

  @Test
  void noOtherPersonHasExclusiveTitles() {
    List<ClaimGroup> titles = groups.stream().filter(g -> g.kind().equals("title")).toList();
    List<String> conflicts = new ArrayList<>();
    for (ClaimGroup a : titles) {
      for (ClaimGroup b : titles) {
        if (a.id().compareTo(b.id()) < 0 && a.subject().equals(b.subject()) && Compare.titlesExclusive(a, b)) {
          conflicts.add(a.subject() + ": " + a.key() + " / " + b.key());
        }
      }
    }
    assertThat(conflicts).singleElement().asString().startsWith("Wendy Sherman: ");
    assertThat(titles.stream().filter(g -> g.subject().equals("Sergei Ryabkov")))
        .extracting(ClaimGroup::key).containsExactly("deputy foreign minister @russia");
    assertThat(titles.stream().filter(g -> g.subject().equals("Vladimir Putin")))
        .extracting(ClaimGroup::key).containsExactly("president @russia");
  }

  @Test
  void durationsAreLinkedToTheirEvents() {
    List<Claim> durations = story.claims().stream().filter(c -> c.kind() == ClaimKind.DURATION).toList();
    assertThat(durations).extracting(c -> c.event().label())
        .containsExactly("NATO, Wednesday", "NATO, Wednesday", "Geneva, Monday");
    assertThat(durations.get(0).event().id()).isEqualTo(durations.get(1).event().id()).isNotNull();
    assertThat(durations.get(2).event().id()).isNotNull().isNotEqualTo(durations.get(0).event().id());
    assertThat(story.events()).hasSize(2);
  }

  @Test
  void theShippedRulesFindShermanAndNothingElseAboutTitlesOrDates() {
    RuleEngine engine = new RuleEngine(TestRuns.shippedRules(), Settings.DEFAULT, Set.of(), 30_000);
    RuleEngine.Outcome out = engine.run("ukraine-talks-2022", groups);
    assertThat(out.errors()).isEmpty();
    List<String> fired = out.fired().stream()
        .filter(f -> Set.of("title-conflict", "date-conflict").contains(f.rule().id()))
        .map(f -> f.rule().id() + ": " + f.hit().groups().get(0).subject()).toList();
    assertThat(fired).containsExactly("title-conflict: Wendy Sherman");
    // 003's eight hours in Geneva against the four hours at NATO in 000 and 001 ("four hour-long"
    // and "almost four hours" restate each other: one group): one finding, two events
    assertThat(out.fired().stream().filter(f -> f.rule().id().equals("duration-conflict")).toList())
        .singleElement()
        .satisfies(f -> {
          assertThat(f.hit().message()).contains("Geneva, Monday").contains("NATO, Wednesday");
          assertThat(f.hit().severity()).isEqualTo("warning");
          assertThat(f.hit().groups()).flatExtracting(ClaimGroup::articles)
              .contains("000_b7ca71d79ab89d77", "001_47233b69de273cc9", "003_bb869597a4b66297");
        });
  }
}
