package io.crosscheck.extract;

import java.util.Arrays;
import java.util.BitSet;
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
  /** Per word, its {@link WordTable#foldedHash}. */
  private int[] hashes;
  /** The words with a character outside ASCII, or null when there are none. */
  private BitSet nonAscii;
  private final int size;

  private Words(String text) {
    this.text = text;
    int n = text.length();
    starts = new int[Math.max(16, n / 5)];
    ends = new int[starts.length];
    hashes = new int[starts.length];
    int count = 0;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (!isLetterOrDigit(c)) {
        i++;
        continue;
      }
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
        ends = Arrays.copyOf(ends, count * 2);
        hashes = Arrays.copyOf(hashes, count * 2);
      }
      starts[count] = i;
      int h = 0;
      char any = 0;
      do {
        h = WordTable.foldedHash(h, c);
        any |= c;
        i++;
      } while (i < n && isLetterOrDigit(c = text.charAt(i)));
      ends[count] = i;
      hashes[count] = h;
      if (any >= 128) {
        if (nonAscii == null) {
          nonAscii = new BitSet();
        }
        nonAscii.set(count);
      }
      count++;
    }
    this.size = count;
  }

  /** {@link Character#isLetterOrDigit(char)}, with a shortcut for ASCII. */
  private static boolean isLetterOrDigit(char c) {
    if (c < 128) {
      char lower = (char) (c | 0x20);
      return lower >= 'a' && lower <= 'z' || c >= '0' && c <= '9';
    }
    return Character.isLetterOrDigit(c);
  }

  /** {@link Character#isUpperCase(char)}, with a shortcut for ASCII (the scanners test every word's first letter). */
  static boolean isUpperCase(char c) {
    return c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
  }

  /** {@link Character#isLowerCase(char)}, with a shortcut for ASCII. */
  static boolean isLowerCase(char c) {
    return c < 128 ? c >= 'a' && c <= 'z' : Character.isLowerCase(c);
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
    return text(i).toLowerCase(Locale.ROOT);
  }

  /** The text the words are in. */
  String source() {
    return text;
  }

  int foldedHash(int i) {
    return hashes[i];
  }

  /** Whether word {@code i} is all ASCII. */
  boolean ascii(int i) {
    return nonAscii == null || !nonAscii.get(i);
  }

  /** Whether word {@code i}, lower-cased, is in {@code v} (without copying it out of the text). */
  boolean in(Vocabulary v, int i) {
    return v.words.getLowerCase(this, i) != null;
  }

  /** A set of lower-case words. */
  static final class Vocabulary {
    private final WordTable<Boolean> words;

    Vocabulary(Set<String> words) {
      Map<String, Boolean> table = new HashMap<>();
      for (String w : words) {
        table.put(w, Boolean.TRUE);
      }
      this.words = new WordTable<>(table);
    }

    /** Whether {@code text[start, end)} lower-cased (in the root locale) is one of the words. */
    boolean containsLowerCase(String text, int start, int end) {
      return words.getLowerCase(text, start, end) != null;
    }
  }
}
