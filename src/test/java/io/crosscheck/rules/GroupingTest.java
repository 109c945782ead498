package io.crosscheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.extract.Claim;
import io.crosscheck.extract.ClaimKind;
import io.crosscheck.extract.ClaimValue;
import io.crosscheck.extract.Duration;
import io.crosscheck.extract.EventContext;
import io.crosscheck.extract.Interval;
import io.crosscheck.extract.Title;
import io.crosscheck.resolve.ResolvedStory;
import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroupingTest {
  private static final EventContext NATO = new EventContext(null, "NATO", "meeting", DayOfWeek.WEDNESDAY, null, "e1");
  private static final EventContext MONDAY = new EventContext(null, null, null, DayOfWeek.MONDAY, null, "e2");

  private static Claim claim(String id, String article, ClaimKind kind, String subject, String value, ClaimValue v,
      EventContext event) {
    return new Claim(id, article, kind, subject, kind.id(), value, v, 0, value.length(), 1, 1, value, event);
  }

  private static Duration hours(double lo, double hi) {
    return new Duration(Interval.closed(lo * 3600, hi * 3600), "meeting", "", false, false);
  }

  private static List<ClaimGroup> groups(Claim... cs) {
    return Grouping.groups(new ResolvedStory("s", List.of(), List.of(cs), List.of()));
  }

  @Test
  void overlappingFiguresAboutOneThingAreOneGroupOverTheirHull() {
    List<ClaimGroup> gs = groups(
        claim("c1", "a", ClaimKind.DURATION, "", "four hour-long", hours(4, 4), NATO),
        claim("c2", "b", ClaimKind.DURATION, "", "almost four hours", hours(3.5, 4), NATO),
        claim("c3", "c", ClaimKind.DURATION, "", "nearly eight hours", hours(7.2, 8), NATO));
    assertThat(gs).hasSize(2);
    ClaimGroup four = gs.get(0);
    assertThat(four.articles()).containsExactly("a", "b");
    assertThat(four.interval()).isEqualTo(Interval.closed(3.5 * 3600, 4 * 3600));
    assertThat(gs.get(1).articles()).containsExactly("c");
  }

  @Test
  void aPersonsTitleIsOneGroupWhateverTheEvent() {
    Title deputy = new Title("secretary of state", "deputy", "united states", false, false);
    List<ClaimGroup> gs = groups(
        claim("c1", "a", ClaimKind.TITLE, "Wendy Sherman", "Deputy Secretary of State", deputy, NATO),
        claim("c2", "b", ClaimKind.TITLE, "Wendy Sherman", "Deputy Secretary of State", deputy, MONDAY),
        claim("c3", "c", ClaimKind.TITLE, "Wendy Sherman", "U.S. Deputy Secretary of State", deputy, EventContext.NONE));
    assertThat(gs).singleElement().satisfies(g -> {
      assertThat(g.articles()).containsExactly("a", "b", "c");
      assertThat(g.value()).isEqualTo("Deputy Secretary of State");
    });
  }

  @Test
  void figuresOfDifferentEventsStayApart() {
    List<ClaimGroup> gs = groups(
        claim("c1", "a", ClaimKind.DURATION, "", "four hours", hours(4, 4), NATO),
        claim("c2", "b", ClaimKind.DURATION, "", "four hours", hours(4, 4), MONDAY));
    assertThat(gs).hasSize(2);
  }
}
