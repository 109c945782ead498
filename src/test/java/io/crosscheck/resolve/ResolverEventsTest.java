package io.crosscheck.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.extract.Claim;
import io.crosscheck.extract.ClaimKind;
import io.crosscheck.extract.Duration;
import io.crosscheck.extract.EventContext;
import io.crosscheck.extract.Interval;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResolverEventsTest {
  private static final Duration HOURS = new Duration(Interval.closed(3600, 7200), "talks", "", false, false);

  private static EventContext ctx(String place, String org, String noun, DayOfWeek day) {
    return new EventContext(place, org, noun, day, null, null);
  }

  private static StoryBuilder week() {
    return new StoryBuilder()
        .article("003", "we had nearly eight hours of conversation, plus a dinner in Geneva. "
            + "The main topic at Wednesday's meeting at the headquarters of the North Atlantic Treaty Organization in Brussels. "
            + "The NATO talks will be followed by discussions in Vienna on Thursday.")
        .article("000", "they sat through the four hour-long meeting. Thursday's meeting in Vienna capped a week. "
            + "Sherman on Monday said so.")
        .article("001", "the Russian delegation attended almost four hours of a meeting, she said on Wednesday. "
            + "a pretext for military action");
  }

  @Test
  void theWeeksThreeMeetingsAreThreeEvents() {
    StoryBuilder b = week();
    b.claim("003", ClaimKind.DURATION, "", "duration", "nearly eight hours", HOURS, ctx("Geneva", null, "conversation", DayOfWeek.MONDAY));
    b.claim("003", ClaimKind.DURATION, "", "duration", "Wednesday's meeting", HOURS, ctx("Brussels", null, "meeting", DayOfWeek.WEDNESDAY));
    b.claim("003", ClaimKind.DURATION, "", "duration", "discussions in Vienna", HOURS, ctx("Vienna", "Organization for Security and Cooperation in Europe", "discussions", DayOfWeek.THURSDAY));
    b.claim("000", ClaimKind.DURATION, "", "duration", "four hour-long meeting", HOURS, ctx(null, "NATO", "meeting", DayOfWeek.WEDNESDAY));
    b.claim("000", ClaimKind.DURATION, "", "duration", "Thursday's meeting in Vienna", HOURS, ctx("Vienna", "OSCE", "meeting", DayOfWeek.THURSDAY));
    b.claim("000", ClaimKind.DURATION, "", "duration", "Sherman on Monday", HOURS, ctx(null, null, "talks", DayOfWeek.MONDAY));
    b.claim("001", ClaimKind.DURATION, "", "duration", "almost four hours", HOURS, ctx(null, "the alliance", "meeting", DayOfWeek.WEDNESDAY));
    b.claim("001", ClaimKind.DURATION, "", "duration", "a pretext", HOURS, null);
    // "she said on Wednesday": a bare day is the day of a statement, not the NATO meeting
    b.claim("001", ClaimKind.DURATION, "", "duration", "she said on Wednesday", HOURS, ctx(null, null, null, DayOfWeek.WEDNESDAY));
    ResolvedStory s = b.resolve();
    List<String> ids = s.claims().stream().map(c -> c.event().id()).toList();
    assertThat(ids).containsExactly("e1", "e2", "e3", "e2", "e3", "e1", "e2", null, "e4");
    assertThat(s.events()).extracting(Event::id, Event::weekday)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("e1", DayOfWeek.MONDAY),
            org.assertj.core.groups.Tuple.tuple("e2", DayOfWeek.WEDNESDAY),
            org.assertj.core.groups.Tuple.tuple("e3", DayOfWeek.THURSDAY),
            org.assertj.core.groups.Tuple.tuple("e4", DayOfWeek.WEDNESDAY));
    assertThat(s.events().get(3).label()).isEqualTo("Wednesday");
    assertThat(s.events().get(0).label()).isEqualTo("Geneva, Monday");
    assertThat(s.events().get(2).label()).isEqualTo("Vienna, Thursday");
    assertThat(s.events().get(1).org()).isEqualTo("NATO");
    // each claim keeps what its text says, with names canonical
    assertThat(s.claims().get(2).event().org()).isEqualTo("OSCE");
    assertThat(s.claims().get(6).event().label()).isEqualTo("NATO, Wednesday");
  }

  @Test
  void oneVenueOnTwoDaysIsTwoEvents() {
    StoryBuilder b = week();
    b.claim("000", ClaimKind.DURATION, "", "duration", "Thursday's meeting in Vienna", HOURS, ctx("Vienna", null, "meeting", DayOfWeek.THURSDAY));
    b.claim("003", ClaimKind.DURATION, "", "duration", "discussions in Vienna", HOURS, ctx("Vienna", null, "meeting", DayOfWeek.WEDNESDAY));
    // a venue with no day cannot tell which of the two it is
    b.claim("001", ClaimKind.DURATION, "", "duration", "a pretext", HOURS, ctx("Vienna", null, "meeting", null));
    ResolvedStory s = b.resolve();
    assertThat(s.claims()).extracting(c -> c.event().id()).containsExactly("e1", "e2", null);
  }

  @Test
  void aVenueWithoutADayJoinsItsOnlyEvent() {
    StoryBuilder b = week();
    b.claim("003", ClaimKind.DURATION, "", "duration", "nearly eight hours", HOURS, ctx("Geneva", null, "talks", null));
    b.claim("000", ClaimKind.DURATION, "", "duration", "Sherman on Monday", HOURS, ctx("Geneva", null, "talks", DayOfWeek.MONDAY));
    assertThat(b.resolve().claims()).extracting(c -> c.event().id()).containsExactly("e1", "e1");
  }

  @Test
  void differentDatesOnOneWeekdayAreDifferentEvents() {
    StoryBuilder b = week();
    b.claim("000", ClaimKind.DURATION, "", "duration", "Thursday's meeting in Vienna", HOURS,
        new EventContext("Vienna", null, "meeting", DayOfWeek.THURSDAY, LocalDate.of(2022, 1, 13), null));
    b.claim("003", ClaimKind.DURATION, "", "duration", "discussions in Vienna", HOURS,
        new EventContext("Vienna", null, "meeting", DayOfWeek.THURSDAY, LocalDate.of(2022, 1, 20), null));
    b.claim("001", ClaimKind.DURATION, "", "duration", "a pretext", HOURS,
        new EventContext("Vienna", null, "meeting", null, LocalDate.of(2022, 1, 13), null));
    assertThat(b.resolve().claims()).extracting(c -> c.event().id()).containsExactly("e1", "e2", "e1");
  }

  @Test
  void claimsWithoutContextHaveNoEvent() {
    StoryBuilder b = week();
    Claim c = b.claim("001", ClaimKind.DURATION, "", "duration", "a pretext", HOURS, null);
    ResolvedStory s = b.resolve();
    assertThat(s.claims().get(0).event()).isEqualTo(EventContext.NONE);
    assertThat(s.events()).isEmpty();
    assertThat(c.event().id()).isNull();
  }
}
