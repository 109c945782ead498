package io.crosscheck.extract;

import java.util.Locale;

/**
 * The last few whitespace-separated words of a string, as offsets: {@link
 * Tokens#lastWordsAsWritten} without copying the words out, for tests run on every gazetteer hit,
 * weekday and number.
 */
final class LastWords {
  private final String s;
  /** The words' starts and ends, from the last word back: word {@code j} is at {@link #at}. */
  private final int[] bounds;
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
    bounds = new int[2 * n];
    int count = 0;
    int i = to;
    while (count < n) {
      i = Tokens.runStart(s, from, i, true);
      if (i == from) {
        break;
      }
      int e = i;
      i = Tokens.runStart(s, from, i, false);
      bounds[2 * count] = i;
      bounds[2 * count + 1] = e;
      count++;
    }
    size = count;
  }

  /** Where word {@code j}'s start is in {@link #bounds} (its end is next). */
  private int at(int j) {
    return 2 * (size - 1 - j);
  }

  int size() {
    return size;
  }

  /** Word {@code j} as written. */
  String text(int j) {
    return s.substring(start(j), end(j));
  }

  /** Word {@code j} lower-cased (in the root locale). */
  String lower(int j) {
    return text(j).toLowerCase(Locale.ROOT);
  }

  char first(int j) {
    return s.charAt(start(j));
  }

  int length(int j) {
    return end(j) - start(j);
  }

  /** The offset of word {@code j} in the string. */
  int start(int j) {
    return bounds[at(j)];
  }

  /** The offset after word {@code j} in the string. */
  int end(int j) {
    return bounds[at(j) + 1];
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
      if (WordTable.asciiLower(s.charAt(start(j) + k)) != lower.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Whether word {@code j} holds the character {@code c}. */
  boolean contains(int j, char c) {
    for (int i = start(j), e = end(j); i < e; i++) {
      if (s.charAt(i) == c) {
        return true;
      }
    }
    return false;
  }

  /** The value of word {@code j} lower-cased (in the root locale) in {@code t}, or null. */
  <V> V lowerIn(int j, WordTable<V> t) {
    return t.getLowerCase(s, start(j), end(j));
  }

  /** Whether word {@code j} lower-cased (in the root locale) is in {@code v}. */
  boolean in(int j, Words.Vocabulary v) {
    return v.containsLowerCase(s, start(j), end(j));
  }
}
