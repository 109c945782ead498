package io.crosscheck.extract;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The runs of letters and digits of a document ("Thursday", "s", "106", "000", "NATO", "Russia"),
 * found once per document with a plain character loop. The extractors' scanners walk these
 * instead of trying large regular expressions at every character, and run their anchored
 * patterns only where a word could start a match.
 */
final class Words {
  private final String text;
  private int[] starts;
  private int[] ends;
  private final int size;
  /** Lower-cased words, made on first use: several extractors ask for the same word. */
  private String[] lowers;

  private Words(String text) {
    this.text = text;
    int n = text.length();
    starts = new int[Math.max(16, n / 5)];
    ends = new int[starts.length];
    int count = 0;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        i++;
        continue;
      }
      int s = i;
      while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
        ends = Arrays.copyOf(ends, count * 2);
      }
      starts[count] = s;
      ends[count] = i;
      count++;
    }
    this.size = count;
  }

  static Words of(Document doc) {
    return doc.memo(Words.class, d -> new Words(d.text()));
  }

  int size() {
    return size;
  }

  int start(int i) {
    return starts[i];
  }

  int end(int i) {
    return ends[i];
  }

  int length(int i) {
    return ends[i] - starts[i];
  }

  char first(int i) {
    return text.charAt(starts[i]);
  }

  String text(int i) {
    return text.substring(starts[i], ends[i]);
  }

  String lower(int i) {
    if (lowers == null) {
      lowers = new String[size];
    }
    String l = lowers[i];
    if (l == null) {
      l = text(i).toLowerCase(Locale.ROOT);
      lowers[i] = l;
    }
    return l;
  }

  /** Whether word {@code i}, lower-cased, is in {@code v} (without copying it out of the text). */
  boolean in(Vocabulary v, int i) {
    return v.mightContain(Character.toLowerCase(first(i)), length(i))
        && v.words.getLowerCase(text, starts[i], ends[i]) != null;
  }

  /** A set of lower-case words with a cheap first-letter-and-length filter in front of it. */
  static final class Vocabulary {
    private final WordTable<Boolean> words;
    private final long[] lengthsByLetter = new long[26];

    Vocabulary(Set<String> words) {
      Map<String, Boolean> table = new HashMap<>();
      for (String w : words) {
        table.put(w, Boolean.TRUE);
        char c = w.charAt(0);
        if (c >= 'a' && c <= 'z' && w.length() < 64) {
          lengthsByLetter[c - 'a'] |= 1L << w.length();
        }
      }
      this.words = new WordTable<>(table);
    }

    boolean mightContain(char lowerFirst, int length) {
      return lowerFirst >= 'a' && lowerFirst <= 'z' && length < 64
          && (lengthsByLetter[lowerFirst - 'a'] & (1L << length)) != 0;
    }
  }
}
