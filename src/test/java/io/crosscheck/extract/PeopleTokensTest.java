package io.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.extract.People.Tokens;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The word classes the name scan looks up where a token stands (in a packed table for short ASCII
 * tokens, a word table for the others) are those of the token's lower-case form in the lists.
 */
class PeopleTokensTest {
  private static final int[] CLASSES = {
    People.OFFICE_WORD, People.OFFICE_LAST_WORD, People.RANK, People.RANK_PREFIX,
    People.SPEECH_VERB, People.FINITE_SPEECH_VERB, People.UNDERSECRETARY
  };

  @Test
  void looksUpTheClassesOfTheLowerCaseForm() {
    List<Document> docs = new ArrayList<>();
    for (String id : List.of("000", "001", "002", "003", "004")) {
      docs.add(TestDocs.fixture(id));
    }
    // long words, capitals, curly apostrophes and words outside ASCII
    docs.add(TestDocs.doc("The Under-Secretary and UNDERSECRETARY-GENERAL Spokeswoman José Núñez SAID "
        + "the minister’s Deputy told reporters; Secretary-General Stoltenberg REITERATED it, "
        + "ministers said, and the Ambassador’s aide Dmitry declared nothing."));
    int checked = 0;
    int inAClass = 0;
    for (Document d : docs) {
      for (Document.Paragraph p : d.paragraphs()) {
        Tokens t = Tokens.of(d.text(), d.chars(), p.start(), p.end());
        for (int i = 0; i < t.size; i++) {
          int expected = People.classes(t.lower(i));
          for (int c : CLASSES) {
            assertThat(t.has(i, c)).as("%s in class %s", t.word(i), c).isEqualTo((expected & c) != 0);
          }
          checked++;
          inAClass += expected != 0 ? 1 : 0;
        }
      }
    }
    assertThat(checked).isGreaterThan(3000);
    assertThat(inAClass).isGreaterThan(100);
  }
}
