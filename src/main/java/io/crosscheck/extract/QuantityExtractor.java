package io.crosscheck.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds quantity claims: counts of things ("106,000 Russian troops", "1,500 tanks", "30
 * nations", "tens of thousands of Russian troops", "dozens of countries") and memberships ("the
 * 57-country Organization for Security and Cooperation in Europe", "the 30-nation alliance").
 *
 * <p>Value: the number as written with its qualifier ("more than 100,000", "57-country"). Its
 * range: exact [x, x]; "more than", "over", "above" (x, inf); "at least" [x, inf); "up to", "as
 * many as" [0, x]; "fewer than", "less than", "under" [0, x); and one rule for the approximate
 * qualifiers, with a margin m that is 10% of x but at least half a unit: "nearly", "almost",
 * "close to", "just under" [x - m, x]; "about", "around", "roughly", "approximately", "some", "an
 * estimated" [x - m, x + m]. So "nearly four" is [3.5, 4], "almost 400" [360, 400], "about 60"
 * [54, 66]. The canonical qualifier is kept ("almost" is "nearly", "roughly" is "about"). Vague
 * amounts keep their order of magnitude and are marked vague: "tens of thousands" [10000,
 * 100000), "thousands" [1000, 10000), "hundreds" [100, 1000), "dozens" [24, 144). "A dozen" is
 * about 12. "8,000 to 10,000" and "between 8,000 and 10,000" are [8000, 10000].
 *
 * <p>What is counted comes from the head noun after the number and its modifiers: unit is the
 * canonical singular head ("troop" for troops, soldiers, servicemen; "country" for countries,
 * nations, states; else the singular: "tank", "city", "session"); subject the counted thing as
 * written with its modifiers ("Russian troops", "negotiating sessions"); attribute "count". For
 * "57-country Organization ..." the subject is the organisation as written, the unit "country" and
 * the attribute "members". "Three days of talks" counts days (unit "day", subject "talks"): the
 * number of days with talks, not how long they lasted.
 *
 * <p>Never a quantity: years ("in 2019", "2014 invasion"), ordinals ("a second round"), "one" and
 * "a" ("one of the", "one senior diplomat"), "the two sides", percentages, money and measures
 * (not modelled), times of day, ages ("Lavrov, 71," and "71-year-old"), numbers in names ("Group
 * of Seven", "Resolution 2231", "F-16"), street numbers, spans of time ("30 years", "two hours":
 * durations or periods, never counts) and partitives ("two of the three").
 */
final class QuantityExtractor implements Extractor {
  private static final Map<String, String> UNITS = Map.ofEntries(
      Map.entry("troops", "troop"), Map.entry("soldiers", "troop"), Map.entry("servicemen", "troop"),
      Map.entry("servicemembers", "troop"), Map.entry("servicewomen", "troop"), Map.entry("personnel", "troop"),
      Map.entry("countries", "country"), Map.entry("nations", "country"), Map.entry("states", "country"),
      Map.entry("people", "person"), Map.entry("persons", "person"), Map.entry("children", "child"),
      Map.entry("men", "man"), Map.entry("women", "woman"), Map.entry("police", "police officer"),
      Map.entry("staff", "staff member"), Map.entry("aircraft", "aircraft"), Map.entry("members", "member"),
      Map.entry("lives", "life"), Map.entry("wives", "wife"), Map.entry("knives", "knife"),
      Map.entry("thieves", "thief"), Map.entry("wolves", "wolf"), Map.entry("halves", "half"));

  private static final Set<String> TIME_UNITS = Set.of(
      "second", "seconds", "minute", "minutes", "min", "mins", "hour", "hours", "hrs", "day", "days", "week", "weeks",
      "month", "months", "year", "years", "decade", "decades", "century", "centuries", "night", "nights",
      "weekend", "weekends");

  /** Words after a number that make it something other than a count. */
  private static final Set<String> NOT_COUNTS = Set.of(
      "sides", "times", "percent", "points", "others", "ones", "each", "more", "less", "fewer", "o'clock",
      "o’clock", "miles", "kilometres", "kilometers", "km", "metres", "meters", "feet", "inches", "tons", "tonnes",
      "kilograms", "kg", "pounds", "dollars", "euros", "rubles", "roubles", "yuan", "yen", "hryvnias", "degrees",
      "votes", "goals", "runs", "am", "pm", "a.m", "p.m", "gmt", "utc", "bn", "mn", "per", "cent", "percentage",
      "cents", "pence", "gallons", "litres", "liters", "barrels", "acres", "hectares", "square", "cubic", "yards",
      "ounces", "grams", "megawatts", "gigawatts", "watts", "volts", "knots", "mph", "kph", "bytes", "gigabytes",
      "apiece", "ways", "steps", "stages", "phases", "fold");

  /** Words that end the search for a head noun. */
  private static final Set<String> FUNCTION_WORDS = Set.of(
      "the", "a", "an", "of", "and", "or", "to", "in", "on", "at", "for", "with", "by", "from", "that", "which",
      "who", "were", "was", "is", "are", "had", "has", "have", "be", "been", "will", "would", "could", "should",
      "said", "says", "than", "as", "but", "if", "into", "about", "after", "before", "more", "most", "also", "it",
      "they", "we", "he", "she", "this", "these", "those", "there", "not", "no", "now", "here", "where", "when");

  private static final Set<String> NOT_PLURALS = Set.of(
      "as", "was", "has", "is", "this", "its", "his", "hers", "yours", "ours", "theirs", "perhaps", "always",
      "sometimes", "besides", "across", "thus", "unless", "towards", "afterwards", "whereas", "yes", "regardless",
      "nevertheless", "less", "onwards", "news", "series", "species", "chaos", "status", "bus", "us", "various",
      "previous", "serious", "numerous", "famous", "anxious", "nervous", "obvious", "enormous", "tremendous");

  private static final Set<String> MEMBERSHIP_NOUNS = Set.of(
      "alliance", "bloc", "group", "organization", "organisation", "coalition", "union", "body", "council", "club",
      "grouping", "forum", "league", "community", "partnership", "commonwealth", "team", "committee", "panel",
      "board", "delegation", "jury", "crew", "cabinet", "commission", "parliament", "assembly", "senate");

  /*
   * The sets above a word is in, as bits: the walk after a number looks each word up once
   * ({@link #kinds}) instead of once per set.
   */

  /** A word of {@link #TIME_UNITS}. */
  private static final int TIME_UNIT = 1;
  /** A word of {@link #NOT_COUNTS}. */
  private static final int NOT_COUNT = 1 << 1;
  /** A word of {@link #FUNCTION_WORDS}. */
  private static final int FUNCTION = 1 << 2;
  /** A word of {@link #NOT_PLURALS}. */
  private static final int NOT_PLURAL = 1 << 3;
  /** A key of {@link #UNITS}. */
  private static final int UNIT = 1 << 4;

  private static final Map<String, Integer> KINDS = kindsOfWords();

  private static Map<String, Integer> kindsOfWords() {
    Map<String, Integer> m = new java.util.HashMap<>();
    TIME_UNITS.forEach(w -> m.merge(w, TIME_UNIT, (x, y) -> x | y));
    NOT_COUNTS.forEach(w -> m.merge(w, NOT_COUNT, (x, y) -> x | y));
    FUNCTION_WORDS.forEach(w -> m.merge(w, FUNCTION, (x, y) -> x | y));
    NOT_PLURALS.forEach(w -> m.merge(w, NOT_PLURAL, (x, y) -> x | y));
    UNITS.keySet().forEach(w -> m.merge(w, UNIT, (x, y) -> x | y));
    return m;
  }

  /** The sets a word is in ({@link #TIME_UNIT}, {@link #NOT_COUNT}, ...). */
  private static int kinds(String w) {
    Integer k = KINDS.get(w);
    return k == null ? 0 : k;
  }

  private static final Pattern PERCENT = Pattern.compile("(?i)^\\s*(?:%|percent\\b|per\\s+cent\\b|percentage\\b)");
  private static final Pattern TIME_OF_DAY = Pattern.compile("(?i)^(?::\\d|\\s*(?:a\\.m\\.|p\\.m\\.|am\\b|pm\\b|o[’']clock|GMT|UTC)\\b)");
  private static final Pattern HYPHEN = Pattern.compile("^-(country|nation|state|member|strong)(?![\\p{L}-])");
  private static final Pattern RANGE = Pattern.compile("(?i)^\\s*(?:to|-|–|and)\\s*");
  private static final Pattern OR_MORE = Pattern.compile("(?i)^\\s+or\\s+(more|so)\\b");
  private static final Pattern OF = Pattern.compile("(?i)^\\s+of\\s+");
  private static final Pattern DAYS_OF = Pattern.compile("(?i)^\\s+of\\s+(?:(?:intense|intensive|tough|marathon|direct|formal|further|high-level)\\s+)?(" + Gazetteer.EVENT_NOUN_RE + ")\\b");
  private static final Pattern ORG_NAME = Pattern.compile(
      "^\\s+(\\p{Lu}[\\p{L}’'-]*(?:\\s+(?:(?:for|and|of|in|the|de)\\s+)*\\p{Lu}[\\p{L}’'-]*)*)");
  private static final Pattern LOWER_NOUN = Pattern.compile("^\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(\\p{Ll}+)\\b");
  private static final Pattern YEAR_PREPOSITION = Pattern.compile("(?i)\\b(?:in|since|by|of|until|from|to|between|before|after|during|the|early|late|mid)\\s*$");

  @Override
  public List<Claim> extract(Document doc) {
    List<Numbers.Num> nums = Numbers.of(doc);
    boolean[] consumed = new boolean[nums.size()];
    List<Claim> out = new java.util.ArrayList<>();
    for (int k = 0; k < nums.size(); k++) {
      if (consumed[k]) {
        continue;
      }
      Claim c = quantity(doc, nums, k, consumed);
      if (c != null) {
        out.add(c);
      }
    }
    return out;
  }

  /** {@code c} with an ASCII capital lower-cased: the case-insensitive patterns only fold ASCII. */
  private static char lower(char c) {
    return WordTable.asciiLower(c);
  }

  /**
   * The claim number {@code k} of {@code nums} makes, or null; a number it makes a range with
   * ("10,000 to 20,000") is marked in {@code consumed}.
   */
  private static Claim quantity(Document doc, List<Numbers.Num> nums, int k, boolean[] consumed) {
    Numbers.Num n = nums.get(k);
    if (n.word() && !n.vague() && n.value() == 1) {
      return null;
    }
    String text = doc.text();
    Document.Sentence s = doc.sentenceAt(n.start());
    boolean sentenceStart = Tokens.onlyOpeners(text, s.start(), n.start());
    if (n.word() && Character.isUpperCase(text.charAt(n.start())) && !sentenceStart) {
      return null; // "Group of Seven"
    }
    int beforeStart = Math.max(s.start(), n.start() - 60); // the text before: [beforeStart, n.start())
    if (partOf(text, beforeStart, n.start())) {
      return null; // "two of the three ministers"
    }
    int valueStart = n.start();
    String qualifier = "";
    Numbers.Qualifier qm = Numbers.qualifierBefore(text, beforeStart, n.start());
    if (qm != null) {
      qualifier = qm.canonical();
      valueStart = qm.start();
    } else if (!n.word() && !sentenceStart && precededByName(text, beforeStart, n.start())) {
      return null; // "Resolution 2231", "Article 5", "Flight 17"
    }
    int pos = n.end();
    int end = n.end();
    double lo = n.value();
    double hi = n.value();
    int afterEnd = Math.min(s.end(), pos + 100); // the text after: [pos, afterEnd)
    char next = Numbers.firstAfterSpaces(text, pos, afterEnd);
    if ((next == '%' || lower(next) == 'p') && Numbers.on(PERCENT, text, pos, afterEnd).lookingAt()
        || !n.word() && (next == ':' || "apogu".indexOf(lower(next)) >= 0) && Numbers.on(TIME_OF_DAY, text, pos, afterEnd).lookingAt()) {
      return null;
    }
    // "10,000 to 20,000", "between 10,000 and 20,000", "10-12"
    if (!n.vague() && "t-–a".indexOf(lower(next)) >= 0) {
      Matcher rm = Numbers.on(RANGE, text, pos, afterEnd);
      if (rm.lookingAt()) {
        int j = numberAt(nums, k, rm.end());
        Numbers.Num second = j < 0 ? null : nums.get(j);
        boolean and = rm.group().strip().equals("and");
        if (second != null && !second.vague() && second.word() == n.word() && second.value() > n.value()
            && (!and || text.substring(beforeStart, n.start()).toLowerCase(Locale.ROOT).endsWith("between "))) {
          consumed[j] = true;
          hi = second.value();
          pos = second.end();
          end = second.end();
          afterEnd = Math.min(s.end(), pos + 100);
          next = Numbers.firstAfterSpaces(text, pos, afterEnd);
        }
      }
    }
    if (!n.word() && lo == hi && isYear(text, n.start(), n.end()) && !yearCount(text, pos, afterEnd, beforeStart, n.start())) {
      return null;
    }
    String ownerPrefix = ownerBefore(text, Math.max(s.start(), valueStart - 40), valueStart); // "Russia’s 100,000 troops"
    // hyphenated: "57-country Organization ...", "a 100,000-strong force"
    if (pos < afterEnd && text.charAt(pos) == '-') {
      Matcher hm = Numbers.on(HYPHEN, text, pos, afterEnd);
      if (!hm.lookingAt() || lo != hi) {
        return null; // "four-hour", "57-year-old", "3-1"
      }
      int hyphenEnd = hm.end();
      String rest = text.substring(hyphenEnd, Math.min(s.end(), hyphenEnd + 120));
      String kind = hm.group(1);
      Interval value = Numbers.apply(qualifier, lo, 1);
      if (kind.equals("strong")) {
        Matcher nm = LOWER_NOUN.matcher(rest);
        if (!nm.lookingAt()) {
          return null;
        }
        String noun = nm.group(1);
        String unit = Set.of("force", "army", "contingent", "military", "troop", "deployment").contains(noun)
            ? "troop" : singular(noun);
        return claim(doc, ownerPrefix + noun, "count", valueStart, hyphenEnd, new Quantity(value, unit, qualifier, false));
      }
      String unit = kind.equals("member") ? "member" : "country";
      Matcher org = ORG_NAME.matcher(rest);
      String subject;
      if (org.lookingAt()) {
        // "a seven-member Tibetan mountaineering team": the name is a modifier of the group noun
        int groupEnd = groupNounEnd(rest, org.end());
        subject = groupEnd > 0 ? rest.substring(0, groupEnd).strip() : org.group(1);
      } else {
        Matcher nm = LOWER_NOUN.matcher(rest);
        if (!nm.lookingAt() || !MEMBERSHIP_NOUNS.contains(nm.group(1))) {
          return null;
        }
        subject = nm.group(1);
      }
      return claim(doc, subject, "members", valueStart, hyphenEnd, new Quantity(value, unit, qualifier, false));
    }
    boolean spaced = pos < afterEnd && Numbers.isRegexSpace(text.charAt(pos)); // OR_MORE and OF start with white space
    if (spaced && lower(next) == 'o') {
      Matcher more = Numbers.on(OR_MORE, text, pos, afterEnd);
      if (more.lookingAt()) {
        if (qualifier.isEmpty()) {
          qualifier = more.group(1).equalsIgnoreCase("more") ? "at least" : "about";
        }
        end = more.end();
        pos = end;
        afterEnd = Math.min(s.end(), pos + 100);
        next = Numbers.firstAfterSpaces(text, pos, afterEnd);
        spaced = pos < afterEnd && Numbers.isRegexSpace(text.charAt(pos));
      }
    }
    Matcher of = spaced && lower(next) == 'o' ? Numbers.on(OF, text, pos, afterEnd) : null;
    if (n.vague()) {
      if (of == null || !of.lookingAt()) {
        return null;
      }
      pos = of.end();
    } else if (of != null && of.lookingAt()) {
      return null; // partitives: "two of the three", "three of them"
    }
    if (!n.vague() && qualifier.isEmpty() && n.end() - n.start() >= 5 && Numbers.asciiWordAt(text, n.end() - 5, "dozen")) {
      qualifier = "about";
    }
    List<Tokens.Tok> toks = Tokens.of(text, pos, Math.min(s.end(), pos + 80), 4);
    for (int i = 0; i < toks.size(); i++) {
      Tokens.Tok t = toks.get(i);
      if (!t.isWord()) {
        return null;
      }
      String w = t.word();
      int kinds = kinds(w);
      if ((kinds & TIME_UNIT) != 0 || isTimeUnitCompound(w)) {
        if (i == 0 && !n.vague() && (w.equals("days") || w.equals("day"))) {
          Matcher dm = DAYS_OF.matcher(text.substring(t.end(), Math.min(s.end(), t.end() + 60)));
          if (dm.lookingAt()) {
            Interval value = Numbers.apply(qualifier, lo, 1);
            return claim(doc, dm.group(1), "count", valueStart, t.end(), new Quantity(value, "day", qualifier, false));
          }
        }
        return null;
      }
      if ((kinds & (NOT_COUNT | FUNCTION)) != 0) {
        return null;
      }
      String unit = (kinds & UNIT) != 0 ? UNITS.get(w) : null;
      if (unit != null && i + 1 < toks.size() && toks.get(i + 1).isWord()) {
        String head = toks.get(i + 1).word();
        int headKinds = kinds(head);
        if ((headKinds & FUNCTION) == 0 && plural(head, headKinds) && (headKinds & NOT_COUNT) == 0) {
          unit = null; // "police officers", "staff members": the next word is the head
        }
      }
      if (unit == null && (kinds & UNIT) == 0 && !t.capitalised() && plural(w, kinds)) {
        unit = singular(w);
      }
      if (unit != null && !t.capitalised()) {
        String subject = ownerPrefix + Tokens.join(toks, 0, i);
        String attribute = "count";
        if (w.equals("members") || i > 0 && toks.get(i - 1).word().equals("member")) {
          attribute = "members";
          unit = w.equals("members") ? "member" : "country";
        }
        Interval value;
        boolean vague = false;
        if (n.vague()) {
          value = Numbers.applyVague(qualifier, n.range());
          vague = true;
        } else if (lo != hi) {
          value = Interval.closed(lo, hi);
        } else {
          value = Numbers.apply(qualifier, lo, 1);
        }
        return claim(doc, subject, attribute, valueStart, end, new Quantity(value, unit, qualifier, vague));
      }
      // a modifier: "Russian", "negotiating", "European"
    }
    return null;
  }

  private static Claim claim(Document doc, String subject, String attribute, int start, int end, Quantity q) {
    return doc.claim(ClaimKind.QUANTITY, subject, attribute, start, end, q, EventContexts.of(doc, start));
  }

  private static final Set<String> PARTS = Set.of(
      "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "some", "all", "most", "none",
      "each", "both", "any", "many", "few");

  /**
   * The end of a group noun ("team", "committee", ...) among the next three lower-case words of
   * {@code s} from {@code from} ("Tibetan [mountaineering team]"), or -1.
   */
  private static int groupNounEnd(String s, int from) {
    List<Tokens.Tok> t = Tokens.of(s, from, Math.min(s.length(), from + 60));
    for (int i = 0; i < Math.min(3, t.size()); i++) {
      Tokens.Tok x = t.get(i);
      if (!x.isWord() || x.capitalised()) {
        return -1;
      }
      if (MEMBERSHIP_NOUNS.contains(x.word())) {
        return x.end();
      }
    }
    return -1;
  }

  /** The index of the number after number {@code k} of {@code nums} that starts at {@code offset}, or -1. */
  private static int numberAt(List<Numbers.Num> nums, int k, int offset) {
    for (int j = k + 1; j < nums.size() && nums.get(j).start() <= offset; j++) {
      if (nums.get(j).start() == offset) {
        return j;
      }
    }
    return -1;
  }

  /**
   * "two of the", "most of these" ending {@code text[from, to)}: the number after it counts a part
   * of a group.
   */
  private static boolean partOf(String text, int from, int to) {
    if (to == from || !Tokens.isWhitespace(text.charAt(to - 1))) {
      return false;
    }
    int e = Tokens.runStart(text, from, to, true);
    int j = Tokens.runStart(text, from, e, false);
    int e2 = Tokens.runStart(text, from, j, true);
    if (e - from < 3 || !(Numbers.asciiWordAt(text, e - 3, "the") || e - from >= 5
        && (Numbers.asciiWordAt(text, e - 5, "these") || Numbers.asciiWordAt(text, e - 5, "those")))
        || e2 - from < 2 || !Numbers.asciiWordAt(text, e2 - 2, "of")) {
      return false; // the last two words end otherwise (the words are told as LastWords.is does below)
    }
    LastWords w = new LastWords(text, from, to, 3);
    if (w.size() < 3 || !(w.is(2, "the") || w.is(2, "these") || w.is(2, "those")) || !w.is(1, "of")) {
      return false;
    }
    String part = w.lower(0);
    return PARTS.contains(part) || part.chars().allMatch(Character::isDigit);
  }

  /**
   * A capitalised word ending {@code text[from, to)} (before white space), right before a
   * numeral: a name with a number ("Resolution 2231").
   */
  private static boolean precededByName(String text, int from, int to) {
    if (to == from || !Tokens.isWhitespace(text.charAt(to - 1))) {
      return false;
    }
    int e = Tokens.runStart(text, from, to, true);
    int j = Tokens.runStart(text, from, e, false);
    return j < e && !Tokens.onlyOpeners(text, from, j) && Character.isUpperCase(text.charAt(j)) && !possessive(text, j, e);
  }

  /** Whether the word {@code text[start, end)} ends with "’s" or "'s". */
  private static boolean possessive(String text, int start, int end) {
    return end - start >= 2 && text.charAt(end - 1) == 's' && (text.charAt(end - 2) == '’' || text.charAt(end - 2) == '\'');
  }

  /**
   * The owner written before a number and white space: "Russia’s " in "Russia’s 100,000 troops",
   * the last word of {@code text[from, to)} when it is a capitalised possessive of more than two
   * characters; else "".
   */
  private static String ownerBefore(String text, int from, int to) {
    int e = Tokens.runStart(text, from, to, true);
    int j = Tokens.runStart(text, from, e, false);
    if (e - j > 2 && Character.isUpperCase(text.charAt(j)) && possessive(text, j, e) && Tokens.isWhitespace(text.charAt(to - 1))) {
      return text.substring(j, e) + " ";
    }
    return "";
  }

  /** Whether the numeral {@code text[start, end)} is four digits from 1800 to 2100. */
  private static boolean isYear(String text, int start, int end) {
    if (end - start != 4) {
      return false;
    }
    for (int i = start; i < end; i++) {
      if (!Character.isDigit(text.charAt(i))) {
        return false;
      }
    }
    int y = Integer.parseInt(text, start, end, 10);
    return y >= 1800 && y <= 2100;
  }

  /**
   * "2000 troops" (a count that looks like a year), unless the year reading is forced ("in 2000"):
   * the text after is {@code text[from, to)}, the text before {@code text[beforeStart, beforeEnd)}.
   */
  private static boolean yearCount(String text, int from, int to, int beforeStart, int beforeEnd) {
    List<Tokens.Tok> t = Tokens.of(text, from, to, 1);
    return !t.isEmpty() && UNITS.containsKey(t.get(0).word()) && !Numbers.on(YEAR_PREPOSITION, text, beforeStart, beforeEnd).find();
  }

  private static boolean isTimeUnitCompound(String w) {
    int dash = w.indexOf('-');
    return dash > 0 && (TIME_UNITS.contains(w.substring(0, dash)) || TIME_UNITS.contains(w.substring(dash + 1)));
  }

  static boolean plural(String w) {
    return plural(w, kinds(w));
  }

  /** {@link #plural(String)} for a word of {@link #kinds} {@code kinds}. */
  private static boolean plural(String w, int kinds) {
    return w.length() >= 4 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")
        && !w.endsWith("’s") && !w.endsWith("'s") && (kinds & NOT_PLURAL) == 0 && allLetters(w);
  }

  private static boolean allLetters(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (!Character.isLetter(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static String singular(String w) {
    String u = UNITS.get(w);
    if (u != null) {
      return u;
    }
    if (w.endsWith("ies") && w.length() > 4) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes") || w.endsWith("sses") || w.endsWith("zes")) {
      return w.substring(0, w.length() - 2);
    }
    return w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
  }
}
