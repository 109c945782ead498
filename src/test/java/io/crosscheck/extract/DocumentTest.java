package io.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Paragraph and sentence splitting, including the shortcut for paragraphs of one sentence. */
class DocumentTest {
  static Stream<Arguments> paragraphs() {
    return Stream.of(
        Arguments.of("Talks in Geneva lasted nearly eight hours", List.of("Talks in Geneva lasted nearly eight hours")),
        Arguments.of("The talks lasted four hours.", List.of("The talks lasted four hours.")),
        Arguments.of("Mr. Lavrov met Ms. Sherman in Geneva. They talked for hours.",
            List.of("Mr. Lavrov met Ms. Sherman in Geneva.", "They talked for hours.")),
        Arguments.of("Was it productive? Yes!", List.of("Was it productive?", "Yes!")),
        // a full stop before a closing quotation mark written as two apostrophes ends the sentence
        Arguments.of("On it she had scrawled two words : '' It 's over . ''",
            List.of("On it she had scrawled two words : '' It 's over .", "''")),
        Arguments.of("He said: \u201cIt\u2019s over.\u201d", List.of("He said: \u201cIt\u2019s over.\u201d")),
        // an ideographic full stop is a terminator too
        Arguments.of("Talks ended\u3002Delegates left", List.of("Talks ended\u3002", "Delegates left")));
  }

  @ParameterizedTest
  @MethodSource("paragraphs")
  void splitsSentences(String text, List<String> expected) {
    Document d = TestDocs.doc(text);
    assertEquals(expected, d.sentences().stream().map(d::text).toList());
  }

  @Test
  void linesAreParagraphsAndSentencesNeverCrossThem() {
    Document d = TestDocs.doc("Talks began on Monday\n\nThey ended. Nobody spoke\nThen a dinner");
    assertEquals(List.of("Talks began on Monday", "They ended.", "Nobody spoke", "Then a dinner"),
        d.sentences().stream().map(d::text).toList());
    assertEquals(List.of(0, 1, 1, 2), d.sentences().stream().map(Document.Sentence::paragraph).toList());
  }

  /** The shortcuts must agree with ICU's iterator on every paragraph of the seed fixture. */
  @Test
  void agreesWithTheBreakIteratorOnTheSeedArticles() {
    for (String prefix : List.of("000", "001", "002", "003", "004")) {
      Document d = TestDocs.fixture(prefix);
      List<String> icu = new ArrayList<>();
      for (Document.Paragraph p : d.paragraphs()) {
        icu.addAll(icuSentences(d.text(p)));
      }
      assertEquals(icu, d.sentences().stream().map(d::text).toList(), prefix);
    }
  }

  /**
   * Paragraphs where ICU's rules and its abbreviation list decide in ways that are easy to get
   * wrong: listed abbreviations ("Mr.", "Jan.", "Ph.D.") and unlisted ones ("Dr.", "Gen.", "St."),
   * initials, "U.S." before upper and lower case, decimals and numbers after a full stop, times,
   * ellipses, quotes and brackets closing a sentence, "?!", a lower-case word after a question mark,
   * two spaces after an abbreviation, a word ending like an abbreviation ("Russia." like "a.m."),
   * letters outside ASCII, and characters the shortcut leaves to ICU (a soft hyphen, an accent
   * written as a combining mark, a surrogate pair, a terminator directly before a letter).
   */
  static Stream<String> trickyParagraphs() {
    return Stream.of(
        "Mr. Lavrov met Mrs. Clinton and Dr. Ryan in Geneva. Gen. Milley and Sen. Warner were not there.",
        "Prof. J. R. R. Tolkien taught at Oxford. His son Christopher edited the books.",
        "The U.S. delegation arrived on Monday. U.S. officials said the talks were useful.",
        "In the U.S. The talks resumed in Washington, D.C. Officials from the U.K. attended.",
        "He holds a Ph.D. in physics from M.I.T. He joined the firm in Jan. 2020.",
        "Growth slowed to 3.5 percent in the third quarter. Inflation rose to 2.1%. Prices fell 0.4 percent.",
        "The meeting ended at 5 p.m. Delegates left at 6 p.m. on Tuesday.",
        "The talks began at 9 a.m. The ministers spoke for hours.",
        "\"We will not back down,\" he said. \"Never.\"",
        "She asked: \"Is this the end?\" Nobody answered.",
        "\"Really?!\" he shouted. Then he left the room.",
        "The talks (which lasted eight hours.) ended late. Nobody was surprised.",
        "The deal was signed (finally). Both sides welcomed it.",
        "He said it was over... The crowd fell silent.",
        "He said it was over... and then he left.",
        "He paused . . . Then he spoke again.",
        "Wait\u2026 What happened next?",
        "Officials counted 1,200 troops. 5 soldiers were hurt. 300 more were missing.",
        "Section 5. The rules apply to all members.",
        "See p. 12 of the report. It lists the costs.",
        "He moved to St. Petersburg in 1990. He later returned to Moscow.",
        "Lt.Cdr. Smith and Lt. Jones arrived. Capt. Brown followed.",
        "Russia. Ukraine. Belarus. The three neighbours met in Minsk.",
        "The minister said 'no.' The envoy said 'yes.'",
        "The talks ended. \u2018It is over,\u2019 said one diplomat. \u201cWe tried.\u201d",
        "Zelenskyy met Macron in Paris. \u00c9lys\u00e9e officials said the talks went well.",
        "The envoy, Mr.  Smith, spoke first. He was brief.",
        "He wrote to Mr.Smith. The letter arrived late.",
        "They met on Oct. 5. The talks failed. On Sept. 12 they met again.",
        "The bill passed 60 vs. 40. Opponents vowed to fight.",
        "Why? Because the talks failed. why not? nobody knew.",
        "It was No. 1 in the charts. No. 2 was far behind.",
        "He is Joe. Joe is tall. Is it true? Is it.",
        "E.g. the talks. I.e. nothing. Etc. The end.",
        "The U.S.A. Team won. The U.S.C. Trojans lost. The U.N. Security Council met.",
        "The price was $3.50. It rose to $4. Analysts were surprised.",
        "He said: \"It's over\". She disagreed.",
        "The talks ended.\u00a0Delegates left.\tNobody spoke.",
        "Yahoo!News reported the story first. Others followed.",
        "The talks were pro\u00addductive. Both sides agreed.",
        "The caf\u0065\u0301 closed. Talks moved on.",
        "The talks ended \ud83d\ude00. Delegates left.");
  }

  @ParameterizedTest
  @MethodSource("trickyParagraphs")
  void agreesWithTheBreakIteratorOnTrickyParagraphs(String text) {
    Document d = TestDocs.doc(text);
    assertEquals(icuSentences(text), d.sentences().stream().map(d::text).toList());
  }

  /** Common prose with abbreviations, initials, decimals and quotes is split without ICU. */
  @Test
  void splitsCommonProseWithoutTheBreakIterator() {
    for (String text : List.of(
        "Mr. Lavrov met Mrs. Clinton and Dr. Ryan in Geneva. Gen. Milley was not there.",
        "Prof. J. R. R. Tolkien taught at Oxford. He holds a Ph.D. from M.I.T. He joined in Jan. 2020.",
        "Growth slowed to 3.5 percent. \"Really?!\" he said. The talks began at 9 a.m. on Monday.")) {
      List<Document.Sentence> out = new ArrayList<>();
      assertTrue(Document.splitCommon(text.toCharArray(), 0, text.length(), 0, 0, out, new Document.Abbreviations()), text);
      assertEquals(icuSentences(text), out.stream().map(s -> text.substring(s.start(), s.end())).toList());
    }
    List<Document.Sentence> out = new ArrayList<>();
    String leftToIcu = "Yahoo!News reported the story first. Others followed.";
    assertFalse(Document.splitCommon(leftToIcu.toCharArray(), 0, leftToIcu.length(), 0, 0, out, new Document.Abbreviations()));
    assertEquals(List.of(), out);
  }

  /** ICU's sentences of one paragraph, without trailing white space. */
  private static List<String> icuSentences(String para) {
    BreakIterator it = BreakIterator.getSentenceInstance(new ULocale("en@ss=standard"));
    it.setText(para);
    List<String> out = new ArrayList<>();
    for (int s = it.first(), e = it.next(); e != BreakIterator.DONE; s = e, e = it.next()) {
      String sentence = para.substring(s, e).stripTrailing();
      if (!sentence.isEmpty()) {
        out.add(sentence);
      }
    }
    return out;
  }
}
