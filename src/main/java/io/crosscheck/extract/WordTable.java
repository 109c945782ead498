package io.crosscheck.extract;

import java.util.Locale;
import java.util.Map;

/**
 * A small map from words to values that looks a word up where it stands in a text: {@code get(w,
 * i)} is {@code map.get(w.text(i))} and {@code getLowerCase(w, i)} is {@code
 * map.get(w.text(i).toLowerCase(Locale.ROOT))} for word {@code i} of {@link Words} {@code w}, but
 * neither copies the word out of the text (a substring of a text with curly quotes is a UTF-16
 * copy compressed back to Latin-1, and the scanners look up most words of every article).
 *
 * <p>An open-addressing table hashed by {@link #foldedHash}, the hash of a word with its ASCII
 * letters lower-cased: a word has the same folded hash however it is capitalised, so {@link Words}
 * computes each word's once and every table looks it up with it. Lower-casing character by
 * character matches {@link String#toLowerCase(Locale)} only for ASCII, so {@code getLowerCase}
 * looks a word with any other character up the slow way.
 */
final class WordTable<V> {
  private final String[] keys;
  private final int[] hashes;
  private final Object[] values;
  private final int mask;
  /** {@code 32 - log2(capacity)}: a key's slot is the top bits of its hash times {@link #GOLDEN}. */
  private final int shift;
  /**
   * A filter in front of the table (most words looked up are not in it): bit {@code h & filterMask}
   * is set for the hash {@code h} of each key; 16 bits per slot.
   */
  private final long[] filter;
  private final int filterMask;

  WordTable(Map<String, V> entries) {
    // at most a quarter full: a word not in the table that passes the filter ("The" where "the"
    // is a key) probes until an empty slot
    int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 4)) << 1;
    keys = new String[capacity];
    hashes = new int[capacity];
    values = new Object[capacity];
    mask = capacity - 1;
    shift = 32 - Integer.numberOfTrailingZeros(capacity);
    filter = new long[capacity / 4];
    filterMask = capacity * 16 - 1;
    entries.forEach((k, v) -> {
      int h = foldedHash(k, 0, k.length());
      int bit = h & filterMask;
      filter[bit >>> 6] |= 1L << bit;
      int slot = slot(h);
      while (keys[slot] != null) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = k;
      hashes[slot] = h;
      values[slot] = v;
    });
  }

  /** The hash of {@code text[start, end)} with its ASCII letters lower-cased. */
  static int foldedHash(String text, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = foldedHash(h, text.charAt(i));
    }
    return h;
  }

  /** The folded hash of a word so far ({@code h}) extended by one character. */
  static int foldedHash(int h, char c) {
    return 31 * h + asciiLower(c);
  }

  static char asciiLower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  /** The value of {@code key}, or null. */
  V get(String key) {
    return get(key, 0, key.length());
  }

  /** The value of the word {@code text[start, end)} as written, or null. */
  V get(String text, int start, int end) {
    int h = foldedHash(text, start, end);
    return mightContain(h) ? find(h, text, start, end, false) : null;
  }

  /**
   * The value of {@code text[start, end)} with its ASCII letters lower-cased, or null: the value of
   * its lower-case form when no other character changes in lower case.
   */
  V getAsciiFolded(String text, int start, int end) {
    int h = foldedHash(text, start, end);
    return mightContain(h) ? find(h, text, start, end, true) : null;
  }

  /** The value of word {@code i} of {@code w} as written, or null. */
  V get(Words w, int i) {
    int h = w.foldedHash(i);
    return mightContain(h) ? find(h, w.source(), w.start(i), w.end(i), false) : null;
  }

  /** The value of word {@code i} of {@code w} lower-cased (in the root locale), or null. */
  V getLowerCase(Words w, int i) {
    int h = w.foldedHash(i);
    if (!mightContain(h) && w.ascii(i)) {
      return null; // (a word outside ASCII may lower-case to another hash: "K", the Kelvin sign, to "k")
    }
    return w.ascii(i) ? find(h, w.source(), w.start(i), w.end(i), true) : get(w.text(i).toLowerCase(Locale.ROOT));
  }

  /** The value of {@code text[start, end)} lower-cased (in the root locale), or null. */
  V getLowerCase(String text, int start, int end) {
    int h = 0;
    char any = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      h = foldedHash(h, c);
      any |= c;
    }
    if (any >= 128) {
      return get(text.substring(start, end).toLowerCase(Locale.ROOT));
    }
    return mightContain(h) ? find(h, text, start, end, true) : null;
  }

  private boolean mightContain(int hash) {
    int bit = hash & filterMask;
    return (filter[bit >>> 6] & (1L << bit)) != 0;
  }

  @SuppressWarnings("unchecked")
  private V find(int hash, String text, int start, int end, boolean lower) {
    int len = end - start;
    for (int slot = slot(hash); keys[slot] != null; slot = (slot + 1) & mask) {
      if (hashes[slot] == hash && keys[slot].length() == len && sameChars(keys[slot], text, start, lower)) {
        return (V) values[slot];
      }
    }
    return null;
  }

  private static boolean sameChars(String key, String text, int start, boolean lower) {
    for (int j = 0; j < key.length(); j++) {
      char c = text.charAt(start + j);
      if (key.charAt(j) != (lower ? asciiLower(c) : c)) {
        return false;
      }
    }
    return true;
  }

  /** Fibonacci hashing: the top bits of the product mix all bits of a word hash (its low bits alone cluster). */
  private static final int GOLDEN = 0x9E3779B9;

  private int slot(int h) {
    return (h * GOLDEN) >>> shift;
  }
}
