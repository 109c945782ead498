package io.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EventContextsTest {
  /** The expected context at {@code at} (the n-th occurrence in the fixture); null fields must be null. */
  static Stream<Arguments> fixture() {
    return Stream.of(
        // 003: Geneva from the sentence, Monday from "the one Monday in Geneva" / "The Monday session in Geneva"
        Arguments.of("003", "nearly eight hours", 0, "Geneva", null, "conversation", DayOfWeek.MONDAY, "2022-01-10"),
        // 003: the Wednesday meeting, not the Monday one in the same sentence
        Arguments.of("003", "an hour longer", 0, "Brussels", "NATO", "meeting", DayOfWeek.WEDNESDAY, "2022-01-12"),
        Arguments.of("003", "The Monday session", 0, "Geneva", null, "session", DayOfWeek.MONDAY, "2022-01-10"),
        Arguments.of("003", "more than 100,000", 0, "Brussels", "NATO", "meeting", DayOfWeek.WEDNESDAY, "2022-01-12"),
        Arguments.of("003", "57-nation", 0, "Vienna", "OSCE", "discussions", DayOfWeek.THURSDAY, "2022-01-13"),
        // 000: "the alliance" is NATO in an article that names NATO; "she said Wednesday"
        Arguments.of("000", "four hour-long", 0, null, "NATO", "meeting", DayOfWeek.WEDNESDAY, "2022-01-12"),
        Arguments.of("000", "nearly four hours", 0, null, "NATO", "meeting", DayOfWeek.WEDNESDAY, "2022-01-12"),
        Arguments.of("000", "Thursday’s meeting", 0, "Vienna", "OSCE", "meeting", DayOfWeek.THURSDAY, "2022-01-13"),
        // 001: no publication date, so no dates
        Arguments.of("001", "four-hour", 0, null, "NATO", "meeting", DayOfWeek.WEDNESDAY, null),
        Arguments.of("001", "almost four hours", 0, null, "NATO", "meeting", DayOfWeek.WEDNESDAY, null),
        // 001: "After Thursday's meeting" gets Vienna and OSCE from "Thursday's meeting in Vienna at the ... (OSCE)"
        Arguments.of("001", "Thursday’s meeting,", 0, "Vienna", "OSCE", "meeting", DayOfWeek.THURSDAY, null),
        // 004: "direct talks with the U.S. on Monday, in the NATO-Russia Council on Wednesday and at the
        // Organization for Security and Cooperation in Europe on Thursday": three events
        Arguments.of("004", "Monday, in the", 0, null, null, "talks", DayOfWeek.MONDAY, "2022-01-10"),
        Arguments.of("004", "Wednesday and at", 0, null, "NATO", "council", DayOfWeek.WEDNESDAY, "2022-01-12"),
        Arguments.of("004", "Thursday, Moscow", 0, null, "OSCE", null, DayOfWeek.THURSDAY, "2022-01-13"),
        // 002: "Thursday's talks were at a lower level than the negotiations in Brussels and Geneva": not Brussels
        Arguments.of("002", "Thursday’s talks", 0, "Vienna", "OSCE", "talks", DayOfWeek.THURSDAY, "2022-01-13"),
        // 002: the dateline
        Arguments.of("002", "Russian officials signaled", 0, "Vienna", null, null, null, null),
        // a statement, not an event: no place or host from the article's associations
        Arguments.of("000", "Lavrov said on Thursday", 0, null, null, null, DayOfWeek.THURSDAY, "2022-01-13"));
  }

  @ParameterizedTest
  @MethodSource("fixture")
  void fixtureContexts(String article, String at, int n, String place, String org, String noun, DayOfWeek weekday,
      String date) {
    Document doc = TestDocs.fixture(article);
    EventContext c = EventContexts.of(doc, TestDocs.offset(doc, at, n));
    assertThat(c.place()).as("place").isEqualTo(place);
    assertThat(c.org()).as("org").isEqualTo(org);
    assertThat(c.noun()).as("noun").isEqualTo(noun);
    assertThat(c.weekday()).as("weekday").isEqualTo(weekday);
    assertThat(c.date() == null ? null : c.date().toString()).as("date").isEqualTo(date);
  }

  @Test
  void labelsShowPlaceOrHostAndDay() {
    Document d003 = TestDocs.fixture("003");
    Document d000 = TestDocs.fixture("000");
    assertThat(EventContexts.of(d003, TestDocs.offset(d003, "nearly eight hours")).label()).isEqualTo("Geneva, Monday");
    assertThat(EventContexts.of(d000, TestDocs.offset(d000, "four hour-long")).label()).isEqualTo("NATO, Wednesday");
  }

  @Test
  void venuesNeedAVenueReading() {
    Document d = TestDocs.doc("The talks in Geneva on Monday were tense.", LocalDate.of(2022, 1, 13));
    EventContext talks = EventContexts.of(d, TestDocs.offset(d, "talks"));
    assertThat(talks.place()).isEqualTo("Geneva");
    assertThat(talks.weekday()).isEqualTo(DayOfWeek.MONDAY);
    assertThat(talks.date()).isEqualTo(LocalDate.of(2022, 1, 10));
    // "Washington and Moscow" are governments here, not venues; "In Moscow," is a venue
    Document gov = TestDocs.doc("Washington and Moscow traded blame over the talks.");
    assertThat(EventContexts.of(gov, TestDocs.offset(gov, "traded")).place()).isNull();
    Document venue = TestDocs.doc("In Moscow, Lavrov adopted a pessimistic tone.");
    assertThat(EventContexts.of(venue, TestDocs.offset(venue, "Lavrov")).place()).isEqualTo("Moscow");
  }

  @Test
  void hostsNeedAHostingReading() {
    Document d = TestDocs.doc("The United States and its NATO allies hoped Russia would pull back.\n"
        + "Their host, the OSCE, is expected to serve as a venue.\n"
        + "Ukraine wants to join NATO.");
    assertThat(EventContexts.of(d, TestDocs.offset(d, "hoped")).org()).isNull();
    assertThat(EventContexts.of(d, TestDocs.offset(d, "venue")).org()).isEqualTo("OSCE");
    assertThat(EventContexts.of(d, TestDocs.offset(d, "join")).org()).isNull();
  }

  @Test
  void theAllianceIsNatoOnlyWhereNatoIsNamed() {
    Document named = TestDocs.doc("NATO said so. Russia sat through a meeting with the alliance.");
    Document unnamed = TestDocs.doc("Russia sat through a meeting with the alliance.");
    assertThat(EventContexts.of(named, TestDocs.offset(named, "sat")).org()).isEqualTo("NATO");
    assertThat(EventContexts.of(unnamed, TestDocs.offset(unnamed, "sat")).org()).isNull();
  }

  @Test
  void fullNamesAndMeetingFormatsAreTheirOrganisation() {
    Document d = TestDocs.doc("The meeting at the headquarters of the North Atlantic Treaty Organization ran long.\n"
        + "Russia spoke in the NATO-Russia Council.\n"
        + "Delegates met at the Organization for Security and Cooperation in Europe (OSCE).");
    assertThat(EventContexts.of(d, TestDocs.offset(d, "ran")).org()).isEqualTo("NATO");
    assertThat(EventContexts.of(d, TestDocs.offset(d, "spoke")).org()).isEqualTo("NATO");
    assertThat(EventContexts.of(d, TestDocs.offset(d, "Delegates")).org()).isEqualTo("OSCE");
  }

  @Test
  void contextDoesNotLeakAcrossParagraphs() {
    Document d = TestDocs.doc("The talks in Geneva on Monday lasted seven hours.\n\nRussia has massed 100,000 troops.",
        LocalDate.of(2022, 1, 13));
    assertThat(EventContexts.of(d, TestDocs.offset(d, "100,000"))).isEqualTo(EventContext.NONE);
  }

  @Test
  void aSentenceWithoutEventsBorrowsFromItsParagraph() {
    Document d = TestDocs.doc("The talks in Geneva on Monday were tense. Russia has massed 100,000 troops.",
        LocalDate.of(2022, 1, 13));
    EventContext c = EventContexts.of(d, TestDocs.offset(d, "100,000"));
    assertThat(c.place()).isEqualTo("Geneva");
    assertThat(c.weekday()).isEqualTo(DayOfWeek.MONDAY);
  }

  @Test
  void anOrganisationTiedToOneDayFillsItIn() {
    Document d = TestDocs.doc("Wednesday’s meeting at NATO was tense.\n\nThe NATO talks ran long.",
        LocalDate.of(2022, 1, 13));
    EventContext c = EventContexts.of(d, TestDocs.offset(d, "ran"));
    assertThat(c.org()).isEqualTo("NATO");
    assertThat(c.weekday()).isEqualTo(DayOfWeek.WEDNESDAY);
    assertThat(c.date()).isEqualTo(LocalDate.of(2022, 1, 12));
  }

  @Test
  void aPlaceTiedToTwoDaysFillsNothingIn() {
    Document d = TestDocs.doc("Talks in Geneva on Monday failed.\n\nTalks in Geneva on Friday failed too.\n\n"
        + "The Geneva talks were long.", LocalDate.of(2022, 1, 14));
    assertThat(EventContexts.of(d, TestDocs.offset(d, "were long")).weekday()).isNull();
  }

  @Test
  void textWithoutEventsHasNoContext() {
    Document d = TestDocs.doc("Prices rose sharply.");
    assertThat(EventContexts.of(d, 0)).isEqualTo(EventContext.NONE);
    assertThat(EventContexts.of(TestDocs.doc(""), 0)).isEqualTo(EventContext.NONE);
  }
}
