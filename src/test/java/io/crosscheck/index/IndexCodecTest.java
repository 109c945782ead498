package io.crosscheck.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.extract.Claim;
import io.crosscheck.extract.ClaimKind;
import io.crosscheck.extract.ClaimValue;
import io.crosscheck.extract.DateValue;
import io.crosscheck.extract.Duration;
import io.crosscheck.extract.EventContext;
import io.crosscheck.extract.Interval;
import io.crosscheck.extract.Quantity;
import io.crosscheck.extract.Quote;
import io.crosscheck.extract.Title;
import io.crosscheck.load.Article;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Claims survive the trip into the index and back, every field of every kind. */
class IndexCodecTest {
  static List<ClaimValue> values() {
    return List.of(
        new Quantity(Interval.above(100_000), "troop", "more than", false),
        new Quantity(Interval.exact(106_000), "troop", "", false),
        new Quantity(Interval.closed(10_000, 99_999), "troop", "", true),
        new Quantity(Interval.below(8), "country", "fewer than", false),
        new Duration(Interval.closed(3.5 * 3600, 4 * 3600), "meeting", "nearly", false, false),
        new Duration(Interval.exact(3600), "talks", "", false, true),
        new Duration(Interval.atLeast(3 * 3600), "", "", true, false),
        new DateValue(LocalDate.of(2022, 1, 13), DayOfWeek.THURSDAY, "meeting", true),
        new DateValue(null, DayOfWeek.MONDAY, "", false),
        new Title("secretary of state", "deputy", "united states", false, false),
        new Title("ambassador", "", "", true, true),
        new Quote("the war drum is ringing loud", false, "Carpenter"),
        new Quote("dead end", true, ""));
  }

  @ParameterizedTest
  @MethodSource("values")
  void aClaimDecodesToAnEqualClaim(ClaimValue value) {
    EventContext event = new EventContext("Geneva", null, "talks", DayOfWeek.MONDAY, LocalDate.of(2022, 1, 10), "e2");
    Claim c = new Claim("c7", "003_bb869597a4b66297", value.kind(), "Wendy Sherman", value.kind().id(),
        "as \u201cwritten\u201d", value, 120, 135, 9, 52, "Sherman told reporters on Monday.", event);
    assertThat(ClaimCodec.decode(ClaimCodec.encode(c))).isEqualTo(c);
    Claim bare = c.withEvent(EventContext.NONE).withSubject("");
    assertThat(ClaimCodec.decode(ClaimCodec.encode(bare))).isEqualTo(bare);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Wendy Sherman | sherman",
    "Sergei V. Lavrov | lavrov",
    "Sergey Lavrov | lavrov",
    "Jean-Luc Moreau | moreau",
    "OSCE | ''",
    "troops | ''",
    "the talks | ''",
    "'' | ''",
  })
  void surnamesComeFromPersonLikeNamesOnly(String subject, String surname) {
    assertThat(IndexFields.surname(subject)).isEqualTo(surname);
  }

  @org.junit.jupiter.api.Test
  void theLeadIsTheTitleAndTheFirstLinesCutAtAWord() {
    String text = "word ".repeat(400);
    Article a = Article.plain("x", "x.txt", text, null, null, null);
    String lead = IndexFields.lead(a);
    assertThat(lead.length()).isLessThanOrEqualTo(1000).isGreaterThan(900);
    assertThat(lead).endsWith("word");
    Article titled = new Article("y", "y.txt", null, null, null, "Talks end", null, "Short text.",
        io.crosscheck.load.SourceMap.identity("Short text."), List.of());
    assertThat(IndexFields.lead(titled)).isEqualTo("Talks end\nShort text.");
    assertThat(ClaimKind.of("title")).isEqualTo(ClaimKind.TITLE);
  }
}
