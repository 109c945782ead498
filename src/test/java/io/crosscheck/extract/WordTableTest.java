package io.crosscheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** In-place word lookups agree with a map lookup of the copied (and lower-cased) word. */
class WordTableTest {
  private static final Map<String, Integer> ENTRIES = Map.of(
      "nato", 1, "Geneva", 2, "monday", 3, "über", 4, "kelvin", 5, "i\u0307stanbul", 6, "lavrov", 7);

  @Test
  void looksUpKeysAsWritten() {
    WordTable<Integer> t = new WordTable<>(ENTRIES);
    assertEquals(2, t.get("Geneva"));
    assertNull(t.get("geneva"));
    assertEquals(1, t.get("nato"));
    assertNull(t.get("NATO"));
    assertEquals(3, t.get("talks on monday.", 9, 15));
    assertNull(t.get("talks on monday.", 9, 14));
    // ASCII folding: "NATO" and "Monday" find their lower-case keys; a key with a capital is never found
    assertEquals(1, t.getAsciiFolded("NATO talks", 0, 4));
    assertEquals(3, t.getAsciiFolded("on Monday", 3, 9));
    assertNull(t.getAsciiFolded("in GENEVA", 3, 9));
  }

  @Test
  void looksUpWordsOfADocumentAsWrittenAndLowerCased() {
    Document d = TestDocs.doc("NATO met in GENEVA and Geneva on Monday; \u00dcber, \u212Aelvin and \u0130stanbul; Lavrov");
    Words w = Words.of(d);
    WordTable<Integer> t = new WordTable<>(ENTRIES);
    Map<String, Integer> lowerHits = new HashMap<>();
    for (int i = 0; i < w.size(); i++) {
      Integer v = t.getLowerCase(w, i);
      if (v != null) {
        lowerHits.put(w.text(i), v);
      }
    }
    // the Kelvin sign lower-cases to an ASCII "k" and the dotted capital I to "i" plus a dot;
    // "Geneva" is a key as written, so no lower-cased word finds it
    assertEquals(Map.of("NATO", 1, "Monday", 3, "\u00dcber", 4, "\u212Aelvin", 5,
        "\u0130stanbul", 6, "Lavrov", 7), lowerHits);
  }

  /** Every word of the seed articles, against a table of some of them in several capitalisations. */
  @Test
  void agreesWithAMapOnTheSeedArticles() {
    Map<String, Integer> entries = new HashMap<>(ENTRIES);
    int n = 100;
    for (String id : List.of("000", "001", "002", "003", "004")) {
      Words w = Words.of(TestDocs.fixture(id));
      for (int i = 0; i < w.size(); i += 7) {
        String word = w.text(i);
        entries.put(word, n++);
        entries.put(word.toLowerCase(Locale.ROOT), n++);
      }
    }
    WordTable<Integer> t = new WordTable<>(entries);
    int checked = 0;
    for (String id : List.of("000", "001", "002", "003", "004")) {
      Words w = Words.of(TestDocs.fixture(id));
      for (int i = 0; i < w.size(); i++) {
        String word = w.text(i);
        assertEquals(entries.get(word), t.get(w, i), word);
        assertEquals(entries.get(word.toLowerCase(Locale.ROOT)), t.getLowerCase(w, i), word);
        checked++;
      }
    }
    assertEquals(true, checked > 3000, "words checked: " + checked);
  }
}
