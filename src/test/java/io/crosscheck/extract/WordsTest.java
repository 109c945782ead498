package io.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Word classes: a word the scanners look for always has their class, and most other words have none. */
class WordsTest {
  @Test
  void classifiesWordsOfANewsSentence() {
    Words w = Words.of(TestDocs.doc(
        "The alliance met in Geneva on Monday, January 10, for nearly eight hours of talks; two days "
            + "earlier 106,000 troops had gathered and the Organization for Security and Cooperation in Europe said so."));
    assertThat(classesOf(w, "The")).isEqualTo(Words.GAZETTEER_FIRST); // "the alliance"
    assertThat(classesOf(w, "alliance")).isEqualTo(Words.GAZETTEER_SECOND);
    assertThat(classesOf(w, "Geneva")).isEqualTo(Words.GAZETTEER_ALONE);
    assertThat(classesOf(w, "Monday")).isEqualTo(Words.DATE);
    assertThat(classesOf(w, "January")).isEqualTo(Words.DATE);
    assertThat(classesOf(w, "10")).isEqualTo(Words.DIGIT);
    assertThat(classesOf(w, "106")).isEqualTo(Words.DIGIT);
    assertThat(classesOf(w, "eight")).isEqualTo(Words.NUMBER | Words.DATE_SHIFT); // "eight days ago"
    assertThat(classesOf(w, "hours")).isEqualTo(Words.UNIT);
    assertThat(classesOf(w, "talks")).isEqualTo(Words.EVENT);
    assertThat(classesOf(w, "two")).isEqualTo(Words.NUMBER | Words.DATE_SHIFT);
    assertThat(classesOf(w, "days")).isEqualTo(Words.UNIT);
    assertThat(classesOf(w, "Organization")).isEqualTo(Words.GAZETTEER_FIRST);
    assertThat(classesOf(w, "for")).isEqualTo(Words.GAZETTEER_SECOND); // "Organization for Security ..."
    for (String none : List.of("met", "in", "nearly", "earlier", "troops", "had", "gathered", "said", "so")) {
      assertThat(classesOf(w, none)).as(none).isZero();
    }
  }

  @Test
  void givesAWordOutsideAsciiEveryClass() {
    Words w = Words.of(TestDocs.doc("Talks in Zürich on \u212Aelvin Day"));
    assertThat(classesOf(w, "Zürich")).isEqualTo(-1);
    assertThat(classesOf(w, "\u212Aelvin")).isEqualTo(-1);
  }

  /** Every word of the seed articles the scanners' own tables hold has their class. */
  @Test
  void missesNoWordOfTheSeedArticles() {
    Set<String> dates = lower(Dates.startWords());
    Set<String> numbers = lower(Numbers.startWords());
    Set<String> gazetteer = lower(Gazetteer.STANDARD.aliasesOfOneWord());
    int checked = 0;
    for (String id : List.of("000", "001", "002", "003", "004")) {
      Words w = Words.of(TestDocs.fixture(id));
      for (int i = 0; i < w.size(); i++) {
        String lower = w.lower(i);
        int c = w.classes(i);
        check(c, Words.DATE, dates.contains(lower), lower);
        check(c, Words.NUMBER, numbers.contains(lower), lower);
        check(c, Words.GAZETTEER_ALONE, gazetteer.contains(lower), lower);
        check(c, Words.EVENT, EventContexts.eventWords().contains(lower), lower);
        check(c, Words.UNIT, DurationExtractor.unitWords().contains(lower), lower);
        check(c, Words.DATE_SHIFT, DateExtractor.shiftWords().contains(lower), lower);
        check(c, Words.DIGIT, Character.isDigit(w.first(i)), lower);
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(3000);
  }

  private static void check(int classes, int wordClass, boolean in, String word) {
    if (in) {
      assertThat(classes & wordClass).as(word).isNotZero();
    }
  }

  private static Set<String> lower(Set<String> words) {
    return Set.copyOf(words.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList());
  }

  private static int classesOf(Words w, String word) {
    for (int i = 0; i < w.size(); i++) {
      if (w.text(i).equals(word)) {
        return w.classes(i);
      }
    }
    throw new AssertionError("no word " + word);
  }
}
