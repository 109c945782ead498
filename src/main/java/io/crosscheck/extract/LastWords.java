package io.crosscheck.extract;

import java.util.Locale;

/**
 * The last few whitespace-separated words of a string, as offsets: {@link
 * Tokens#lastWordsAsWritten} without copying the words out, for tests run on every gazetteer hit,
 * weekday and number.
 */
final class LastWords {
  private final String s;
  private final int[] starts;
  private final int[] ends;
  private final int size;

  /** The last {@code n} (or fewer) whitespace-separated words of {@code s}, in order. */
  LastWords(String s, int n) {
    this(s, 0, s.length(), n);
  }

  /**
   * The last {@code n} (or fewer) whitespace-separated words of {@code s} in {@code [from, to)},
   * in order: those of {@code s.substring(from, to)}, at their offsets in {@code s}.
   */
  LastWords(String s, int from, int to, int n) {
    this.s = s;
    starts = new int[n];
    ends = new int[n];
    int count = 0;
    int i = to;
    while (count < n) {
      while (i > from && Character.isWhitespace(s.charAt(i - 1))) {
        i--;
      }
      if (i == from) {
        break;
      }
      int e = i;
      while (i > from && !Character.isWhitespace(s.charAt(i - 1))) {
        i--;
      }
      starts[n - 1 - count] = i;
      ends[n - 1 - count] = e;
      count++;
    }
    size = count;
    // the words are at the end of the arrays: move them to the front
    System.arraycopy(starts, n - count, starts, 0, count);
    System.arraycopy(ends, n - count, ends, 0, count);
  }

  int size() {
    return size;
  }

  /** Word {@code j} as written. */
  String text(int j) {
    return s.substring(starts[j], ends[j]);
  }

  /** Word {@code j} lower-cased (in the root locale). */
  String lower(int j) {
    return text(j).toLowerCase(Locale.ROOT);
  }

  char first(int j) {
    return s.charAt(starts[j]);
  }

  int length(int j) {
    return ends[j] - starts[j];
  }

  /** The offset of word {@code j} in the string. */
  int start(int j) {
    return starts[j];
  }

  /**
   * Whether word {@code j} lower-cased (in the root locale) is {@code lower}, a lower-case ASCII
   * word. Only ASCII letters lower-case to ASCII letters (but the Kelvin sign, to "k"), so an
   * ASCII comparison is exact for a word without "k".
   */
  boolean is(int j, String lower) {
    if (lower.indexOf('k') >= 0) {
      return lower(j).equals(lower);
    }
    if (length(j) != lower.length()) {
      return false;
    }
    for (int k = 0; k < lower.length(); k++) {
      if (WordTable.asciiLower(s.charAt(starts[j] + k)) != lower.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Whether word {@code j} holds the character {@code c}. */
  boolean contains(int j, char c) {
    for (int i = starts[j]; i < ends[j]; i++) {
      if (s.charAt(i) == c) {
        return true;
      }
    }
    return false;
  }

  /** The value of word {@code j} lower-cased (in the root locale) in {@code t}, or null. */
  <V> V lowerIn(int j, WordTable<V> t) {
    return t.getLowerCase(s, starts[j], ends[j]);
  }

  /** Whether word {@code j} lower-cased (in the root locale) is in {@code v}. */
  boolean in(int j, Words.Vocabulary v) {
    return v.containsLowerCase(s, starts[j], ends[j]);
  }
}
