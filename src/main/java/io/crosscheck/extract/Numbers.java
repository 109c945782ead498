package io.crosscheck.extract;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers an article writes, found once per document and shared by the quantity and duration
 * extractors: numerals ("106,000", "1.5 million"), number words ("fifty-seven", "two hundred and
 * six", parsed with ICU's English spell-out rules) and vague amounts ("tens of thousands",
 * "dozens"). Ordinals ("second", "3rd") are not numbers here.
 *
 * <p>Qualifiers turn a number into the range it allows ({@link #apply}); the margin {@code m} of
 * the approximate ones is 10% of the number but at least half of its smallest unit, so "nearly
 * four" is [3.5, 4] and "nearly eight hours" [7.2, 8] hours.
 */
final class Numbers {
  /**
   * A number in the text.
   *
   * @param start offset of its first character
   * @param end offset after its last character
   * @param value the number (for a vague amount, the low end of its range)
   * @param vague an order of magnitude ("tens of thousands"): {@code range} holds its range
   * @param range the range of a vague amount, else null
   * @param word written in words ("eight", not "8")
   */
  record Num(int start, int end, double value, boolean vague, Interval range, boolean word) {}

  private static final String WORD =
      "(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
          + "|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
          + "|hundred|thousand|million|billion|trillion)";

  /*
   * A number is one of three patterns, tried where a word starts: a numeral starts with a digit, a
   * vague amount or number words with a letter, and a vague amount is tried first.
   */

  /** A vague amount: "tens of thousands", "dozens", "several hundred", "a dozen". */
  private static final Pattern VAGUE = Pattern.compile(
      "\\b(?:(?:tens|hundreds)\\s+of\\s+(?:thousands|millions|billions)|dozens|hundreds|thousands|millions"
          + "|billions|(?:several|a\\s+few)\\s+(?:dozen|hundred|thousand|million)|half\\s+a\\s+dozen|a\\s+dozen)\\b",
      Pattern.CASE_INSENSITIVE);

  /** A numeral ("106,000", "1.5"), with a scale word ("1.5 million") in group 1. */
  private static final Pattern NUMERAL = Pattern.compile(
      "(?<![\\p{L}\\p{N}_.,$€£#/])(?<![\\p{L}]-)(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?![\\p{N}\\p{L}])"
          + "(?![.,]\\d)(?:\\s+(hundred|thousand|million|billion|trillion)\\b)?",
      Pattern.CASE_INSENSITIVE);

  /** Number words: "fifty-seven", "two hundred and six", "a million". */
  private static final Pattern NUMBER_WORDS = Pattern.compile(
      "\\b(?:a\\s+(?=hundred|thousand|million|billion))?" + WORD
          + "(?:(?:-|\\s+)" + WORD + "|(?<=hundred|thousand|million|billion)\\s+and\\s+" + WORD + ")*\\b",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private static final Pattern TENS_UNITS = Pattern.compile(
      "\\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\\s+(one|two|three|four|five|six|seven|eight|nine)\\b");

  private static final ThreadLocal<RuleBasedNumberFormat> SPELLOUT =
      ThreadLocal.withInitial(() -> new RuleBasedNumberFormat(ULocale.ENGLISH, RuleBasedNumberFormat.SPELLOUT));

  /** Qualifiers written before a number, longest first. */
  private static final List<String> QUALIFIERS = List.of(
      "slightly more than", "a little more than", "far more than", "in excess of", "no fewer than", "no less than",
      "a minimum of", "a maximum of", "an estimated", "approximately", "no more than", "more than", "just under",
      "just over", "well over", "upwards of", "north of", "as many as", "fewer than", "less than", "approaching",
      "not quite", "close to", "at least", "estimated", "at most", "roughly", "nearly", "almost", "around", "about",
      "above", "under", "below", "up to", "some", "over");

  /** The length of each qualifier's last word: the word a number follows must have it. */
  private static final int[] QUALIFIER_LAST_WORDS =
      QUALIFIERS.stream().mapToInt(q -> q.length() - q.lastIndexOf(' ') - 1).toArray();

  /**
   * The canonical form of each qualifier ({@link #canonicalQualifier}): that of a qualifier
   * written in ASCII, whose lower-case form is the qualifier itself.
   */
  private static final String[] CANONICAL_QUALIFIERS =
      QUALIFIERS.stream().map(Numbers::canonicalQualifier).toArray(String[]::new);

  /** A qualifier before a number: its offset in the text searched and its {@link #canonicalQualifier canonical form}. */
  record Qualifier(int start, String canonical) {}

  /** The qualifier {@code before} ends with (followed by white space), or null. */
  static Qualifier qualifierBefore(String before) {
    return qualifierBefore(before, 0, before.length());
  }

  /**
   * The qualifier {@code text[from, to)} ends with (followed by white space), or null: as {@link
   * #qualifierBefore(String)} finds it in {@code text.substring(from, to)}, at its offset in {@code text}.
   */
  static Qualifier qualifierBefore(String text, int from, int to) {
    if (to == from || !Tokens.isWhitespace(text.charAt(to - 1))) {
      return null;
    }
    int e = Tokens.runStart(text, from, to, true);
    int lastWord = e;
    while (lastWord > from && Words.isLetterOrDigit(text.charAt(lastWord - 1))) {
      lastWord--;
    }
    for (int k = 0; k < QUALIFIERS.size(); k++) {
      if (QUALIFIER_LAST_WORDS[k] != e - lastWord) {
        continue; // only letters match a qualifier's letters, so its last word is the word before the number
      }
      String q = QUALIFIERS.get(k);
      char last = text.charAt(e - 1);
      if (last < 128 && (last | 0x20) != q.charAt(q.length() - 1)) {
        continue; // an ASCII character matches a letter only as it or its capital (as below)
      }
      int s = e - q.length();
      if (s >= from && text.regionMatches(true, s, q, 0, q.length())
          && (s == from || !Words.isLetterOrDigit(text.charAt(s - 1)))) {
        return new Qualifier(s, ascii(text, s, e) ? CANONICAL_QUALIFIERS[k] : canonicalQualifier(text.substring(s, e)));
      }
    }
    return null;
  }

  /** Whether {@code text[start, end)} is all ASCII. */
  private static boolean ascii(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (text.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  /** Number words already read, by their lower-case form (ICU's parse costs microseconds). */
  private static final java.util.concurrent.ConcurrentHashMap<String, Double> PARSED =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static final Double UNREADABLE = Double.NaN;

  private Numbers() {}

  /** Words a number expression can start with (besides digits). */
  private static final Set<String> STARTERS = Set.of(
      "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
      "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty",
      "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion", "trillion",
      "tens", "hundreds", "thousands", "millions", "billions", "dozens", "several", "a", "half");

  /** The words a number expression can start with besides numerals ({@link Words#NUMBER}). */
  static Set<String> startWords() {
    return STARTERS;
  }

  /** Words a fraction of a scale word ("half a million", "two thirds of a billion") starts with (all in STARTERS). */
  private static final Set<String> FRACTION_STARTERS = Set.of("half", "a", "one", "two", "three");

  /** Words a vague amount starts with. */
  private static final Set<String> VAGUE_STARTERS = Set.of(
      "tens", "hundreds", "thousands", "millions", "billions", "dozens", "several", "a", "half");

  /** The vague amounts of one word ("dozens"): the others go on with a word of {@link #VAGUE_SECONDS}. */
  private static final Set<String> VAGUE_ALONE = Set.of("hundreds", "thousands", "millions", "billions", "dozens");

  /** The second words of the vague amounts of more than one word ("tens of", "several hundred", "a few", "half a"). */
  private static final Set<String> VAGUE_SECONDS = Set.of("of", "dozen", "few", "hundred", "thousand", "million", "a");

  private static final Set<String> AFTER_A = Set.of("dozen", "few", "hundred", "thousand", "million", "billion", "trillion");

  /**
   * The words a fraction's first word ({@link #FRACTION_STARTERS}) is followed by in {@link
   * #FRACTION}: a fraction is only tried where the next word is one of them.
   */
  private static final Set<String> FRACTION_SECONDS = Set.of("half", "quarter", "quarters", "third", "thirds", "a", "an", "of");

  /** The words of {@link #WORD}, one number each. */
  private static final Set<String> NUMBER_WORD_SET = Set.of(WORD.substring(3, WORD.length() - 1).split("\\|"));

  /** The words of {@link #WORD} after which {@link #NUMBER_WORDS} may go on with "and". */
  private static final Set<String> SCALE_WORDS = Set.of("hundred", "thousand", "million", "billion", "trillion");

  /*
   * What a word can be in a number, as bits: a starter's in ROLES, with its value alone; the word
   * after a starter's in NEXT_ROLES. The scan looks each word up once instead of once per set.
   */

  /** A word of {@link #FRACTION_STARTERS}. */
  private static final int FRACTION_START = 1;
  /** A word of {@link #VAGUE_STARTERS}. */
  private static final int VAGUE_START = 1 << 1;
  /** A word of {@link #VAGUE_ALONE}. */
  private static final int VAGUE_WORD = 1 << 2;
  /** A word of {@link #NUMBER_WORD_SET}. */
  private static final int NUMBER_WORD = 1 << 3;
  /** A word of {@link #SCALE_WORDS}. */
  private static final int SCALE = 1 << 4;
  /** A word of {@link #FRACTION_SECONDS} (in NEXT_ROLES). */
  private static final int FRACTION_SECOND = 1 << 5;
  /** A word of {@link #AFTER_A} (in NEXT_ROLES). */
  private static final int AFTER_A_WORD = 1 << 6;
  /** A word of {@link #VAGUE_SECONDS} (in NEXT_ROLES). */
  private static final int VAGUE_SECOND = 1 << 7;

  /**
   * A word of {@link #STARTERS}: its roles, and its value alone as {@link #parseWords} reads it
   * (null for a word that is not a number alone or cannot be read).
   */
  private record Starter(int roles, Double value) {}

  private static final WordTable<Starter> ROLES = roles();

  private static WordTable<Starter> roles() {
    Map<String, Starter> m = new HashMap<>();
    for (String word : STARTERS) {
      int roles = (FRACTION_STARTERS.contains(word) ? FRACTION_START : 0)
          | (VAGUE_STARTERS.contains(word) ? VAGUE_START : 0) | (VAGUE_ALONE.contains(word) ? VAGUE_WORD : 0)
          | (NUMBER_WORD_SET.contains(word) ? NUMBER_WORD : 0) | (SCALE_WORDS.contains(word) ? SCALE : 0);
      m.put(word, new Starter(roles, NUMBER_WORD_SET.contains(word) ? parseWords(word) : null));
    }
    return new WordTable<>(m);
  }

  /** The one starter of one letter, "a" (the most frequent word a number can start with). */
  private static final Starter A = ROLES.get("a");

  private static final WordTable<Integer> NEXT_ROLES = nextRoles();

  private static WordTable<Integer> nextRoles() {
    Map<String, Integer> m = new HashMap<>();
    FRACTION_SECONDS.forEach(word -> m.merge(word, FRACTION_SECOND, (x, y) -> x | y));
    AFTER_A.forEach(word -> m.merge(word, AFTER_A_WORD, (x, y) -> x | y));
    VAGUE_SECONDS.forEach(word -> m.merge(word, VAGUE_SECOND, (x, y) -> x | y));
    NUMBER_WORD_SET.forEach(word -> m.merge(word, NUMBER_WORD, (x, y) -> x | y));
    return new WordTable<>(m);
  }

  /** The roles of word {@code i} as the word after a starter (none past the last word). */
  private static int nextRoles(Words w, int i) {
    Integer r = i < w.size() ? NEXT_ROLES.getLowerCase(w, i) : null;
    return r == null ? 0 : r;
  }

  /**
   * Whether {@link #NUMBER_WORDS} matches word {@code i} alone, found without the pattern: the
   * word is one of {@link #WORD} in ASCII letters, not a scale word, with no underscore on either
   * side (the pattern's word boundaries are ASCII ones), and no number word can follow it after a
   * hyphen or white space: the next word (if it starts right there) is in ASCII and none of {@link
   * #WORD}. A pattern word matching only the start of an ASCII word is followed by a letter or
   * digit, which neither continues the pattern nor ends it. Anything else is left to the pattern.
   * {@code roles} are the word's, {@code next} those of the word after it.
   */
  private static boolean loneNumberWord(Words w, int i, int roles, int next) {
    if (!w.ascii(i) || (roles & NUMBER_WORD) == 0 || (roles & SCALE) != 0) {
      return false;
    }
    String text = w.source();
    int start = w.start(i);
    int end = w.end(i);
    if (start > 0 && text.charAt(start - 1) == '_' || end < text.length() && text.charAt(end) == '_') {
      return false;
    }
    int p = end;
    if (p < text.length() && text.charAt(p) == '-') {
      p++;
    } else {
      while (p < text.length() && isRegexSpace(text.charAt(p))) {
        p++;
      }
      if (p == end) {
        return true; // neither a hyphen nor white space: nothing can follow
      }
    }
    return !(i + 1 < w.size() && w.start(i + 1) == p && (!w.ascii(i + 1) || (next & NUMBER_WORD) != 0));
  }

  /**
   * Whether {@link #VAGUE} may match at word {@code i}, a word of {@link #VAGUE_STARTERS}: it is a
   * vague amount alone ("dozens"), or the next word may go on with it ("tens of", "several
   * hundred"). A word outside ASCII is left to the pattern (its word boundaries are ASCII ones).
   */
  private static boolean mayBeVague(Words w, int i, int roles, int next) {
    return (roles & VAGUE_WORD) != 0 || (next & VAGUE_SECOND) != 0 || !w.ascii(i)
        || i + 1 < w.size() && !w.ascii(i + 1);
  }

  /**
   * Whether {@link #NUMBER_WORDS} may match at word {@code i}, a word of {@link #STARTERS}: it is
   * one of {@link #WORD}, or "a" ("a hundred"). An ASCII word that is neither cannot start it: any
   * word of {@link #WORD} it starts with is followed by a letter or digit, so the pattern's word
   * boundary after it fails.
   */
  private static boolean mayBeNumberWords(Words w, int i, int roles) {
    return (roles & NUMBER_WORD) != 0 || w.length(i) == 1 || !w.ascii(i);
  }

  /*
   * The patterns the extractors run on the text right after a number or unit are anchored there,
   * and each needs one of a few characters first (after white space): the extractors run them only
   * where that character is there.
   */

  /**
   * The first character of {@code text[from, to)} that is not white space as {@code \s} means it,
   * or 0 when there is none.
   */
  static char firstAfterSpaces(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!isRegexSpace(c)) {
        return c;
      }
    }
    return 0;
  }

  /**
   * A matcher of {@code p} on {@code text[from, to)}: it matches as on {@code text.substring(from,
   * to)} (its bounds are anchoring and opaque), at offsets in {@code text}.
   */
  static Matcher on(Pattern p, String text, int from, int to) {
    return p.matcher(text).region(from, to);
  }

  /** White space as {@code \s} means it without flags: {@code [ \t\n\x0B\f\r]}. */
  static boolean isRegexSpace(char c) {
    return c == ' ' || c >= '\t' && c <= '\r';
  }

  /** The document's numbers, in text order (computed once per document). */
  static List<Num> of(Document doc) {
    return index(doc).nums();
  }

  /**
   * The indexes of the document's words that may be units of time (of class {@link Words#UNIT}),
   * in text order: found in the walk over the words that finds the numbers, for {@link
   * DurationExtractor} (which must not change the array).
   */
  static int[] unitWords(Document doc) {
    return index(doc).unitWords();
  }

  private static Index index(Document doc) {
    return doc.memo(Index.class, Numbers::find);
  }

  /** The numbers of a document and the indexes of its words that may be units of time. */
  private record Index(List<Num> nums, int[] unitWords) {}

  /** "half a million", "a quarter of a million", "two thirds of a billion": a fraction of a scale word. */
  private static final Pattern FRACTION = Pattern.compile(
      "(?i)(half|a\\s+half|a\\s+quarter|one\\s+quarter|three\\s+quarters|a\\s+third|one\\s+third|two\\s+thirds)"
          + "\\s+(?:of\\s+)?an?\\s+(hundred|thousand|million|billion|trillion)\\b");

  private static double fraction(String f) {
    String s = f.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    return switch (s) {
      case "half", "a half" -> 0.5;
      case "a quarter", "one quarter" -> 0.25;
      case "three quarters" -> 0.75;
      case "a third", "one third" -> 1.0 / 3;
      default -> 2.0 / 3;
    };
  }

  private static Index find(Document doc) {
    String text = doc.text();
    Words w = Words.of(doc);
    List<Num> out = new ArrayList<>();
    Matcher numeral = scanner(NUMERAL, text);
    Matcher vague = scanner(VAGUE, text);
    Matcher words = scanner(NUMBER_WORDS, text);
    Matcher f = FRACTION.matcher(text);
    int[] units = new int[16];
    int unitCount = 0;
    int last = 0;
    for (int i = 0; i < w.size(); i++) {
      int classes = w.classes(i);
      if ((classes & Words.UNIT) != 0) {
        if (unitCount == units.length) {
          units = Arrays.copyOf(units, unitCount * 2);
        }
        units[unitCount++] = i;
      }
      if ((classes & (Words.DIGIT | Words.NUMBER)) == 0) {
        continue;
      }
      int start = w.start(i);
      if (start < last) {
        continue;
      }
      Num n;
      if (Character.isDigit(w.first(i))) {
        n = numeral(text, start, numeral);
      } else {
        Starter starter = w.length(i) == 1 ? (w.first(i) | 0x20) == 'a' ? A : null : ROLES.getLowerCase(w, i);
        if (starter == null) {
          continue;
        }
        int roles = starter.roles();
        int next = nextRoles(w, i + 1);
        if ((roles & FRACTION_START) != 0 && (next & FRACTION_SECOND) != 0) {
          f.region(start, text.length());
          if (f.lookingAt()) {
            out.add(new Num(start, f.end(), fraction(f.group(1)) * scale(f.group(2).toLowerCase(Locale.ROOT)), false, null, true));
            last = f.end();
            continue;
          }
        }
        if (w.length(i) == 1 && (next & AFTER_A_WORD) == 0) {
          continue; // "a" starts a number only in "a dozen", "a few hundred", "a hundred", ...
        }
        if ((roles & VAGUE_START) != 0 && mayBeVague(w, i, roles, next) && lookingAt(vague, start)) {
          n = vague(start, vague.end(), vague.group());
        } else if (loneNumberWord(w, i, roles, next)) {
          n = starter.value() == null ? null : new Num(start, w.end(i), starter.value(), false, null, true);
        } else if (mayBeNumberWords(w, i, roles)) {
          n = lookingAt(words, start) ? words(text, start, words.end()) : null;
        } else {
          n = null;
        }
      }
      if (n != null) {
        out.add(n);
        last = n.end();
      }
    }
    return new Index(Collections.unmodifiableList(out), Arrays.copyOf(units, unitCount));
  }

  /** A matcher for {@link #lookingAt}: it sees the text before and after its region. */
  private static Matcher scanner(Pattern p, String text) {
    Matcher m = p.matcher(text);
    m.useTransparentBounds(true);
    m.useAnchoringBounds(false);
    return m;
  }

  /** Whether {@code m} matches at {@code start} (its region runs to the end of the text). */
  private static boolean lookingAt(Matcher m, int start) {
    m.region(start, m.regionEnd());
    return m.lookingAt();
  }

  private static Num vague(int start, int end, String written) {
    String w = SPACES.matcher(written.toLowerCase(Locale.ROOT)).replaceAll(" ");
    Interval r = switch (w) {
      case "tens of thousands" -> Interval.halfOpen(1e4, 1e5);
      case "hundreds of thousands" -> Interval.halfOpen(1e5, 1e6);
      case "tens of millions" -> Interval.halfOpen(1e7, 1e8);
      case "hundreds of millions" -> Interval.halfOpen(1e8, 1e9);
      case "tens of billions" -> Interval.halfOpen(1e10, 1e11);
      case "hundreds of billions" -> Interval.halfOpen(1e11, 1e12);
      case "dozens" -> Interval.halfOpen(24, 144);
      case "hundreds" -> Interval.halfOpen(100, 1000);
      case "thousands" -> Interval.halfOpen(1e3, 1e4);
      case "millions" -> Interval.halfOpen(1e6, 1e7);
      case "billions" -> Interval.halfOpen(1e9, 1e10);
      case "half a dozen" -> null;
      case "a dozen" -> null;
      default -> {
        double scale = scale(w.substring(w.lastIndexOf(' ') + 1));
        yield Interval.halfOpen(2 * scale, 10 * scale);
      }
    };
    if (r == null) {
      double x = w.equals("a dozen") ? 12 : 6;
      return new Num(start, end, x, false, null, true);
    }
    return new Num(start, end, r.lo(), true, r, true);
  }

  private static double scale(String word) {
    return switch (word) {
      case "dozen" -> 12;
      case "hundred" -> 100;
      case "thousand" -> 1e3;
      case "million" -> 1e6;
      case "billion" -> 1e9;
      case "trillion" -> 1e12;
      default -> 1;
    };
  }

  /** The scale words a numeral may be followed by, as {@link #NUMERAL} tries them. */
  private static final List<String> NUMERAL_SCALES = List.of("hundred", "thousand", "million", "billion", "trillion");

  /** What {@link #endsNumeral} answers when a character it looks at is outside ASCII. */
  private static final int UNDECIDED = -1;

  /**
   * The numeral at {@code start} (a word that starts with a digit), or null: {@link #NUMERAL} read
   * by hand, as the pattern's look-behinds and look-aheads cost more than the reading and the scan
   * meets a numeral in most paragraphs. The pattern's alternatives and back-tracking come down to
   * one end: a run of digits (with groups of a comma and three digits after at most three digits,
   * "106,000") and its decimals, whichever ends where neither a letter or digit nor a dot or comma
   * before a digit follows. Where a character looked at is outside ASCII (whose letters and
   * digits the pattern tells by Unicode category), {@code pattern} decides.
   */
  private static Num numeral(String text, int start, Matcher pattern) {
    int n = text.length();
    if (!isAsciiDigit(text.charAt(start))) {
      return null; // \d is an ASCII digit
    }
    if (start > 0) {
      char b = text.charAt(start - 1);
      char bb = start > 1 ? text.charAt(start - 2) : ' ';
      if (b >= 128 || b == '-' && bb >= 128) {
        return numeralByPattern(start, pattern);
      }
      if (isAsciiLetterOrDigit(b) || "_.,$#/".indexOf(b) >= 0 || b == '-' && isAsciiLetter(bb)) {
        return null; // "F-16", "$5", "3.5" from its "5"
      }
    }
    int digitsEnd = digitsEnd(text, start);
    int end = -1;
    if (digitsEnd - start <= 3) {
      int p = digitsEnd;
      while (p + 3 < n && text.charAt(p) == ',' && isAsciiDigit(text.charAt(p + 1)) && isAsciiDigit(text.charAt(p + 2))
          && isAsciiDigit(text.charAt(p + 3))) {
        p += 4;
      }
      if (p > digitsEnd) {
        int e = decimalsEnd(text, p);
        int ends = endsNumeral(text, e);
        if (ends == UNDECIDED) {
          return numeralByPattern(start, pattern);
        }
        end = ends == 1 ? e : -1;
      }
    }
    if (end < 0) {
      int e = decimalsEnd(text, digitsEnd);
      int ends = endsNumeral(text, e);
      if (ends == UNDECIDED) {
        return numeralByPattern(start, pattern);
      }
      if (ends == 0) {
        return null;
      }
      end = e;
    }
    double x = numeralValue(text, start, end);
    int p = end;
    while (p < n && isRegexSpace(text.charAt(p))) {
      p++;
    }
    if (p > end) {
      for (String scale : NUMERAL_SCALES) {
        if (asciiWordAt(text, p, scale)) {
          int e = p + scale.length();
          if (e < n && text.charAt(e) >= 128) {
            return numeralByPattern(start, pattern);
          }
          if (e == n || !isAsciiLetterOrDigit(text.charAt(e)) && text.charAt(e) != '_') {
            return new Num(start, e, x * scale(scale), false, null, false); // "1.5 million"
          }
          break;
        }
      }
    }
    return new Num(start, end, x, false, null, false);
  }

  /** The end of the run of ASCII digits at {@code i}. */
  private static int digitsEnd(String text, int i) {
    while (i < text.length() && isAsciiDigit(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The end of the decimals at {@code i} (a dot and digits), or {@code i} when none. */
  private static int decimalsEnd(String text, int i) {
    return i + 1 < text.length() && text.charAt(i) == '.' && isAsciiDigit(text.charAt(i + 1)) ? digitsEnd(text, i + 1) : i;
  }

  /**
   * Whether {@link #NUMERAL}'s look-aheads let a numeral end at {@code e}: 1 when neither a letter
   * or digit nor a dot or comma before a digit follows, 0 when one does, {@link #UNDECIDED} for a
   * character outside ASCII.
   */
  private static int endsNumeral(String text, int e) {
    if (e == text.length()) {
      return 1;
    }
    char c = text.charAt(e);
    if (c >= 128) {
      return UNDECIDED;
    }
    if (isAsciiLetterOrDigit(c) || (c == '.' || c == ',') && e + 1 < text.length() && isAsciiDigit(text.charAt(e + 1))) {
      return 0;
    }
    return 1;
  }

  /**
   * Whether {@code text} at {@code i} is {@code lower} (lower-case ASCII) with any of its letters
   * capitalised: what a case-insensitive pattern (which folds only ASCII) matches.
   */
  static boolean asciiWordAt(String text, int i, String lower) {
    if (i < 0 || i + lower.length() > text.length()) {
      return false;
    }
    for (int k = 0; k < lower.length(); k++) {
      char c = text.charAt(i + k);
      char l = lower.charAt(k);
      if (c != l && !(l >= 'a' && l <= 'z' && c == l - ('a' - 'A'))) {
        return false;
      }
    }
    return true;
  }

  /** The value of the digits, commas and dot of {@code text[start, end)}, as {@link Double#parseDouble} reads them without the commas. */
  private static double numeralValue(String text, int start, int end) {
    if (end - start <= 18) { // at most 18 digits: exact in a long, and converted to double as parseDouble rounds
      long v = 0;
      int i = start;
      for (; i < end; i++) {
        char c = text.charAt(i);
        if (c == '.') {
          break;
        }
        if (c != ',') {
          v = v * 10 + (c - '0');
        }
      }
      if (i == end) {
        return v;
      }
    }
    return Double.parseDouble(text.substring(start, end).replace(",", ""));
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAsciiLetter(char c) {
    return c < 128 && (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return isAsciiLetter(c) || isAsciiDigit(c);
  }

  /** The numeral {@link #NUMERAL} matches at {@code start}, or null. */
  private static Num numeralByPattern(int start, Matcher pattern) {
    return lookingAt(pattern, start) ? numeral(start, pattern.end(), pattern.group(), pattern.group(1)) : null;
  }

  private static Num numeral(int start, int end, String written, String scale) {
    String digits = written;
    if (scale != null) {
      digits = written.substring(0, written.length() - scale.length()).strip();
    }
    double x;
    try {
      x = Double.parseDouble(digits.replace(",", ""));
    } catch (NumberFormatException e) {
      return null;
    }
    if (scale != null) {
      x *= scale(scale.toLowerCase(Locale.ROOT));
    }
    return new Num(start, end, x, false, null, false);
  }

  /**
   * Number words, parsed with ICU; when the whole run does not parse, its longest parsable prefix
   * ending on a word other than "and". The run is ASCII letters, white space and hyphens.
   */
  private static Num words(String text, int start, int end) {
    for (int e = end; e > start; ) {
      if (e - start < 4 || !text.regionMatches(true, e - 4, " and", 0, 4)) {
        Double v = parseWords(text.substring(start, e));
        if (v != null) {
          return new Num(start, e, v, false, null, true);
        }
      }
      while (e > start && !isSeparator(text.charAt(e - 1))) {
        e--;
      }
      while (e > start && isSeparator(text.charAt(e - 1))) {
        e--;
      }
    }
    return null;
  }

  /** White space (as {@code \s} means it) or a hyphen: what separates number words. */
  private static boolean isSeparator(char c) {
    return c == '-' || isRegexSpace(c);
  }

  /** The value of number words ("fifty-seven", "a hundred"), or null when ICU cannot read them. */
  static Double parseWords(String written) {
    String s = SPACES.matcher(written.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    Double cached = PARSED.get(s);
    if (cached == null) {
      cached = parseWithIcu(s);
      if (PARSED.size() < 10_000) {
        PARSED.put(s, cached == null ? UNREADABLE : cached);
      }
    }
    return cached == null || cached.isNaN() ? null : cached;
  }

  private static Double parseWithIcu(String lower) {
    String s = lower;
    if (s.startsWith("a ")) {
      s = "one " + s.substring(2);
    }
    s = TENS_UNITS.matcher(s).replaceAll("$1-$2");
    if (s.endsWith(" and") || s.startsWith("and ")) {
      return null;
    }
    ParsePosition pos = new ParsePosition(0);
    Number n = SPELLOUT.get().parse(s, pos);
    if (n == null || pos.getIndex() != s.length() || pos.getErrorIndex() >= 0) {
      return null;
    }
    double v = n.doubleValue();
    if (v == 0 && !s.equals("zero")) {
      return null;
    }
    return v;
  }

  /** The canonical form of a qualifier as written ("almost" is "nearly"), or "" for none. */
  static String canonicalQualifier(String written) {
    if (written == null) {
      return "";
    }
    String q = SPACES.matcher(written.toLowerCase(Locale.ROOT)).replaceAll(" ");
    return switch (q) {
      case "more than", "over", "above", "in excess of", "upwards of", "north of", "well over", "far more than" ->
          "more than";
      case "just over", "slightly more than", "a little more than" -> "just over";
      case "at least", "no fewer than", "no less than", "a minimum of", "or more" -> "at least";
      case "nearly", "almost", "close to", "not quite", "approaching", "just under" -> "nearly";
      case "about", "around", "roughly", "approximately", "some", "an estimated", "estimated", "or so" -> "about";
      case "up to", "as many as", "no more than", "at most", "a maximum of" -> "up to";
      case "fewer than", "less than", "under", "below" -> "fewer than";
      default -> "";
    };
  }

  /**
   * The range a qualified number allows: {@code x} with canonical qualifier {@code q}, in units
   * whose smallest step is {@code step} (1 for counts; for "7 hours and 30 minutes" in seconds, 60).
   *
   * <ul>
   *   <li>none: [x, x]
   *   <li>"more than" (over, above, ...): (x, inf); "at least": [x, inf); "just over": (x, x + m]
   *   <li>"nearly" (almost, close to, just under): [x - m, x]
   *   <li>"about" (around, roughly, some, an estimated, ...): [x - m, x + m]
   *   <li>"up to" (as many as, no more than): [0, x]; "fewer than" (less than, under): [0, x)
   * </ul>
   *
   * where m is 10% of x but at least half a step.
   */
  static Interval apply(String q, double x, double step) {
    double m = Math.max(0.5 * step, 0.1 * x);
    return switch (q) {
      case "more than" -> Interval.above(x);
      case "just over" -> new Interval(x, x + m, true, false);
      case "at least" -> Interval.atLeast(x);
      case "nearly" -> Interval.closed(Math.max(0, x - m), x);
      case "about" -> Interval.closed(Math.max(0, x - m), x + m);
      case "up to" -> Interval.atMost(x);
      case "fewer than" -> Interval.below(x);
      default -> Interval.exact(x);
    };
  }

  /** The range a qualified vague amount allows ("more than tens of thousands" is (10000, inf)). */
  static Interval applyVague(String q, Interval range) {
    return switch (q) {
      case "more than", "just over" -> Interval.above(range.lo());
      case "at least" -> Interval.atLeast(range.lo());
      case "up to" -> Interval.atMost(range.hi());
      case "fewer than" -> Interval.below(range.lo());
      default -> range;
    };
  }
}
