package io.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DurationExtractorTest {
  /** An expected duration claim: seconds as {@link Interval#toString()}. */
  record D(String value, String seconds, String activity, String qualifier, boolean planned, boolean relative) {
    static D of(String value, String seconds, String activity) {
      return new D(value, seconds, activity, "", false, false);
    }
  }

  static Stream<Arguments> sentences() {
    return Stream.of(
        // seed fixture sentences
        Arguments.of("“I did not hear substantively new things because we had nearly eight hours of conversation, plus "
                + "a dinner in Geneva,” Sherman said.",
            List.of(new D("nearly eight hours", "[25920, 28800]", "conversation", "nearly", false, false))),
        Arguments.of("NATO leaders noted that Wednesday was the first time Russia had agreed to a meeting with the "
                + "alliance in two years and they sat through the four hour-long meeting, which was longer than had "
                + "been scheduled.",
            List.of(D.of("four hour-long", "[14400, 14400]", "meeting"))),
        Arguments.of("they attended the four-hour meeting, which was longer than expected.",
            List.of(D.of("four-hour", "[14400, 14400]", "meeting"))),
        Arguments.of("the Russian delegation attended almost four hours of a meeting where 30 nations spoke",
            List.of(new D("almost four hours", "[12600, 14400]", "meeting", "nearly", false, false))),
        Arguments.of("The two sides made little apparent progress in either Wednesday’s meeting, which went on an hour "
                + "longer than expected, or the one Monday in Geneva between Washington and Moscow.",
            List.of(new D("an hour longer than expected", "[3600, 3600]", "meeting", "", false, true))),
        // own prose
        Arguments.of("The meeting lasted about 7 hours and 30 minutes.",
            List.of(new D("about 7 hours and 30 minutes", "[24300, 29700]", "meeting", "about", false, false))),
        Arguments.of("The talks lasted more than two hours.",
            List.of(new D("more than two hours", "(7200, inf)", "talks", "more than", false, false))),
        Arguments.of("The siege lasted two and a half years.",
            List.of(D.of("two and a half years", "[78892380, 78892380]", "siege"))),
        Arguments.of("Diplomats emerged from 8-hour talks in Brussels.",
            List.of(D.of("8-hour", "[28800, 28800]", "talks"))),
        Arguments.of("After day-long talks, the ministers issued a statement.",
            List.of(D.of("day-long", "[86400, 86400]", "talks"))),
        Arguments.of("They spoke for 50 minutes by phone.",
            List.of(D.of("50 minutes", "[3000, 3000]", "conversation"))),
        Arguments.of("The two leaders met for an hour and a half.",
            List.of(D.of("an hour and a half", "[5400, 5400]", "meeting"))),
        Arguments.of("Half an hour of talks produced nothing.",
            List.of(D.of("Half an hour", "[1800, 1800]", "talks"))),
        Arguments.of("The meeting is expected to last about three hours.",
            List.of(new D("about three hours", "[9000, 12600]", "meeting", "about", true, false))),
        Arguments.of("The talks are scheduled to last two hours.",
            List.of(new D("two hours", "[7200, 7200]", "talks", "", true, false))),
        Arguments.of("The summit ended two hours later than planned.",
            List.of(new D("two hours later than planned", "[7200, 7200]", "summit", "", false, true))),
        Arguments.of("The negotiations went on for two more hours.",
            List.of(new D("two more hours", "[7200, 7200]", "negotiations", "", false, true))),
        // must yield nothing
        Arguments.of("It was the first time Russia had agreed to a meeting with the alliance in two years.", List.of()),
        Arguments.of("“the risk of war in the OSCE area is now greater than ever in the past 30 years”.", List.of()),
        Arguments.of("It seems that the risk of war is greater than ever before in the last 30 years.", List.of()),
        Arguments.of("She used sharper language than she did after direct talks with Russia two days earlier.",
            List.of()),
        Arguments.of("Sherman did not know if the Russians had come to the table for the three days of talks in good "
            + "faith.", List.of()),
        Arguments.of("A week later, after talks in three European cities, officials still did not know.", List.of()),
        Arguments.of("Putin, who has been in power for more than two decades, rejected the demands.", List.of()),
        Arguments.of("A 57-year-old diplomat led the delegation.", List.of()),
        Arguments.of("The talks resumed three hours ago.", List.of()),
        Arguments.of("Throughout this week’s talks, the US argued that diplomacy needs de-escalation.", List.of()),
        Arguments.of("Hours of talks produced nothing.", List.of()));
  }

  @ParameterizedTest
  @MethodSource("sentences")
  void durations(String sentence, List<D> expected) {
    List<D> actual = new DurationExtractor().extract(TestDocs.doc(sentence)).stream()
        .sorted(Extraction.ORDER)
        .map(c -> {
          Duration d = (Duration) c.normalized();
          return new D(c.value(), d.seconds().toString(), d.activity(), d.qualifier(), d.planned(), d.relative());
        })
        .toList();
    assertThat(actual).containsExactlyElementsOf(expected);
  }

  @ParameterizedTest
  @MethodSource("sentences")
  void subjectIsTheActivityAndAttributeDuration(String sentence, List<D> expected) {
    for (Claim c : new DurationExtractor().extract(TestDocs.doc(sentence))) {
      assertThat(c.attribute()).isEqualTo("duration");
      assertThat(c.subject()).isEqualTo(((Duration) c.normalized()).activity());
      assertThat(sentence.substring(c.start(), c.end())).isEqualTo(c.value());
    }
  }
}
