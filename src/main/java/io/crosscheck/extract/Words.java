package io.crosscheck.extract;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
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
  /** Per word, its {@link #classes}. */
  private int[] classes;
  /** The words with a character outside ASCII, or null when there are none. */
  private BitSet nonAscii;
  private final int size;

  /*
   * Word classes: what a word may start, so that each scanner walks past the words that cannot
   * start what it looks for without looking them up in its own tables. One lookup per word in one
   * table ({@link Classes}) gives all the classes a word is in.
   */

  /** The word starts with an ASCII digit. */
  static final int DIGIT = 1;
  /** A month or weekday name (in any case), or "on": the words {@link Dates} starts at. */
  static final int DATE = 1 << 1;
  /** A place or organisation alias of {@link Gazetteer#STANDARD} of one word (in any case). */
  static final int GAZETTEER_ALONE = 1 << 2;
  /** The first word of an alias of {@link Gazetteer#STANDARD} of more than one word (in any case). */
  static final int GAZETTEER_FIRST = 1 << 3;
  /** The second word of an alias of {@link Gazetteer#STANDARD} of more than one word (in any case). */
  static final int GAZETTEER_SECOND = 1 << 4;
  /** A word a number written in words or a vague amount starts with ({@link Numbers}). */
  static final int NUMBER = 1 << 5;
  /** An event noun of one word, or "press" or "news" ({@link EventContexts}). */
  static final int EVENT = 1 << 6;
  /** A unit of time ({@link DurationExtractor}). */
  static final int UNIT = 1 << 7;
  /** A word a date shift ("two days earlier", "yesterday") starts with ({@link DateExtractor}). */
  static final int DATE_SHIFT = 1 << 8;
  /** Every class: the classes of a word with a character outside ASCII, which is tested the slow way. */
  private static final int ANY = -1;

  private Words(String text) {
    this.text = text;
    int n = text.length();
    starts = new int[Math.max(16, n / 5)];
    ends = new int[starts.length];
    hashes = new int[starts.length];
    classes = new int[starts.length];
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
        classes = Arrays.copyOf(classes, count * 2);
      }
      starts[count] = i;
      int wordClasses = c >= '0' && c <= '9' ? DIGIT : 0;
      int h = 0;
      char any = 0;
      do {
        h = WordTable.foldedHash(h, c);
        any |= c;
        i++;
      } while (i < n && isLetterOrDigit(c = text.charAt(i)));
      classes[count] = wordClasses;
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
    // in a walk of its own: a lookup per word in the walk above slows it down more than this costs,
    // and so does any test of a word's last letters
    for (int k = 0; k < count; k++) {
      classes[k] |= Classes.of(hashes[k]);
    }
    if (nonAscii != null) {
      for (int k = nonAscii.nextSetBit(0); k >= 0; k = nonAscii.nextSetBit(k + 1)) {
        classes[k] = ANY;
      }
    }
  }

  /**
   * The words of each class, folded to lower case, in one table built when the first document is
   * split. A word is looked up by the high bits of its {@link #mixed} folded hash only, not compared with the
   * words of the table: another word with the same high bits gets their classes too, which costs a
   * scanner a lookup of its own and changes nothing else (each scanner looks the words of its
   * classes up in its own tables), while comparing the characters of every "the", "a" and "of"
   * would cost more than all the scanners' lookups it saves.
   */
  private static final class Classes {
    /** The bits of a slot that hold the classes; the others hold those of the word's folded hash. */
    private static final int CLASS_BITS = 0xFFF;
    /**
     * Pairs of slots; per slot, the high bits of the folded hash of a word and its classes. A word
     * hashes to a pair, and the multiplier pairs are hashed with is chosen so that no more than two
     * words (two high bits) hash to one pair: a word is looked up with two reads next to each
     * other and no branch (a branch taken for a quarter of all words at random costs more).
     */
    private static final int GOLDEN = 0x9E3779B9;
    private static final int[] SLOTS;
    private static final int MULTIPLIER;
    private static final int SHIFT;

    static {
      Map<String, Integer> m = new HashMap<>();
      add(m, DATE, Dates.startWords());
      add(m, GAZETTEER_ALONE, Gazetteer.STANDARD.aliasesOfOneWord());
      add(m, GAZETTEER_FIRST, Gazetteer.STANDARD.firstWordsOfLongerAliases());
      add(m, GAZETTEER_SECOND, Gazetteer.STANDARD.secondWordsOfAliases());
      add(m, NUMBER, Numbers.startWords());
      add(m, EVENT, EventContexts.eventWords());
      add(m, UNIT, DurationExtractor.unitWords());
      add(m, DATE_SHIFT, DateExtractor.shiftWords());
      Map<Integer, Integer> byHigh = new HashMap<>();
      m.forEach((word, classes) -> {
        if ((classes & ~CLASS_BITS) != 0) {
          throw new IllegalStateException("a word class outside the slot's bits");
        }
        int high = mixed(WordTable.foldedHash(word, 0, word.length())) & ~CLASS_BITS;
        byHigh.merge(high, classes, (x, y) -> x | y); // words whose hashes differ only in the low bits share a slot
      });
      int pairs = Integer.highestOneBit(Math.max(2, byHigh.size() * 2)) << 1;
      int multiplier = GOLDEN;
      int[] slots;
      while ((slots = place(byHigh, pairs, multiplier)) == null) {
        multiplier += 2;
        if (multiplier == GOLDEN + 2000) {
          multiplier = GOLDEN;
          pairs *= 2;
        }
      }
      SLOTS = slots;
      MULTIPLIER = multiplier;
      SHIFT = shift(pairs);
    }

    private static int shift(int pairs) {
      return 32 - Integer.numberOfTrailingZeros(pairs);
    }

    /** The slots of the entries with at most two in a pair when hashed with {@code multiplier}, or null. */
    private static int[] place(Map<Integer, Integer> byHigh, int pairs, int multiplier) {
      int[] slots = new int[2 * pairs];
      for (Map.Entry<Integer, Integer> e : byHigh.entrySet()) {
        int slot = (e.getKey() * multiplier) >>> shift(pairs) << 1;
        if (slots[slot] != 0) {
          slot++;
          if (slots[slot] != 0) {
            return null;
          }
        }
        slots[slot] = e.getKey() | e.getValue();
      }
      return slots;
    }

    /**
     * A word's folded hash with each bit mixed into the high ones (a one-to-one map): the folded
     * hashes of short words differ only in their low bits.
     */
    private static int mixed(int h) {
      return h * GOLDEN;
    }

    /**
     * The classes of the words of the table whose {@link #mixed} folded hash is the same as that of
     * {@code h} in all but its lowest bits.
     */
    static int of(int h) {
      int high = mixed(h) & ~CLASS_BITS;
      int slot = (high * MULTIPLIER) >>> SHIFT << 1;
      return classes(SLOTS[slot], high) | classes(SLOTS[slot + 1], high);
    }

    /** The classes of slot {@code e} if its high bits are {@code high}, else none (without a branch). */
    private static int classes(int e, int high) {
      int differ = (e ^ high) & ~CLASS_BITS;
      return e & CLASS_BITS & ~((differ | -differ) >> 31);
    }

    private static void add(Map<String, Integer> m, int wordClass, Collection<String> words) {
      for (String w : words) {
        StringBuilder folded = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
          folded.append(WordTable.asciiLower(w.charAt(i)));
        }
        m.merge(folded.toString(), wordClass, (a, b) -> a | b);
      }
    }
  }

  /** {@link Character#isLetterOrDigit(char)}, with a shortcut for ASCII. */
  static boolean isLetterOrDigit(char c) {
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

  /**
   * The classes word {@code i} may be in ({@link #DIGIT}, {@link #DATE}, ...): a word in ASCII
   * has every class its ASCII-folded form is in (so a word found as written or lower-cased in a
   * scanner's own table has the scanner's class), and rarely another one ({@link Classes}); any
   * other word has all of them. A scanner passes the words without its class and looks the others
   * up as before.
   */
  int classes(int i) {
    return classes[i];
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
    private final Set<String> list;

    Vocabulary(Set<String> words) {
      this.list = Set.copyOf(words);
      Map<String, Boolean> table = new HashMap<>();
      for (String w : words) {
        table.put(w, Boolean.TRUE);
      }
      this.words = new WordTable<>(table);
    }

    /** The words. */
    Set<String> words() {
      return list;
    }

    /** Whether {@code text[start, end)} lower-cased (in the root locale) is one of the words. */
    boolean containsLowerCase(String text, int start, int end) {
      return words.getLowerCase(text, start, end) != null;
    }
  }
}
