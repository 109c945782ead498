package io.crosscheck.extract;

import java.util.Locale;
import java.util.Map;

/**
 * A small map from words to values that looks a word up where it stands in a text: {@code
 * get(text, start, end)} is {@code map.get(text.substring(start, end))} and {@code
 * getLowerCase(text, start, end)} is {@code map.get(text.substring(start, end).toLowerCase(Locale.ROOT))},
 * but neither copies the word out of the text (a substring of a text with curly quotes is a UTF-16
 * copy compressed back to Latin-1, and the scanners look up most words of every article).
 *
 * <p>An open-addressing table over the keys' {@link String#hashCode}, which the lookups compute
 * from the text's characters as they read them. Lower-casing character by character matches
 * {@link String#toLowerCase(Locale)} only for ASCII, so a word with any other character is looked
 * up the slow way.
 */
final class WordTable<V> {
  private final String[] keys;
  private final Object[] values;
  private final int mask;

  WordTable(Map<String, V> entries) {
    int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 2 + 1)) << 1;
    keys = new String[capacity];
    values = new Object[capacity];
    mask = capacity - 1;
    entries.forEach((k, v) -> {
      int slot = spread(k.hashCode()) & mask;
      while (keys[slot] != null) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = k;
      values[slot] = v;
    });
  }

  /** The value of the word {@code text[start, end)} as written, or null. */
  V get(String text, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + text.charAt(i);
    }
    return find(h, text, start, end, false);
  }

  /** The value of the word {@code text[start, end)} lower-cased (in the root locale), or null. */
  V getLowerCase(String text, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c >= 128) {
        return get(text.substring(start, end).toLowerCase(Locale.ROOT));
      }
      h = 31 * h + asciiLower(c);
    }
    return find(h, text, start, end, true);
  }

  /** The value of {@code key}, or null. */
  V get(String key) {
    return find(key.hashCode(), key, 0, key.length(), false);
  }

  @SuppressWarnings("unchecked")
  private V find(int hash, String text, int start, int end, boolean lower) {
    int len = end - start;
    for (int slot = spread(hash) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
      String k = keys[slot];
      if (k.length() == len && sameChars(k, text, start, lower)) {
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

  private static char asciiLower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }
}
