package io.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class QuantityExtractorTest {
  /** An expected quantity claim: range as {@link Interval#toString()}. */
  record Q(String value, String subject, String attribute, String unit, String range, String qualifier, boolean vague) {
    static Q count(String value, String subject, String unit, String range) {
      return new Q(value, subject, "count", unit, range, "", false);
    }
  }

  static Stream<Arguments> sentences() {
    return Stream.of(
        // seed fixture sentences
        Arguments.of("Joining this week’s discussions for the first time Thursday, Ukraine said it had identified "
                + "106,000 Russian troops and 1,500 tanks near its border.",
            List.of(Q.count("106,000", "Russian troops", "troop", "[106000, 106000]"),
                Q.count("1,500", "tanks", "tank", "[1500, 1500]"))),
        Arguments.of("Thursday’s gathering, the last of three negotiating sessions this week between Russia and the "
                + "West, took place in Vienna at a meeting of the 57-country Organization for Security and "
                + "Cooperation in Europe, a group that includes Russia and Ukraine as well as the United States.",
            List.of(Q.count("three", "negotiating sessions", "session", "[3, 3]"),
                new Q("57-country", "Organization for Security and Cooperation in Europe", "members", "country",
                    "[57, 57]", "", false))),
        Arguments.of("The NATO talks will be followed by discussions in Vienna under the framework of the 57-nation "
                + "Organization for Security and Cooperation in Europe on Thursday.",
            List.of(new Q("57-nation", "Organization for Security and Cooperation in Europe", "members", "country",
                "[57, 57]", "", false))),
        Arguments.of("rather than mobilizing the tens of thousands of Russian troops whose presence has swelled along "
                + "Ukraine’s borders.",
            List.of(new Q("tens of thousands", "Russian troops", "count", "troop", "[10000, 100000)", "", true))),
        Arguments.of("The main topic at Wednesday’s meeting was the more than 100,000 troops that Russia has massed on "
                + "Ukraine’s border.",
            List.of(new Q("more than 100,000", "troops", "count", "troop", "(100000, inf)", "more than", false))),
        Arguments.of("the Russian delegation sat through nearly four hours of a meeting where 30 nations spoke",
            List.of(Q.count("30", "nations", "country", "[30, 30]"))),
        Arguments.of("A week later, after talks in three European cities involving officials from dozens of countries, "
                + "officials said they still don’t know which path Moscow will take.",
            List.of(Q.count("three", "European cities", "city", "[3, 3]"),
                new Q("dozens", "countries", "count", "country", "[24, 144)", "", true))),
        Arguments.of("The last of three meetings aimed at ratcheting down tensions ended without a breakthrough.",
            List.of(Q.count("three", "meetings", "meeting", "[3, 3]"))),
        Arguments.of("Sherman said she did not know if the Russians had come to the table for the three days of talks "
                + "in good faith.",
            List.of(Q.count("three days", "talks", "day", "[3, 3]"))),
        // qualifiers: one rule for nearly/almost/about (margin 10%, at least half a unit)
        Arguments.of("Satellite images showed nearly four battalions near the border.",
            List.of(new Q("nearly four", "battalions", "count", "battalion", "[3.5, 4]", "nearly", false))),
        Arguments.of("Satellite images showed almost 400 tanks near the border.",
            List.of(new Q("almost 400", "tanks", "count", "tank", "[360, 400]", "nearly", false))),
        Arguments.of("Officials counted about 60 tanks.",
            List.of(new Q("about 60", "tanks", "count", "tank", "[54, 66]", "about", false))),
        Arguments.of("Police said an estimated 3,000 protesters gathered outside.",
            List.of(new Q("an estimated 3,000", "protesters", "count", "protester", "[2700, 3300]", "about", false))),
        Arguments.of("The navy could send up to 20 warships.",
            List.of(new Q("up to 20", "warships", "count", "warship", "[0, 20]", "up to", false))),
        Arguments.of("Fewer than 50 observers remain in the region.",
            List.of(new Q("Fewer than 50", "observers", "count", "observer", "[0, 50)", "fewer than", false))),
        Arguments.of("At least 12 civilians were killed.",
            List.of(new Q("At least 12", "civilians", "count", "civilian", "[12, inf)", "at least", false))),
        Arguments.of("Some 8,000 to 10,000 soldiers took part in the drills.",
            List.of(new Q("Some 8,000 to 10,000", "soldiers", "count", "troop", "[8000, 10000]", "about", false))),
        Arguments.of("Between 8,000 and 10,000 soldiers took part in the drills.",
            List.of(new Q("8,000 and 10,000", "soldiers", "count", "troop", "[8000, 10000]", "", false))),
        // number words, read by ICU
        Arguments.of("Fifty-seven countries signed the declaration.",
            List.of(Q.count("Fifty-seven", "countries", "country", "[57, 57]"))),
        Arguments.of("The ministry said two hundred and fifty soldiers had been moved.",
            List.of(Q.count("two hundred and fifty", "soldiers", "troop", "[250, 250]"))),
        Arguments.of("Ministers from a dozen nations attended.",
            List.of(new Q("a dozen", "nations", "count", "country", "[10.8, 13.2]", "about", false))),
        Arguments.of("Hundreds of protesters marched on the embassy.",
            List.of(new Q("Hundreds", "protesters", "count", "protester", "[100, 1000)", "", true))),
        // memberships
        Arguments.of("The 30-nation alliance has rejected the demand.",
            List.of(new Q("30-nation", "alliance", "members", "country", "[30, 30]", "", false))),
        Arguments.of("The 27-member bloc agreed on sanctions.",
            List.of(new Q("27-member", "bloc", "members", "member", "[27, 27]", "", false))),
        Arguments.of("Russia has assembled a 100,000-strong force near the border.",
            List.of(new Q("100,000-strong", "force", "count", "troop", "[100000, 100000]", "", false))),
        // must yield nothing
        Arguments.of("Meetings of the NATO-Russia Council had been frozen since an encounter in 2019.", List.of()),
        Arguments.of("U.S. officials have pointed to Russia’s 2014 invasion and annexation of the Crimean Peninsula.",
            List.of()),
        Arguments.of("There was no sign of progress on one of Moscow’s main demands.", List.of()),
        Arguments.of("One senior Russian diplomat said that talks with the West were approaching a dead end.",
            List.of()),
        Arguments.of("The U.S. said Russia must decide, as a second round of talks over the crisis concluded.", List.of()),
        Arguments.of("This was the third session of the week.", List.of()),
        Arguments.of("“the risk of war in the OSCE area is now greater than ever in the past 30 years”.", List.of()),
        Arguments.of("Ryabkov said he sees no reason for the two sides to continue talks.", List.of()),
        Arguments.of("NATO leaders noted that Wednesday was the first time Russia had agreed to a meeting with the "
            + "alliance in two years and they sat through the four hour-long meeting.", List.of()),
        Arguments.of("Support for the plan rose to 45 percent, up from 38% in March.", List.of()),
        Arguments.of("The talks began at 10 a.m. and ended at 3:30 in the afternoon.", List.of()),
        Arguments.of("Lavrov, 71, is a 71-year-old veteran of Soviet diplomacy.", List.of()),
        Arguments.of("The Group of Seven said Resolution 2231 calls for restraint.", List.of()),
        Arguments.of("Protesters gathered outside 10 Downing Street.", List.of()),
        Arguments.of("Kyiv asked for more F-16 jets and $5 billion in aid.", List.of()),
        Arguments.of("Two of the three ministers left early.", List.of()),
        Arguments.of("He served two years in the army in the 1990s.", List.of()));
  }

  @ParameterizedTest
  @MethodSource("sentences")
  void quantities(String sentence, List<Q> expected) {
    List<Claim> claims = new QuantityExtractor().extract(TestDocs.doc(sentence));
    List<Q> actual = claims.stream()
        .sorted(Extraction.ORDER)
        .map(c -> {
          Quantity q = (Quantity) c.normalized();
          return new Q(c.value(), c.subject(), c.attribute(), q.unit(), q.value().toString(), q.qualifier(), q.vague());
        })
        .toList();
    assertThat(actual).containsExactlyElementsOf(expected);
  }

  @ParameterizedTest
  @MethodSource("sentences")
  void everyClaimIsAQuantityWithItsSentence(String sentence, List<Q> expected) {
    for (Claim c : new QuantityExtractor().extract(TestDocs.doc(sentence))) {
      assertThat(c.kind()).isEqualTo(ClaimKind.QUANTITY);
      assertThat(sentence.substring(c.start(), c.end())).isEqualTo(c.value());
      assertThat(c.sentence()).contains(c.value());
    }
  }
}
