package io.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DateExtractorTest {
  /** Thursday 13 January 2022. */
  private static final LocalDate THU = LocalDate.of(2022, 1, 13);
  /** Wednesday 12 January 2022. */
  private static final LocalDate WED = LocalDate.of(2022, 1, 12);
  /** Friday 14 January 2022. */
  private static final LocalDate FRI = LocalDate.of(2022, 1, 14);

  /** An expected date claim; date null when unresolved. */
  record T(String value, String subject, String date, DayOfWeek weekday, String activity, boolean relative) {}

  static Stream<Arguments> sentences() {
    return Stream.of(
        // seed fixture sentences, with their articles' publication dates
        Arguments.of(THU, "Thursday’s meeting in Vienna at the Organization for Security and Cooperation in Europe "
                + "(OSCE) capped a week of intensive engagements.",
            List.of(new T("Thursday", "meeting in Vienna", "2022-01-13", DayOfWeek.THURSDAY, "meeting", true))),
        Arguments.of(THU, "“...we will not even discuss them,” Russia’s Foreign Minister Sergei Lavrov said on Thursday.",
            List.of(new T("Thursday", "Sergei Lavrov", "2022-01-13", DayOfWeek.THURSDAY, "said", true))),
        Arguments.of(THU, "“The US and its NATO allies are not ready,” Russian Deputy Foreign Minister Sergei Ryabkov "
                + "said Thrusday, according to state news agency TASS.",
            List.of(new T("Thrusday", "Sergei Ryabkov", "2022-01-13", DayOfWeek.THURSDAY, "said", true))),
        Arguments.of(THU, "which Sherman on Monday said the US defined as Russia returning its troops to barracks.",
            List.of(new T("Monday", "Sherman", "2022-01-10", DayOfWeek.MONDAY, "said", true))),
        Arguments.of(THU, "“...which is not an easy thing to do,” she said Wednesday.",
            List.of(new T("Wednesday", "she", "2022-01-12", DayOfWeek.WEDNESDAY, "said", true))),
        Arguments.of(WED, "The NATO talks will be followed by discussions in Vienna under the framework of the 57-nation "
                + "Organization for Security and Cooperation in Europe on Thursday.",
            List.of(new T("Thursday", "discussions in Vienna", "2022-01-13", DayOfWeek.THURSDAY, "discussions", true))),
        Arguments.of(WED, "The Monday session in Geneva didn’t give the U.S. much insight.",
            List.of(new T("Monday", "session in Geneva", "2022-01-10", DayOfWeek.MONDAY, "session", true))),
        Arguments.of(WED, "“There was no commitment to deescalate,” Sherman told reporters after a NATO meeting with "
                + "Russia on Wednesday, using sharper language than she did after direct talks with Russia two days "
                + "earlier.",
            List.of(new T("Wednesday", "meeting at NATO", "2022-01-12", DayOfWeek.WEDNESDAY, "meeting", true),
                new T("two days earlier", "talks", "2022-01-10", DayOfWeek.MONDAY, "talks", true))),
        Arguments.of(FRI, "Mr. Lavrov on Friday blamed Washington for a lack of progress.",
            List.of(new T("Friday", "Lavrov", "2022-01-14", DayOfWeek.FRIDAY, "blamed", true))),
        Arguments.of(FRI, "“We are talking about Russian territory,” Kremlin spokesman Dmitry Peskov told reporters "
                + "Thursday.",
            List.of(new T("Thursday", "Dmitry Peskov", "2022-01-13", DayOfWeek.THURSDAY, "told", true))),
        Arguments.of(THU, "“We will wait for it,” Lavrov said in an interview aired Thursday, according to Interfax.",
            List.of(new T("Thursday", "Lavrov", "2022-01-13", DayOfWeek.THURSDAY, "said", true))),
        Arguments.of(THU, "It was clear that the next move would be up to President Vladimir Putin, who, his "
                + "spokesperson said Thursday, was being briefed regularly.",
            List.of(new T("Thursday", "his spokesperson", "2022-01-13", DayOfWeek.THURSDAY, "said", true))),
        Arguments.of(FRI, "“It seems that the risk of war is greater than ever,” said Foreign Minister Zbigniew Rau on "
                + "Thursday.",
            List.of(new T("Thursday", "Zbigniew Rau", "2022-01-13", DayOfWeek.THURSDAY, "said", true))),
        Arguments.of(FRI, "On Friday, tensions ticked up further.",
            List.of(new T("Friday", "", "2022-01-14", DayOfWeek.FRIDAY, "", true))),
        // unknown publication date: the weekday only
        Arguments.of(null, "Russian Foreign Minister Sergey Lavrov replied on Thursday that the US demands were "
                + "“unacceptable”.",
            List.of(new T("Thursday", "Sergey Lavrov", null, DayOfWeek.THURSDAY, "replied", true))),
        // future and past from the same publication day (Thursday)
        Arguments.of(THU, "The foreign ministers will meet again on Monday.",
            List.of(new T("Monday", "", "2022-01-17", DayOfWeek.MONDAY, "", true))),
        Arguments.of(THU, "The foreign ministers met on Monday.",
            List.of(new T("Monday", "ministers", "2022-01-10", DayOfWeek.MONDAY, "met", true))),
        Arguments.of(THU, "Talks are expected to resume on Tuesday.",
            List.of(new T("Tuesday", "talks", "2022-01-18", DayOfWeek.TUESDAY, "talks", true))),
        Arguments.of(THU, "The envoy arrived last Thursday.",
            List.of(new T("Thursday", "The envoy", "2022-01-06", DayOfWeek.THURSDAY, "arrived", true))),
        // calendar dates
        Arguments.of(THU, "The treaty was signed on January 12 in Geneva.",
            List.of(new T("January 12", "The treaty", "2022-01-12", DayOfWeek.WEDNESDAY, "signed", false))),
        Arguments.of(null, "The treaty was signed on 12 January 2022.",
            List.of(new T("12 January 2022", "The treaty", "2022-01-12", DayOfWeek.WEDNESDAY, "signed", false))),
        Arguments.of(THU, "The deadline passed on Jan. 10, officials said.",
            List.of(new T("Jan. 10", "", "2022-01-10", DayOfWeek.MONDAY, "", false))),
        Arguments.of(FRI, "The talks were held on Thursday, January 14, 2022.",
            List.of(new T("Thursday, January 14, 2022", "talks", "2022-01-14", DayOfWeek.THURSDAY, "talks", false))),
        Arguments.of(THU, "The first meeting took place on the 10th.",
            List.of(new T("the 10th", "meeting", "2022-01-10", DayOfWeek.MONDAY, "meeting", true))),
        Arguments.of(THU, "Yesterday’s meeting ended without agreement.",
            List.of(new T("Yesterday", "meeting", "2022-01-12", DayOfWeek.WEDNESDAY, "meeting", true))),
        // must yield nothing
        Arguments.of(THU, "Black Friday sales and the Sunday Times both ignored the crisis.", List.of()),
        Arguments.of(THU, "The council meets every Monday and on Fridays.", List.of()),
        Arguments.of(THU, "Russia published the draft agreements last month and will wait until next week.", List.of()),
        Arguments.of(THU, "Russia had asked the U.S. in December to respond; meetings were frozen in 2019.", List.of()),
        Arguments.of(THU, "Munday said the talks were useful, and Frida agreed.", List.of()),
        Arguments.of(THU, "A film called Thrusday opened in London.", List.of()),
        Arguments.of(THU, "Throughout this week’s talks, the US argued for de-escalation.", List.of()));
  }

  @ParameterizedTest
  @MethodSource("sentences")
  void dates(LocalDate published, String sentence, List<T> expected) {
    List<T> actual = new DateExtractor().extract(TestDocs.doc(sentence, published)).stream()
        .sorted(Extraction.ORDER)
        .map(c -> {
          DateValue d = (DateValue) c.normalized();
          return new T(c.value(), c.subject(), d.date() == null ? null : d.date().toString(), d.weekday(),
              d.activity(), d.relative());
        })
        .toList();
    assertThat(actual).containsExactlyElementsOf(expected);
  }

  @Test
  void aWeekdayNextToADateKeepsBothSoAMismatchShows() {
    // January 14, 2022 was a Friday
    Claim c = new DateExtractor().extract(TestDocs.doc("The talks were held on Thursday, January 14, 2022.")).get(0);
    DateValue d = (DateValue) c.normalized();
    assertThat(d.weekday()).isEqualTo(DayOfWeek.THURSDAY);
    assertThat(d.date()).isEqualTo(LocalDate.of(2022, 1, 14));
    assertThat(d.date().getDayOfWeek()).isNotEqualTo(d.weekday());
  }

  @Test
  void dateClaimsCarryTheirDayInTheirContext() {
    Document doc = TestDocs.fixture("003");
    Claim earlier = new DateExtractor().extract(doc).stream()
        .filter(c -> c.value().equals("two days earlier"))
        .findFirst()
        .orElseThrow();
    assertThat(earlier.event().weekday()).isEqualTo(DayOfWeek.MONDAY);
    assertThat(earlier.event().date()).isEqualTo(LocalDate.of(2022, 1, 10));
    assertThat(earlier.attribute()).isEqualTo("date");
  }

  @Test
  void typoWeekdaysAreOneEditFromAWeekdayAndEndInDay() {
    assertThat(Dates.typo("Thrusday")).isEqualTo(DayOfWeek.THURSDAY);
    assertThat(Dates.typo("Wendesday")).isEqualTo(DayOfWeek.WEDNESDAY);
    assertThat(Dates.typo("Frday")).isEqualTo(DayOfWeek.FRIDAY);
    assertThat(Dates.typo("Holiday")).isNull();
    assertThat(Dates.typo("Munday")).isNull();
    assertThat(Dates.typo("Someday")).isNull();
  }

  @Test
  void everyFixtureWeekdayResolvesToTheWeekOfTheTalks() {
    for (String id : List.of("000", "002", "003", "004")) {
      for (Claim c : new DateExtractor().extract(TestDocs.fixture(id))) {
        DateValue d = (DateValue) c.normalized();
        assertThat(d.date()).as(c.value() + " in " + id).isBetween(LocalDate.of(2022, 1, 10), LocalDate.of(2022, 1, 14));
        assertThat(d.date().getDayOfWeek()).isEqualTo(d.weekday());
      }
    }
  }
}
