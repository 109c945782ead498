package io.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The numbers a text writes: numerals at the edges the scan reads by hand (commas, decimals,
 * scale words, what may come before and after), number words and vague amounts.
 */
class NumbersTest {
  /** A number expected: as written, its value, and whether it is a vague amount. */
  record N(String written, double value, boolean vague) {
    static N of(String written, double value) {
      return new N(written, value, false);
    }
  }

  static Stream<Arguments> texts() {
    return Stream.of(
        Arguments.of("Ukraine said it had identified 106,000 Russian troops and 1,500 tanks near its border.",
            List.of(N.of("106,000", 106000), N.of("1,500", 1500))),
        Arguments.of("The fund grew to 1.5 million dollars, then 2 BILLION, and 3.25 trillion.",
            List.of(N.of("1.5 million", 1.5e6), N.of("2 BILLION", 2e9), N.of("3.25 trillion", 3.25e12))),
        // "millions" is no scale word of a numeral but a vague amount of its own
        Arguments.of("Some 12000 people and 7 millions of others.",
            List.of(N.of("12000", 12000), N.of("7", 7), new N("millions", 1e6, true))),
        // a comma group that is not one of three digits, a decimal point at the end of a sentence
        Arguments.of("The count was 1,0000 at noon and 2,5 later; it ended at 40.", List.of(N.of("40", 40))),
        Arguments.of("It cost $5 and €7, grew by 3.5%, and 4.5x as much.", List.of(N.of("3.5", 3.5))),
        // numbers inside names, codes and words are not numbers
        Arguments.of("Pilots flew the F-16 and the A380 from gate B12/3 on Route_66.", List.of()),
        // the minutes of a time are numbers too (the quantity extractor drops times of day)
        Arguments.of("Leaders of 20 countries met at 10:30.", List.of(N.of("20", 20), N.of("10", 10), N.of("30", 30))),
        Arguments.of("A crowd of 10-12 gathered; in 2022 some 30,000,000 watched.",
            List.of(N.of("10", 10), N.of("12", 12), N.of("2022", 2022), N.of("30,000,000", 3e7))),
        Arguments.of("Tens of thousands marched, and dozens of officials spoke for several hours.",
            List.of(new N("Tens of thousands", 1e4, true), new N("dozens", 24, true))),
        Arguments.of("Several hundred people and a few thousand others came; a dozen stayed, half a dozen left.",
            List.of(new N("Several hundred", 200, true), new N("a few thousand", 2000, true), N.of("a dozen", 12),
                N.of("half a dozen", 6))),
        Arguments.of("Two hundred and six delegates and fifty-seven observers met for a day.",
            List.of(N.of("Two hundred and six", 206), N.of("fifty-seven", 57))),
        Arguments.of("It took a hundred days, then half a million more, with a few setbacks.",
            List.of(N.of("a hundred", 100), N.of("half a million", 5e5))),
        Arguments.of("The several sides agreed on a plan.", List.of()));
  }

  @ParameterizedTest
  @MethodSource("texts")
  void findsTheNumbersOfAText(String text, List<N> expected) {
    Document doc = TestDocs.doc(text);
    List<N> found = Numbers.of(doc).stream()
        .map(n -> new N(text.substring(n.start(), n.end()), n.value(), n.vague()))
        .toList();
    assertThat(found).containsExactlyElementsOf(expected);
  }
}
