package io.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

  /** The shortcut must agree with ICU's iterator on every paragraph of the seed fixture. */
  @Test
  void agreesWithTheBreakIteratorOnTheSeedArticles() {
    BreakIterator it = BreakIterator.getSentenceInstance(new ULocale("en@ss=standard"));
    for (String prefix : List.of("000", "001", "002", "003", "004")) {
      Document d = TestDocs.fixture(prefix);
      List<String> icu = new ArrayList<>();
      for (Document.Paragraph p : d.paragraphs()) {
        String para = d.text(p);
        it.setText(para);
        for (int s = it.first(), e = it.next(); e != BreakIterator.DONE; s = e, e = it.next()) {
          String sentence = para.substring(s, e).stripTrailing();
          if (!sentence.isEmpty()) {
            icu.add(sentence);
          }
        }
      }
      assertEquals(icu, d.sentences().stream().map(d::text).toList(), prefix);
    }
  }
}
