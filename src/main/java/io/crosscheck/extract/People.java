package io.crosscheck.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The people a document names, for the title and quote extractors: words cut into tokens, person
 * names recognised by their evidence (a known given name, an honorific, a title before them, a
 * speech verb next to them, or a surname already given in full), and their gender as far as the
 * given name, honorific or title tells it.
 *
 * <p>Word lists live in {@code src/main/resources/lexicon/}: {@code first-names.txt} (given names
 * and gender), {@code title-offices.txt} (offices) and {@code title-orgs.txt} (countries,
 * adjectives of countries and organisations).
 */
final class People {

  /** A person's gender as far as the text tells it. */
  enum Gender {
    MALE,
    FEMALE,
    UNKNOWN;

    /** True when a pronoun of gender {@code pronoun} can refer to a person of this gender. */
    boolean fits(Gender pronoun) {
      return this == UNKNOWN || pronoun == UNKNOWN || this == pronoun;
    }
  }

  /**
   * One mention of a person.
   *
   * @param start text offset of the name (after any honorific)
   * @param end text offset after the name (before any possessive)
   * @param name the name as written, without honorific or possessive ("Sergei Lavrov", "Lavrov")
   * @param surname the last word of the name
   * @param gender what the given name, honorific or title says
   * @param quoted true inside quotation marks
   * @param paragraph the paragraph index
   */
  record Mention(int start, int end, String name, String surname, Gender gender, boolean quoted, int paragraph) {
    boolean full() {
      return name.indexOf(' ') > 0;
    }
  }

  /**
   * A run of name words: tokens {@code [from, to)}; the name is {@code [nameStart, nameEnd)}, from
   * token {@code first} (after any honorific).
   */
  record NameRun(int from, int to, int first, int nameStart, int nameEnd, int words, boolean honorific, Gender gender) {}

  // ---------------------------------------------------------------------------------------------
  // Word lists

  static final Map<String, Gender> FIRST_NAMES = new HashMap<>();
  /** Offices by first word, longest first. */
  static final Map<String, List<String[]>> OFFICES = new HashMap<>();
  static final Map<String, Gender> OFFICE_GENDER = new HashMap<>();
  /** Every word of an office, and the rank words: never part of a person's name. */
  static final Set<String> OFFICE_WORDS = new HashSet<>();
  /** Last words of offices: a name right after one of these has a title before it. */
  static final Set<String> OFFICE_LAST_WORDS = new HashSet<>();
  /** Countries, country adjectives and organisations by first word, longest first (case as written). */
  static final Map<String, List<String[]>> ORGS = new HashMap<>();

  static final Set<String> RANKS = words("deputy", "vice", "assistant", "under", "associate");
  static final Set<String> RANK_PREFIXES = words("first", "principal", "senior");

  /** Capitalised words that start no name. */
  static final Set<String> NOT_NAMES =
      words(
          "The", "A", "An", "In", "On", "At", "By", "For", "From", "To", "Of", "With", "As", "But", "And", "Or", "If",
          "When", "While", "After", "Before", "Since", "Still", "Yet", "So", "It", "He", "She", "They", "We", "I",
          "You", "This", "That", "These", "Those", "There", "Here", "His", "Her", "Their", "Our", "Its", "My", "Your",
          "Who", "What", "Which", "Where", "Why", "How", "One", "Some", "No", "Not", "All", "Both", "Each", "Every",
          "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
          "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
          "Mr", "Mrs", "Ms", "Dr", "However", "Meanwhile", "Also", "Last", "Next", "Earlier", "Later", "Today",
          "Yesterday", "Tomorrow");

  /** Organisation head nouns: a capitalised run ending in one is an organisation, never a person. */
  static final Set<String> ORG_HEADS =
      words(
          "Ministry", "Department", "Agency", "Office", "Council", "Commission", "Committee", "Government",
          "Administration", "Embassy", "Parliament", "Senate", "Congress", "Bank", "Fund", "Union", "Organization",
          "Organisation", "Alliance", "Service", "Services", "House", "Court", "Party", "Army", "Forces",
          "News", "Times", "Post", "Journal", "Institute", "University", "Center", "Centre", "Foundation");

  static final Map<String, Gender> HONORIFICS =
      Map.of(
          "mr", Gender.MALE, "mrs", Gender.FEMALE, "ms", Gender.FEMALE, "miss", Gender.FEMALE,
          "dr", Gender.UNKNOWN, "prof", Gender.UNKNOWN, "sir", Gender.MALE);

  static final Set<String> NAME_PARTICLES = words("de", "van", "von", "der", "den", "da", "di", "bin", "ibn", "al", "la", "le");

  /** Verbs that attribute words to a speaker. */
  static final Set<String> SPEECH_VERBS =
      words(
          "said", "says", "say", "told", "tells", "noted", "notes", "added", "adds", "adding", "warned", "warns",
          "warning", "stated", "explained", "explains", "insisted", "insists", "argued", "argues", "replied",
          "replies", "responded", "asked", "asks", "wrote", "writes", "tweeted", "declared", "declares", "suggested",
          "suggests", "reiterated", "reiterates", "saying", "countered", "counters", "called", "calls", "described",
          "describes", "acknowledged", "conceded", "announced", "announces", "claimed", "claims", "accused",
          "accuses", "continued", "urged", "urges", "stressed", "stresses", "emphasized", "emphasised", "maintained",
          "admitted", "remarked", "recalled", "observed", "predicted", "cautioned", "concluded", "asserted",
          "asserts", "pledged", "vowed", "complained", "lamented", "underscored", "agreed", "confirmed", "denied");

  /** Speech verbs that have a subject of their own (an organisation may be that subject). */
  static final Set<String> FINITE_SPEECH_VERBS =
      words(
          "said", "says", "say", "told", "tells", "noted", "notes", "added", "adds", "warned", "warns", "stated",
          "accused", "accuses", "claimed", "claims", "called", "calls", "announced", "announces", "declared",
          "declares", "insisted", "insists", "argued", "argues", "replied", "responded", "suggested", "suggests",
          "reiterated", "described", "describes", "confirmed", "denied", "urged", "urges");

  static {
    for (String line : lines("lexicon/first-names.txt")) {
      String[] f = line.split("\\s+");
      FIRST_NAMES.put(f[0], f.length > 1 ? gender(f[1]) : Gender.UNKNOWN);
    }
    for (String line : lines("lexicon/title-offices.txt")) {
      String[] f = line.split("\\s+");
      Gender g = Gender.UNKNOWN;
      int n = f.length;
      if (n > 1 && (f[n - 1].equals("m") || f[n - 1].equals("f"))) {
        g = gender(f[n - 1]);
        n--;
      }
      String[] words = Arrays.copyOf(f, n);
      OFFICES.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
      OFFICE_WORDS.addAll(Arrays.asList(words));
      OFFICE_LAST_WORDS.add(words[n - 1]);
      if (g != Gender.UNKNOWN) {
        OFFICE_GENDER.put(String.join(" ", words), g);
      }
    }
    OFFICE_WORDS.remove("of");
    OFFICE_WORDS.addAll(Set.of("undersecretary", "former", "acting"));
    OFFICE_WORDS.addAll(RANKS);
    for (String line : lines("lexicon/title-orgs.txt")) {
      String[] words = line.split("\\s+");
      ORGS.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
    }
    for (List<String[]> l : OFFICES.values()) {
      l.sort((a, b) -> b.length - a.length);
    }
    for (List<String[]> l : ORGS.values()) {
      l.sort((a, b) -> b.length - a.length);
    }
  }

  // Word classes: which of the lists above a token's lower-case form is in, as bits, so that a
  // token is looked up once (Tokens.has) rather than once per list by every scanner.
  static final int OFFICE_WORD = 1;
  static final int OFFICE_LAST_WORD = 1 << 1;
  static final int RANK = 1 << 2;
  static final int RANK_PREFIX = 1 << 3;
  static final int HONORIFIC = 1 << 4;
  static final int SPEECH_VERB = 1 << 5;
  static final int FINITE_SPEECH_VERB = 1 << 6;
  /** The first word of an office (a key of {@link #OFFICES}). */
  private static final int OFFICE_START = 1 << 7;
  // Lists of words as written, where case matters: a token's lower-case form is in the class when
  // the token as written may be in the list (see mayBe).
  /** A key of {@link #ORGS} in lower case. */
  private static final int ORG_START = 1 << 8;
  /** One of {@link #NOT_NAMES} in lower case. */
  private static final int NOT_NAME = 1 << 9;
  /** One of {@link #ORG_HEADS} in lower case. */
  private static final int ORG_HEAD = 1 << 10;
  /** "undersecretary" or "under-secretary": "under" and the office "secretary". */
  static final int UNDERSECRETARY = 1 << 12;
  /** A key of {@link #FIRST_NAMES}; its gender is {@link #MALE_NAME}, {@link #FEMALE_NAME} or neither. */
  private static final int FIRST_NAME = 1 << 16;
  private static final int MALE_NAME = 1 << 17;
  private static final int FEMALE_NAME = 1 << 18;
  // Not word classes: what a token is like.
  /** The token starts with a capital. */
  private static final int CAPITALISED = 1 << 11;
  /** Every character of the token is {@link Tokens#simple}. */
  private static final int SIMPLE = 1 << 13;
  /**
   * {@link #SIMPLE}, without a curly apostrophe: the token's lower-case form is the token with its
   * ASCII letters lower-cased.
   */
  private static final int FOLDABLE = 1 << 19;
  /** The token holds a hyphen. */
  private static final int HYPHEN = 1 << 20;
  /** {@link Tokens#isPossessive}. */
  private static final int POSSESSIVE = 1 << 14;
  /** Starts with "vice-" or "deputy-" (in lower case): a rank joined to an office ("vice-president"). */
  static final int HYPHENATED_RANK = 1 << 15;
  /**
   * The tokens one of which every title phrase holds: the first word of its office (as written,
   * after "under" or after "vice-"), or the rank "deputy" of "Blinken's deputy".
   */
  static final int OFFICE_HEAD = OFFICE_START | RANK | UNDERSECRETARY | HYPHENATED_RANK;
  /**
   * The classes read only of tokens that start with a capital (name words, honorifics, the start
   * of an organisation: {@link #findNameWord}, {@link #findName} and {@link #orgEnd} ask no other
   * token): a token without a capital is not looked up for them, and the commonest words ("the",
   * "in", "and": {@link #NOT_NAMES}) are in no other class.
   */
  private static final int CAPITALISED_CLASSES =
      ORG_START | NOT_NAME | ORG_HEAD | FIRST_NAME | MALE_NAME | FEMALE_NAME | HONORIFIC;

  private static final Map<String, Integer> CLASSES = new HashMap<>();

  static {
    addClass(OFFICE_WORD, OFFICE_WORDS);
    addClass(OFFICE_LAST_WORD, OFFICE_LAST_WORDS);
    addClass(RANK, RANKS);
    addClass(RANK_PREFIX, RANK_PREFIXES);
    addClass(HONORIFIC, HONORIFICS.keySet());
    addClass(SPEECH_VERB, SPEECH_VERBS);
    addClass(FINITE_SPEECH_VERB, FINITE_SPEECH_VERBS);
    addClass(OFFICE_START, OFFICES.keySet());
    addClass(UNDERSECRETARY, Set.of("undersecretary", "under-secretary"));
    FIRST_NAMES.forEach((name, g) -> CLASSES.merge(name, FIRST_NAME | nameGender(g), (a, b) -> a | b));
    addClassAsWritten(ORG_START, ORGS.keySet());
    addClassAsWritten(NOT_NAME, NOT_NAMES);
    addClassAsWritten(ORG_HEAD, ORG_HEADS);
  }

  private static int nameGender(Gender g) {
    return switch (g) {
      case MALE -> MALE_NAME;
      case FEMALE -> FEMALE_NAME;
      case UNKNOWN -> 0;
    };
  }

  /** The gender {@link #FIRST_NAMES} gives token i, or null when it is no given name there. */
  private static Gender firstName(Tokens t, int i) {
    if (!t.has(i, FIRST_NAME)) {
      return null;
    }
    return t.has(i, MALE_NAME) ? Gender.MALE : t.has(i, FEMALE_NAME) ? Gender.FEMALE : Gender.UNKNOWN;
  }

  /** Puts words compared with a token's lower-case form in a class. */
  private static void addClass(int bit, Set<String> words) {
    for (String w : words) {
      CLASSES.merge(w, bit, (a, b) -> a | b);
    }
  }

  /** Puts words compared with a token as written in a class, by the lower-case form {@link Tokens} makes. */
  private static void addClassAsWritten(int bit, Set<String> words) {
    for (String w : words) {
      CLASSES.merge(Tokens.lowerCase(w), bit, (a, b) -> a | b);
    }
  }

  /** {@link #CLASSES}, for {@link Tokens} to look a capitalised {@link #FOLDABLE} token up in place. */
  private static final ClassTable CLASS_TABLE = new ClassTable(-1);
  /** {@link #CLASSES} without {@link #CAPITALISED_CLASSES}, for the other {@link #FOLDABLE} tokens. */
  private static final ClassTable LOWER_CLASS_TABLE = new ClassTable(~CAPITALISED_CLASSES);
  /**
   * True when some key of {@link #CLASSES} holds an apostrophe: only then can a token with a curly
   * one, straightened in its lower-case form, be in a class.
   */
  private static final boolean APOSTROPHE_KEYS = CLASSES.keySet().stream().anyMatch(w -> w.indexOf('\'') >= 0);

  /**
   * The keys of {@link #CLASSES} in some of the classes, looked up where a {@link #FOLDABLE} token
   * stands in the text with its ASCII letters folded. A key with a capital, which no token's
   * lower-case form matches, is left out.
   *
   * <p>Most tokens are in no class, and hashing every character of each costs more than the rest
   * of the lookup: a token whose first and last characters and length (its {@link #signature})
   * are those of no key is not hashed.
   */
  private static final class ClassTable {
    private final WordTable<Integer> words;
    /** The signatures of the keys, as bits. */
    private final long[] signatures = new long[(1 << 14) / 64];
    /**
     * The ASCII keys of up to {@link #PACKED} characters, {@link #pack packed} into a long (0 for an
     * empty slot), by open addressing at most a quarter full; their classes in {@link
     * #packedClasses}. A short ASCII token is looked up here: one long compared, not its
     * characters one by one in a key found by pointers.
     */
    private final long[] packedKeys;
    private final int[] packedClasses;
    /** {@code 64 - log2(capacity)} of {@link #packedKeys}. */
    private final int packedShift;

    /** The keys in one of the classes {@code mask}, with only those classes. */
    ClassTable(int mask) {
      Map<String, Integer> table = new HashMap<>();
      CLASSES.forEach((w, c) -> {
        if ((c & mask) != 0 && w.chars().noneMatch(Character::isUpperCase)) {
          table.put(w, c & mask);
          int sig = signature(w, 0, w.length());
          signatures[sig >>> 6] |= 1L << sig;
        }
      });
      words = new WordTable<>(table);
      int capacity = Integer.highestOneBit(Math.max(4, table.size() * 4)) << 1;
      packedKeys = new long[capacity];
      packedClasses = new int[capacity];
      packedShift = 64 - Integer.numberOfTrailingZeros(capacity);
      table.forEach((w, c) -> {
        long key = pack(w.toCharArray(), 0, w.length());
        if (key != 0) {
          int slot = packedSlot(key);
          while (packedKeys[slot] != 0) {
            slot = (slot + 1) & (capacity - 1);
          }
          packedKeys[slot] = key;
          packedClasses[slot] = c;
        }
      });
    }

    /** The most characters of a packed key: seven bits each. */
    private static final int PACKED = 9;

    /**
     * The ASCII characters {@code chars[from, to)}, letters lower-cased, seven bits each (the
     * first highest); 0 when there are more than {@link #PACKED} or one is not ASCII. Distinct
     * words pack to distinct longs: no character is 0.
     */
    private static long pack(char[] chars, int from, int to) {
      if (to - from > PACKED) {
        return 0;
      }
      long key = 0;
      for (int k = from; k < to; k++) {
        char c = chars[k];
        if (c >= 128) {
          return 0;
        }
        key = key << 7 | WordTable.asciiLower(c);
      }
      return key;
    }

    private int packedSlot(long key) {
      return (int) ((key * 0x9E3779B97F4A7C15L) >>> packedShift);
    }

    /**
     * Five bits of the first and of the last character with ASCII letters folded, and four of the
     * length, of {@code text[from, to)}: equal for a key and a token that is the key folded.
     */
    private static int signature(String text, int from, int to) {
      int first = WordTable.asciiLower(text.charAt(from)) & 31;
      int last = WordTable.asciiLower(text.charAt(to - 1)) & 31;
      return first << 9 | last << 4 | ((to - from) & 15);
    }

    /**
     * The classes of {@code text[from, to)} with its ASCII letters folded (a {@link #FOLDABLE}
     * token); {@code chars} holds the text's characters.
     */
    int classes(String text, char[] chars, int from, int to) {
      int sig = signature(text, from, to);
      if ((signatures[sig >>> 6] & (1L << sig)) == 0) {
        return 0;
      }
      long key = pack(chars, from, to);
      if (key != 0) { // no other key can be the folded token
        for (int slot = packedSlot(key); packedKeys[slot] != 0; slot = (slot + 1) & (packedKeys.length - 1)) {
          if (packedKeys[slot] == key) {
            return packedClasses[slot];
          }
        }
        return 0;
      }
      Integer c = words.getAsciiFolded(text, from, to);
      return c == null ? 0 : c;
    }
  }

  /** {@link #ORGS}, to look a token up as written where it stands in the text, without a copy of it. */
  private static final WordTable<List<String[]>> ORG_TABLE = new WordTable<>(ORGS);
  /**
   * {@link #NOT_NAMES} ({@link #NOT_NAME}) and {@link #ORG_HEADS} ({@link #ORG_HEAD}), to look a
   * token up as written where it stands in the text.
   */
  private static final WordTable<Integer> AS_WRITTEN;

  static {
    Map<String, Integer> asWritten = new HashMap<>();
    NOT_NAMES.forEach(w -> asWritten.merge(w, NOT_NAME, (a, b) -> a | b));
    ORG_HEADS.forEach(w -> asWritten.merge(w, ORG_HEAD, (a, b) -> a | b));
    AS_WRITTEN = new WordTable<>(asWritten);
  }

  /**
   * True when each word of {@link #AS_WRITTEN} is ASCII, a capital then lower-case letters ("The",
   * "Ministry"): a word in one of its classes in lower case is then in its list as written exactly
   * when it is written so.
   */
  private static final boolean AS_WRITTEN_CAPITALISED =
      Stream.concat(NOT_NAMES.stream(), ORG_HEADS.stream())
          .allMatch(w -> !w.isEmpty() && w.charAt(0) >= 'A' && w.charAt(0) <= 'Z'
              && w.chars().skip(1).allMatch(c -> c >= 'a' && c <= 'z'));

  /** The word classes of a lower-case word. */
  static int classes(String lower) {
    Integer c = CLASSES.get(lower);
    return c == null ? 0 : c;
  }

  /** A fixed set of words (a hash set: looked up for every token). */
  static Set<String> words(String... words) {
    return Collections.unmodifiableSet(new HashSet<>(Arrays.asList(words)));
  }

  private static Gender gender(String code) {
    return switch (code) {
      case "m" -> Gender.MALE;
      case "f" -> Gender.FEMALE;
      default -> Gender.UNKNOWN;
    };
  }

  private static List<String> lines(String resource) {
    List<String> out = new ArrayList<>();
    try (InputStream in = People.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String s = line.strip();
        if (!s.isEmpty() && !s.startsWith("#")) {
          out.add(s);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // Tokens

  /**
   * A paragraph cut into words and single punctuation marks, with text offsets.
   *
   * <p>A token's word classes are looked up where it stands in the text, and its {@link #word} and
   * {@link #lower} strings are made only when asked for (most tokens are never asked): a paragraph
   * is cut up for every document, and most of its tokens only ever have their classes read.
   * Shared by the extractors of one document, which run one after another; filling the string
   * caches races harmlessly anyway (the strings are equal).
   */
  static final class Tokens {
    final String text;
    /** The characters of {@link #text} (at least up to the paragraph's end), read faster than the string's. */
    private final char[] chars;
    final int size;
    final int[] start;
    final int[] end;
    /** {@link #word}, once made. */
    private final String[] word;
    /** {@link #lower}, once made. */
    private final String[] lower;
    /**
     * The word classes ({@link People#OFFICE_WORD}...) of each token's lower-case form, and the
     * token bits {@link #CAPITALISED}, {@link #SIMPLE}, {@link #FOLDABLE}, {@link #HYPHEN} and {@link
     * #POSSESSIVE}.
     */
    private final int[] classes;
    /** Words of four letters or more, and how many of them start with a capital. */
    final int longWords;
    final int longCapitalised;
    /** The last token that may head an office ({@link People#OFFICE_HEAD}), or -1. */
    final int lastOfficeHead;
    /** {@link People#isNameWord} of each token, worked out once: every scanner asks it. */
    private final boolean[] nameWord;
    /**
     * {@link People#nameAt} of each token, once asked for ({@link People#NO_NAME} where no name
     * starts): the scanners ask it of the first word of a run and of few other tokens, so it is
     * not worked out for every capitalised word.
     */
    private final NameRun[] names;

    /** {@code shape} holds the token bits {@link #CAPITALISED}, {@link #SIMPLE}, {@link #FOLDABLE} and {@link #HYPHEN}. */
    private Tokens(String text, char[] chars, int[] start, int[] end, int[] shape, int size) {
      this.text = text;
      this.chars = chars;
      this.size = size;
      this.start = start;
      this.end = end;
      this.word = new String[size];
      this.lower = new String[size];
      this.classes = shape; // the token bits, for lower() and possessive() to read; classes are added
      int longs = 0;
      int caps = 0;
      int lastHead = -1;
      this.nameWord = new boolean[size];
      for (int i = 0; i < size; i++) {
        int s = start[i];
        int e = end[i];
        int c = classes[i] | classesOf(i, s, e);
        if (possessive(i)) {
          c |= POSSESSIVE;
        }
        if ((c & HYPHEN) != 0 && (lowerStartsWith(i, "vice-") || lowerStartsWith(i, "deputy-"))) {
          c |= HYPHENATED_RANK;
        }
        classes[i] = c;
        if ((c & CAPITALISED) != 0) {
          nameWord[i] = findNameWord(this, i); // which reads only this token's classes
        }
        if ((c & OFFICE_HEAD) != 0) {
          lastHead = i;
        }
        if (e - s >= 4 && Character.isLetter(chars[s])) {
          longs++;
          if ((c & CAPITALISED) != 0) {
            caps++;
          }
        }
      }
      this.longWords = longs;
      this.longCapitalised = caps;
      this.lastOfficeHead = lastHead;
      this.names = new NameRun[size];
    }

    /**
     * The word classes of the lower-case form of {@code text[from, to)}, token i or the start of
     * it: looked up in place when the region is {@link #FOLDABLE}; without {@link
     * #CAPITALISED_CLASSES} for a token without a capital.
     */
    private int classesOf(int i, int from, int to) {
      boolean capitalised = (classes[i] & CAPITALISED) != 0;
      int shape = to == end[i] ? classes[i] : shape(text, from, to);
      if ((shape & FOLDABLE) != 0) {
        return (capitalised ? CLASS_TABLE : LOWER_CLASS_TABLE).classes(text, chars, from, to);
      }
      if ((shape & SIMPLE) != 0 && !APOSTROPHE_KEYS) {
        return 0; // a curly apostrophe, straight in the lower-case form, which no key holds
      }
      String l = lower(i);
      int c = People.classes(l.substring(0, l.length() - (end[i] - to)));
      return capitalised ? c : c & ~CAPITALISED_CLASSES;
    }

    /** {@link #SIMPLE} and {@link #FOLDABLE} for a character. */
    private static int shape(char c) {
      if (c < 128) {
        return SIMPLE | FOLDABLE;
      }
      return c == '’' ? SIMPLE : simple(c) ? SIMPLE | FOLDABLE : 0;
    }

    /** {@link #SIMPLE} and {@link #FOLDABLE} for the characters {@code text[from, to)}. */
    private static int shape(String text, int from, int to) {
      int shape = SIMPLE | FOLDABLE;
      for (int k = from; k < to; k++) {
        char c = text.charAt(k);
        if (c >= 128) {
          shape &= shape(c);
        }
      }
      return shape;
    }

    /** The word classes of token i's lower-case form without its possessive ending. */
    private int bareClasses(int i) {
      return classesOf(i, start[i], end[i] - 2);
    }

    /** Lower case, curly apostrophes straightened; a word without capitals or curly apostrophes as it is. */
    static String lowerCase(String w) {
      return plainLower(w) ? w : w.toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    private static boolean plainLower(String w) {
      for (int k = 0; k < w.length(); k++) {
        char c = w.charAt(k);
        if (Character.isUpperCase(c) || c == '’') {
          return false;
        }
      }
      return true;
    }

    /**
     * True for a character that {@link #lowerCase} lower-cases on its own, as {@link
     * #lowerCharAt} does: ASCII, the curly apostrophe, and characters without case (lower-case
     * letters and punctuation). Others (capitals outside ASCII, symbols with case, "İ" that
     * becomes two characters) leave a token to the String methods.
     */
    private static boolean simple(char c) {
      if (c < 128 || c == '’') {
        return true;
      }
      return switch (Character.getType(c)) {
        case Character.LOWERCASE_LETTER,
            Character.DASH_PUNCTUATION,
            Character.START_PUNCTUATION,
            Character.END_PUNCTUATION,
            Character.INITIAL_QUOTE_PUNCTUATION,
            Character.FINAL_QUOTE_PUNCTUATION,
            Character.OTHER_PUNCTUATION -> true;
        default -> false;
      };
    }

    /**
     * Character k of a {@link #SIMPLE} token as in its lower-case form: ASCII lower-cased, a curly
     * apostrophe straightened, any other character as it is (what {@link #lowerCase} does to
     * these characters).
     */
    private char lowerCharAt(int k) {
      char c = chars[k];
      return c == '’' ? '\'' : WordTable.asciiLower(c);
    }

    /**
     * Words (letters and digits, joined by inner hyphens and apostrophes: "Russia’s",
     * "Thomas-Greenfield"), dotted acronyms ("U.S."), and every other non-space character alone;
     * each token's shape ({@link #CAPITALISED}, {@link #SIMPLE}, {@link #FOLDABLE}, {@link
     * #HYPHEN}) is read in the same pass over its characters. {@code chars} holds the characters
     * of {@code text} (at least up to {@code to}): the loop reads an array faster than a string of
     * two-byte characters, which a text with curly quotes is.
     */
    static Tokens of(String text, char[] chars, int from, int to) {
      int[] s = new int[Math.max(16, (to - from) / 4)];
      int[] e = new int[s.length];
      int[] shapes = new int[s.length];
      int n = 0;
      int i = from;
      while (i < to) {
        char c = chars[i];
        if (whitespace(c)) {
          i++;
          continue;
        }
        int j = i + 1;
        int shape = shape(c) | (upperCase(c) ? CAPITALISED : 0);
        if (letterOrDigit(c)) {
          int a = i;
          while (a + 1 < to && chars[a + 1] == '.' && upperCase(chars[a])) {
            a += 2;
          }
          if (a - i >= 4) {
            j = a; // U.S.
            shape &= shape(text, i, j) | ~(SIMPLE | FOLDABLE);
          } else {
            while (j < to) {
              char d = chars[j];
              if (letterOrDigit(d)) {
                j++;
              } else if ((d == '-' || d == '\'' || d == '’') && j + 1 < to && letterOrDigit(chars[j + 1])) {
                if (d == '-') {
                  shape |= HYPHEN;
                } else if (d == '’') {
                  shape &= ~FOLDABLE;
                }
                d = chars[j + 1];
                j += 2;
              } else {
                break;
              }
              if (d >= 128) {
                shape &= shape(d) | ~(SIMPLE | FOLDABLE);
              }
            }
          }
        }
        if (n == s.length) {
          s = Arrays.copyOf(s, n * 2);
          e = Arrays.copyOf(e, n * 2);
          shapes = Arrays.copyOf(shapes, n * 2);
        }
        s[n] = i;
        e[n] = j;
        shapes[n] = shape;
        n++;
        i = j;
      }
      return new Tokens(text, chars, s, e, shapes, n);
    }

    /** {@link Character#isLetterOrDigit}, ASCII answered without the character tables. */
    private static boolean letterOrDigit(char c) {
      if (c < 128) {
        int folded = c | 0x20;
        return (folded >= 'a' && folded <= 'z') || (c >= '0' && c <= '9');
      }
      return Character.isLetterOrDigit(c);
    }

    /** {@link Character#isUpperCase}, ASCII answered without the character tables. */
    private static boolean upperCase(char c) {
      return c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
    }

    /** {@link Character#isWhitespace}, printable ASCII answered without the character tables. */
    private static boolean whitespace(char c) {
      return c == ' ' || ((c < ' ' || c >= 128) && Character.isWhitespace(c));
    }

    /** Token i in lower case, curly apostrophes straightened ({@link #lowerCase}); "" outside the paragraph. */
    String lower(int i) {
      if (i < 0 || i >= size) {
        return "";
      }
      String l = lower[i];
      if (l == null) {
        l = lowerCase(word(i));
        lower[i] = l;
      }
      return l;
    }

    /** True when token i in lower case ({@link #lower}) is {@code w}. */
    boolean lowerIs(int i, String w) {
      if (i < 0 || i >= size || (classes[i] & SIMPLE) == 0) {
        return lower(i).equals(w);
      }
      return end[i] - start[i] == w.length() && lowerStartsWith(i, w);
    }

    /** True when token i in lower case ({@link #lower}) starts with {@code prefix}. */
    boolean lowerStartsWith(int i, String prefix) {
      if (i < 0 || i >= size || (classes[i] & SIMPLE) == 0) {
        return lower(i).startsWith(prefix);
      }
      int s = start[i];
      if (end[i] - s < prefix.length()) {
        return false;
      }
      for (int k = 0; k < prefix.length(); k++) {
        if (lowerCharAt(s + k) != prefix.charAt(k)) {
          return false;
        }
      }
      return true;
    }

    /** True when token i is in one of the word classes {@code anyOf} (bits such as {@link People#SPEECH_VERB}). */
    boolean has(int i, int anyOf) {
      return i >= 0 && i < size && (classes[i] & anyOf) != 0;
    }

    /** Token i as written; "" outside the paragraph. */
    String word(int i) {
      if (i < 0 || i >= size) {
        return "";
      }
      String w = word[i];
      if (w == null) {
        w = text.substring(start[i], end[i]);
        word[i] = w;
      }
      return w;
    }

    boolean isCap(int i) {
      return has(i, CAPITALISED);
    }

    /** True when token i starts with a lower-case letter. */
    boolean startsLowerCase(int i) {
      return Character.isLowerCase(text.charAt(start[i]));
    }

    /** All capitals, two letters or more: "US", "U.S.", "NATO", "OSCE". */
    boolean isAcronym(int i) {
      if (i < 0 || i >= size) {
        return false;
      }
      int letters = 0;
      for (int k = start[i]; k < bareEnd(i); k++) {
        char c = text.charAt(k);
        if (Character.isLetter(c)) {
          if (!Character.isUpperCase(c)) {
            return false;
          }
          letters++;
        } else if (c != '.') {
          return false;
        }
      }
      return letters >= 2;
    }

    /** True when token i ends in "'s" or "’s" (in any case) after two characters or more. */
    boolean isPossessive(int i) {
      return has(i, POSSESSIVE);
    }

    /** {@link #isPossessive}, worked out from the token's characters. */
    private boolean possessive(int i) {
      int s = start[i];
      int e = end[i];
      if (e - s <= 2) {
        return false;
      }
      if ((classes[i] & SIMPLE) == 0) {
        return lower(i).endsWith("'s");
      }
      return lowerCharAt(e - 2) == '\'' && lowerCharAt(e - 1) == 's';
    }

    /** The word without a possessive ending. */
    String bare(int i) {
      return isPossessive(i) ? text.substring(start[i], end[i] - 2) : word(i);
    }

    /** Offset after the word without its possessive ending. */
    int bareEnd(int i) {
      return isPossessive(i) ? end[i] - 2 : end[i];
    }

    /** True when token i is one character, one of {@code marks}. */
    boolean isMark(int i, String marks) {
      return i >= 0 && i < size && end[i] - start[i] == 1 && marks.indexOf(text.charAt(start[i])) >= 0;
    }

    /** True when token i is {@code w} as written. */
    boolean is(int i, String w) {
      return i >= 0 && i < size && end[i] - start[i] == w.length() && text.startsWith(w, start[i]);
    }

    /** Index of the first token starting at or after a text offset. */
    int indexAt(int offset) {
      int lo = 0;
      int hi = size;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (start[mid] < offset) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Matching words against the lists

  /** The end of the longest office starting at token i, or -1. */
  static int officeEnd(Tokens t, int i) {
    return t.has(i, OFFICE_START) ? officeEnd(t, i, t.lower(i)) : -1;
  }

  /** As {@link #officeEnd(Tokens, int)}, reading token i as {@code first} ("undersecretary" as "secretary"). */
  static int officeEnd(Tokens t, int i, String first) {
    if (i >= t.size) {
      return -1;
    }
    List<String[]> cands = OFFICES.get(first);
    if (cands == null) {
      return -1;
    }
    for (String[] c : cands) {
      if (i + c.length <= t.size && restMatches(t, i, c)) {
        return i + c.length;
      }
    }
    return -1;
  }

  /** True when the tokens after token i are, in lower case, the words of {@code cand} after its first. */
  private static boolean restMatches(Tokens t, int i, String[] cand) {
    for (int k = 1; k < cand.length; k++) {
      if (!t.lowerIs(i + k, cand[k])) {
        return false;
      }
    }
    return true;
  }

  /**
   * The end of the longest country, organisation or acronym starting at token i, or -1; the last
   * word may carry a possessive ("Russia's").
   */
  static int orgEnd(Tokens t, int i) {
    if (i >= t.size || !t.isCap(i)) {
      return -1;
    }
    List<String[]> cands = null;
    if (mayBe(t, i, ORG_START)) {
      cands = ORG_TABLE.get(t.text, t.start[i], t.bareEnd(i));
      if (cands == null) {
        cands = ORG_TABLE.get(t.text, t.start[i], t.end[i]);
      }
    }
    if (cands != null) {
      for (String[] c : cands) {
        if (i + c.length <= t.size && matches(t, i, c)) {
          return i + c.length;
        }
      }
    }
    if (t.isAcronym(i)) {
      return i + 1;
    }
    // A capitalised run ending in an organisation noun: "State Department", "Defense Ministry".
    int j = i;
    while (j < t.size && j - i < 5 && t.isCap(j) && !t.isPossessive(j)) {
      j++;
    }
    if (j < t.size && t.isCap(j) && t.isPossessive(j)) {
      j++;
    }
    for (int k = j; k > i; k--) {
      if (mayBe(t, k - 1, ORG_HEAD) && isAsWritten(t, k - 1, ORG_HEAD)) {
        return k;
      }
    }
    return -1;
  }

  /**
   * False when token i, as written or without a possessive ending, is surely in none of the lists
   * of words as written behind {@code anyOf} ({@link #ORG_START}, {@link #NOT_NAME}, {@link
   * #ORG_HEAD}).
   */
  private static boolean mayBe(Tokens t, int i, int anyOf) {
    return t.has(i, anyOf) || (bareClassesOrAll(t, i) & anyOf) != 0;
  }

  /**
   * True when token i without a possessive ending is, as written, in one of the lists {@code
   * anyOf} ({@link #NOT_NAME}: {@link #NOT_NAMES}, {@link #ORG_HEAD}: {@link #ORG_HEADS}).
   */
  private static boolean isAsWritten(Tokens t, int i, int anyOf) {
    Integer c = AS_WRITTEN.get(t.text, t.start[i], t.bareEnd(i));
    return c != null && (c & anyOf) != 0;
  }

  /**
   * The word classes of token i without a possessive ending, which tell the lists of words as
   * written the word may be in: every class for a possessive that is not {@link #SIMPLE}, whose
   * lower-case form, cut before the ending, need not be the lower-case form of the word.
   */
  private static int bareClassesOrAll(Tokens t, int i) {
    if (!t.isPossessive(i)) {
      return t.classes[i];
    }
    return t.has(i, SIMPLE) ? t.bareClasses(i) : -1;
  }

  /** True when the tokens from i are the words of {@code cand} as written, the last maybe with "'s" or "’s". */
  private static boolean matches(Tokens t, int i, String[] cand) {
    int last = cand.length - 1;
    for (int k = 0; k < last; k++) {
      if (!t.is(i + k, cand[k])) {
        return false;
      }
    }
    return t.is(i + last, cand[last]) || isPossessiveOf(t, i + last, cand[last]);
  }

  /** True when token i is {@code w} as written followed by "'s" or "’s". */
  private static boolean isPossessiveOf(Tokens t, int i, String w) {
    int s = t.start[i];
    int e = t.end[i];
    if (e - s != w.length() + 2 || !t.text.startsWith(w, s) || t.text.charAt(e - 1) != 's') {
      return false;
    }
    char apostrophe = t.text.charAt(e - 2);
    return apostrophe == '\'' || apostrophe == '’';
  }

  /** A capitalised word that may be part of a person's name. */
  static boolean isNameWord(Tokens t, int i) {
    return i >= 0 && i < t.size && t.nameWord[i];
  }

  private static boolean findNameWord(Tokens t, int i) {
    if (!t.isCap(i)) {
      return false;
    }
    boolean lower = false;
    boolean onlyLower = true; // every character after the first an ASCII lower-case letter
    int end = t.bareEnd(i);
    for (int k = t.start[i] + 1; k < end; k++) {
      char c = t.chars[k];
      if (c < 128) { // as below, without the character tables
        if (c >= 'a' && c <= 'z') {
          lower = true;
          continue;
        } else if ((c < 'A' || c > 'Z') && c != '-' && c != '\'') {
          return false;
        }
      } else if (Character.isLowerCase(c)) {
        lower = true;
      } else if (!Character.isLetter(c) && c != '’') {
        return false;
      }
      onlyLower = false;
    }
    if (!lower) {
      return false;
    }
    int asWritten = bareClassesOrAll(t, i);
    int classes = asWritten != -1 ? asWritten : t.bareClasses(i);
    if ((classes & (OFFICE_WORD | HONORIFIC)) != 0) {
      return false;
    }
    if ((asWritten & (NOT_NAME | ORG_HEAD)) != 0) {
      // "The" of the lists as written is "the" in lower case written with a capital (its classes
      // known: asWritten is not -1); another word is looked up as written
      boolean capitalisedAscii = onlyLower && asWritten != -1 && AS_WRITTEN_CAPITALISED && t.chars[t.start[i]] < 128;
      if (capitalisedAscii || isAsWritten(t, i, NOT_NAME | ORG_HEAD)) {
        return false;
      }
    }
    List<String[]> orgs = (asWritten & ORG_START) != 0 ? ORG_TABLE.get(t.text, t.start[i], t.bareEnd(i)) : null;
    if (orgs != null) {
      for (String[] c : orgs) {
        if (i + c.length <= t.size && matches(t, i, c)) {
          return false;
        }
      }
    }
    return true;
  }

  /** Marks a token where no name starts, in {@link Tokens#names}. */
  private static final NameRun NO_NAME = new NameRun(-1, -1, -1, -1, -1, 0, false, Gender.UNKNOWN);

  /** The person's name starting at token i ("Wendy Sherman", "Mr. Lavrov", "Putin's"), or null. */
  static NameRun nameAt(Tokens t, int i) {
    if (!t.isCap(i)) {
      return null; // as findName says, without a look at the cache
    }
    NameRun r = t.names[i];
    if (r == null) {
      r = findName(t, i);
      t.names[i] = r == null ? NO_NAME : r;
    }
    return r == NO_NAME ? null : r;
  }

  /** {@link #nameAt}, worked out from the tokens' {@link #isNameWord} flags. */
  private static NameRun findName(Tokens t, int i) {
    int j = i;
    boolean honorific = false;
    Gender gender = Gender.UNKNOWN;
    if (!t.isCap(i)) {
      return null; // an honorific and a name word both start with a capital
    }
    Gender h = t.has(i, HONORIFIC) ? HONORIFICS.get(t.lower(i)) : null;
    if (h != null) {
      honorific = true;
      gender = h;
      j++;
      if (t.is(j, ".")) {
        j++;
      }
    }
    int first = j;
    int words = 0;
    int last = -1;
    while (j < t.size && words < 4) {
      if (isNameWord(t, j)) {
        words++;
        last = j;
        j++;
        if (t.isPossessive(last)) {
          break;
        }
      } else if (words > 0
          && t.end[j] - t.start[j] == 1
          && t.isCap(j)
          && t.is(j + 1, ".")
          && isNameWord(t, j + 2)) {
        j += 2; // a middle initial
      } else if (words > 0 && isNameWord(t, j + 1) && NAME_PARTICLES.contains(t.word(j))) {
        j++;
      } else {
        break;
      }
    }
    if (words == 0) {
      return null;
    }
    if (!honorific && words >= 2) {
      Gender g = firstName(t, first);
      if (g != null) {
        gender = g;
      }
    }
    return new NameRun(i, last + 1, first, t.start[first], t.bareEnd(last), words, honorific, gender);
  }

  /**
   * True for a headline in title case ("Foreign Minister Talks Fail In Geneva"), where capitals
   * say nothing about names: most words of four letters or more start with a capital.
   */
  static boolean titleCase(Tokens t) {
    return t.longWords >= 3 && t.longCapitalised * 5 >= t.longWords * 4;
  }

  /** True when the token's given name is in the list. */
  static boolean knownFirstName(Tokens t, NameRun r) {
    return r.words() >= 2 && firstName(t, r.first()) != null;
  }

  // ---------------------------------------------------------------------------------------------
  // The people of one document

  private final Document doc;
  private final Tokens[] tokens;
  private final List<Mention> mentions;
  /** Mentions by full name, in text order, by surname. */
  private final Map<String, List<Mention>> fullBySurname;

  private People(Document doc, Scan scan, List<Mention> mentions) {
    this.doc = doc;
    this.tokens = scan.tokens();
    this.mentions = mentions;
    this.fullBySurname = scan.fullBySurname();
  }

  /**
   * The tokens of each paragraph and the people they name, worked out once per document and
   * shared by the title and quote extractors; no mention is marked as quoted here.
   */
  private record Scan(Tokens[] tokens, List<Mention> mentions, Map<String, List<Mention>> fullBySurname) {
    static Scan of(Document doc) {
      String text = doc.text();
      List<Document.Paragraph> paras = doc.paragraphs();
      Tokens[] tokens = new Tokens[paras.size()];
      char[] chars = doc.chars();
      for (int p = 0; p < paras.size(); p++) {
        tokens[p] = Tokens.of(text, chars, paras.get(p).start(), paras.get(p).end());
      }
      List<Mention> mentions = findMentions(tokens);
      Map<String, List<Mention>> fullBySurname = new HashMap<>();
      for (Mention m : mentions) {
        if (m.full()) {
          fullBySurname.computeIfAbsent(m.surname(), k -> new ArrayList<>()).add(m);
        }
      }
      return new Scan(tokens, mentions, fullBySurname);
    }
  }

  /** The people a document names; {@code quoted} marks the characters inside quotation marks. */
  static People of(Document doc, BitSet quoted) {
    Scan scan = doc.memo(Scan.class, Scan::of);
    List<Mention> mentions = scan.mentions();
    if (!quoted.isEmpty()) {
      Mention[] marked = mentions.toArray(new Mention[0]);
      for (int i = 0; i < marked.length; i++) {
        Mention m = marked[i];
        if (quoted.get(m.start())) {
          marked[i] = new Mention(m.start(), m.end(), m.name(), m.surname(), m.gender(), true, m.paragraph());
        }
      }
      mentions = List.of(marked);
    }
    return new People(doc, scan, mentions);
  }

  /** The mentions of people in the paragraphs, in text order, none marked as quoted. */
  private static List<Mention> findMentions(Tokens[] tokens) {
    List<Mention> found = new ArrayList<>();
    List<int[]> maybe = new ArrayList<>(); // paragraph, from, to of runs without evidence yet
    Map<String, Gender> fullBySurname = new HashMap<>();
    for (int p = 0; p < tokens.length; p++) {
      Tokens t = tokens[p];
      boolean headline = titleCase(t);
      for (int i = 0; i < t.size; i++) {
        NameRun r = nameAt(t, i);
        if (r == null) {
          continue;
        }
        boolean person =
            r.honorific()
                || knownFirstName(t, r)
                || (r.words() >= 2 && !headline && evidence(t, r))
                || (r.words() == 1 && !headline && speaks(t, r));
        if (person) {
          Mention m = mention(t, r, r.gender(), p);
          if (m.gender() == Gender.UNKNOWN) {
            Gender g = titleGender(t, r.from());
            if (g != Gender.UNKNOWN) {
              m = new Mention(m.start(), m.end(), m.name(), m.surname(), g, false, p);
            }
          }
          found.add(m);
          if (m.full()) {
            fullBySurname.merge(m.surname(), m.gender(), (a, b) -> a == Gender.UNKNOWN ? b : a);
          }
        } else {
          maybe.add(new int[] {p, r.from(), r.to()});
        }
        i = r.to() - 1;
      }
    }
    for (int[] m : maybe) {
      Tokens t = tokens[m[0]];
      NameRun r = nameAt(t, m[1]);
      String surname = t.bare(r.to() - 1);
      Gender g = fullBySurname.get(surname);
      if (g != null) {
        found.add(mention(t, r, g, m[0]));
      }
    }
    // Surnames alone take the gender of the full name.
    List<Mention> out = new ArrayList<>(found.size());
    for (Mention m : found) {
      Gender g = m.gender() == Gender.UNKNOWN ? fullBySurname.get(m.surname()) : null;
      if (g != null) {
        m = new Mention(m.start(), m.end(), m.name(), m.surname(), g, false, m.paragraph());
      }
      out.add(m);
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return Collections.unmodifiableList(out);
  }

  private static Mention mention(Tokens t, NameRun r, Gender g, int p) {
    String name = t.text.substring(r.nameStart(), r.nameEnd());
    int sp = name.lastIndexOf(' ');
    return new Mention(r.nameStart(), r.nameEnd(), name, name.substring(sp + 1), g, false, p);
  }

  /** A title, a speech verb or an appositive title next to a run of name words. */
  private static boolean evidence(Tokens t, NameRun r) {
    int before = r.from() - 1;
    if (before >= 0 && (t.has(before, OFFICE_LAST_WORD) || t.lowerIs(before, "deputy"))) {
      return true;
    }
    if (t.has(before, SPEECH_VERB)) {
      return true;
    }
    int after = r.to();
    if (t.has(after, SPEECH_VERB)) {
      return true;
    }
    if (t.is(after, ",")) {
      for (int k = after + 1; k < Math.min(t.size, after + 6); k++) {
        if (officeEnd(t, k) > 0) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A one-word name with a speech verb right after or before it, inside a sentence: "“...,”
   * Stoltenberg said", "said Stoltenberg"; not "Officials said" at the start of a sentence.
   */
  private static boolean speaks(Tokens t, NameRun r) {
    int before = r.from() - 1;
    if (before < 0 || t.isMark(before, SENTENCE_ENDS) || t.isPossessive(r.to() - 1)) {
      return false;
    }
    return t.has(r.to(), FINITE_SPEECH_VERB) || t.lowerIs(before, "said") || t.lowerIs(before, "says");
  }

  /** The marks before a sentence or clause (as {@link Tokens#isMark} reads them). */
  private static final String SENTENCE_ENDS = ".?!:“\"(";

  /** Gender implied by a gendered office right before token i ("spokeswoman Jen Psaki"). */
  private static Gender titleGender(Tokens t, int i) {
    if (t.has(i - 1, OFFICE_LAST_WORD)) { // a one-word office (a key without a space) is a last word
      Gender g = OFFICE_GENDER.get(t.lower(i - 1));
      if (g != null) {
        return g;
      }
    }
    return Gender.UNKNOWN;
  }

  Tokens tokens(int paragraph) {
    return tokens[paragraph];
  }

  List<Mention> mentions() {
    return mentions;
  }

  /** True when some mention of the document starts at this offset. */
  boolean isMention(int offset) {
    return mentionAt(offset) != null;
  }

  /** True when a one-word name is the surname of a person the document names in full. */
  boolean knownSurname(String surname) {
    return fullBySurname.containsKey(surname);
  }

  /** The mention starting exactly at a text offset, or null. */
  Mention mentionAt(int offset) {
    int i = firstAtOrAfter(offset);
    return i < mentions.size() && mentions.get(i).start() == offset ? mentions.get(i) : null;
  }

  /** The last unquoted mention starting in {@code [from, to)}, or null. */
  Mention lastIn(int from, int to) {
    for (int i = firstAtOrAfter(to) - 1; i >= 0; i--) {
      Mention m = mentions.get(i);
      if (m.start() < from) {
        return null;
      }
      if (!m.quoted()) {
        return m;
      }
    }
    return null;
  }

  /** The first unquoted mention starting in {@code [from, to)}, or null. */
  Mention firstIn(int from, int to) {
    for (int i = firstAtOrAfter(from); i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (m.start() >= to) {
        return null;
      }
      if (!m.quoted()) {
        return m;
      }
    }
    return null;
  }

  /**
   * The person a pronoun at {@code offset} refers to: the nearest unquoted mention before it whose
   * gender fits, no further back than {@code paragraphs} paragraphs; null when there is none.
   */
  Mention antecedent(int offset, Gender pronoun, int paragraphs) {
    int para = doc.sentenceAt(offset).paragraph();
    for (int i = firstAtOrAfter(offset) - 1; i >= 0; i--) {
      Mention m = mentions.get(i);
      if (m.paragraph() < para - paragraphs) {
        return null;
      }
      if (!m.quoted() && m.gender().fits(pronoun)) {
        return m;
      }
    }
    return null;
  }

  /**
   * The fullest name of a mentioned person: the mention itself when it is a full name, else the
   * last full name with that surname before it, else the first one after it, else the surname.
   */
  String fullName(Mention m) {
    if (m.full()) {
      return m.name();
    }
    List<Mention> full = fullBySurname.get(m.surname());
    if (full == null) {
      return m.name();
    }
    Mention best = full.get(0);
    for (Mention o : full) {
      if (o.start() >= m.start()) {
        break;
      }
      best = o;
    }
    return best.name();
  }

  private int firstAtOrAfter(int offset) {
    int lo = 0;
    int hi = mentions.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (mentions.get(mid).start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** Lower case, curly apostrophes straightened, a leading "the" dropped. */
  static String org(String asWritten) {
    String s = SPACES.matcher(asWritten.strip().toLowerCase(Locale.ROOT).replace('’', '\'')).replaceAll(" ");
    return s.startsWith("the ") ? s.substring(4) : s;
  }
}
