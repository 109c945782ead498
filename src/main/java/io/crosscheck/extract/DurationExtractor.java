package io.crosscheck.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds duration claims: how long an activity lasted. The value is a range in seconds ({@link
 * Numbers#apply}: "nearly eight hours" is [7.2, 8] hours, "nearly four hours" [3.5, 4], "more than
 * two hours" (2, inf), "about 7 hours and 30 minutes" 7.5 hours give or take 45 minutes).
 *
 * <p>A duration is only reported when the text says what lasted, so a span that is not an
 * activity's length yields nothing ("the first time ... in two years", "the past 30 years",
 * "three days ago", "two days earlier"):
 *
 * <ul>
 *   <li>an adjective before an activity noun: "the four-hour meeting", "the four hour-long
 *       meeting", "8-hour talks", "day-long talks", "a 90-minute call";
 *   <li>the amount of an activity: "nearly eight hours of conversation", "nearly four hours of a
 *       meeting" (hours and minutes only: "three days of talks" counts days, see {@link
 *       QuantityExtractor});
 *   <li>a lasting verb: "the meeting lasted more than two hours", "Wednesday's meeting, which went
 *       on an hour longer than expected", "they met for two hours" (activity from the verb).
 * </ul>
 *
 * <p>Activity: the canonical event noun ("talks", "meeting", "session", "dinner",
 * "conversation", ...) or another activity ("visit", "call", "flight", "siege"); a length whose
 * activity is not one of these ("the coalition took seven months to form") yields nothing, so
 * durations of unrelated things are never compared. Subject: the activity. Attribute: "duration". Planned: an expectation or plan
 * ("expected to last about three hours", "scheduled to last", "a planned two-hour meeting").
 * Relative: a difference, never a length ("an hour longer than expected", "two hours later than
 * planned", "two more hours").
 */
final class DurationExtractor implements Extractor {
  private static final Pattern UNIT = Pattern.compile(
      "(?i)\\b(seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|decades?)(-long)?\\b");

  /** The words of {@link #UNIT} (without "-long"). */
  private static final Set<String> UNIT_WORDS = Set.of(
      "second", "seconds", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs", "day", "days", "week",
      "weeks", "month", "months", "year", "years", "decade", "decades");

  /** The units of time ({@link Words#UNIT}). */
  static Set<String> unitWords() {
    return UNIT_WORDS;
  }

  /** The length of each unit word in seconds ({@link #seconds}). */
  private static final WordTable<Double> UNIT_SECONDS = unitSeconds();

  private static WordTable<Double> unitSeconds() {
    Map<String, Double> m = new HashMap<>();
    for (String unit : UNIT_WORDS) {
      m.put(unit, seconds(unit));
    }
    return new WordTable<>(m);
  }

  private static final Map<String, String> ACTIVITIES = Map.ofEntries(
      Map.entry("visit", "visit"), Map.entry("trip", "trip"), Map.entry("flight", "flight"),
      Map.entry("ceasefire", "ceasefire"), Map.entry("truce", "truce"), Map.entry("strike", "strike"),
      Map.entry("siege", "siege"), Map.entry("war", "war"), Map.entry("debate", "debate"),
      Map.entry("hearing", "hearing"), Map.entry("trial", "trial"), Map.entry("speech", "speech"),
      Map.entry("call", "call"), Map.entry("interview", "interview"), Map.entry("operation", "operation"),
      Map.entry("exercise", "exercise"), Map.entry("exercises", "exercise"), Map.entry("drill", "drill"),
      Map.entry("drills", "drill"), Map.entry("offensive", "offensive"), Map.entry("standoff", "standoff"),
      Map.entry("journey", "journey"), Map.entry("vote", "vote"), Map.entry("deliberations", "deliberations"),
      Map.entry("breakfast", "breakfast"), Map.entry("shutdown", "shutdown"), Map.entry("blockade", "blockade"),
      Map.entry("address", "address"), Map.entry("briefing", "briefing"), Map.entry("meal", "meal"));

  private static final Pattern OF_ACTIVITY = Pattern.compile(
      "(?i)^\\s+of\\s+(?:(?:a|an|the|intense|intensive|tough|closed-door|direct|difficult|marathon|face-to-face"
          + "|frank|detailed|heated|tense|fruitless|further|more)\\s+){0,3}([\\p{L}-]+)(?:\\s+(conference))?");

  private static final Words.Vocabulary LASTING_VERBS = new Words.Vocabulary(Set.of(
      "lasted", "lasts", "lasting", "ran", "run", "runs", "running", "stretched", "continued", "took", "spanned",
      "met", "talked", "spoke", "negotiated", "deliberated"));

  private static final Words.Vocabulary GOING_ON =
      new Words.Vocabulary(Set.of("went", "go", "going", "goes", "dragged", "gone"));

  private static final Words.Vocabulary BEFORE_LAST = new Words.Vocabulary(Set.of(
      "to", "will", "would", "could", "might", "may", "can", "should", "did", "does", "do"));

  /**
   * Where the lasting verb {@code before} ends with starts ("lasted", "went on for", "is expected
   * to last"), or -1: the time that follows is how long something lasted.
   */
  static int lastingVerb(String before) {
    LastWords w = new LastWords(before, 4);
    int k = w.size();
    if (k > 0 && w.is(k - 1, "for")) {
      k--;
    }
    if (k == 0) {
      return -1;
    }
    int words;
    if (w.in(k - 1, LASTING_VERBS)) {
      words = 1;
    } else if (w.is(k - 1, "last") && k >= 2 && w.in(k - 2, BEFORE_LAST)) {
      words = 1;
    } else if (w.is(k - 1, "on") && k >= 2 && w.in(k - 2, GOING_ON)) {
      words = 2;
    } else {
      return -1;
    }
    return wordsBack(before, (w.size() - k) + words);
  }

  private static final Map<String, String> VERB_ACTIVITIES = Map.of(
      "met", "meeting", "talked", "talks", "spoke", "conversation", "negotiated", "negotiations",
      "deliberated", "deliberations");

  private static final Pattern PLANNED = Pattern.compile(
      "(?i)\\b(?:(?:expected|scheduled|set|due|planned|slated|supposed|meant|likely)\\s+to\\s+(?:last|run|take|go\\s+on)"
          + "|will\\s+(?:last|run|take)|planned|scheduled)\\b");

  private static final Pattern RELATIVE_AFTER = Pattern.compile(
      "(?i)^\\s+(longer|shorter|more|less|later|earlier)\\b(\\s+than(?:\\s+(?:had|has|have|was|were|been|had\\s+been|"
          + "originally|initially|first))*\\s+(?:expected|planned|scheduled|anticipated|usual|intended|promised|"
          + "announced|agreed|normal|before|previously)\\b)?");

  private static final Pattern NOT_A_LENGTH_AFTER = Pattern.compile("(?i)^(?:\\s+(?:ago|old|earlier|later|before|after)\\b|-old\\b)");
  private static final Pattern AND_A_HALF = Pattern.compile("(?i)^\\s+and\\s+a\\s+half\\b");
  private static final Pattern COMPOUND = Pattern.compile("(?i)^,?\\s+and\\s+");

  private static final Set<String> STOPS = Set.of(
      "said", "says", "told", "and", "but", "or", "than", "while", "after", "before", "because");

  /** An amount of time written in the text. */
  private record Amount(int start, int end, double seconds, double step, boolean adjectival, boolean relative) {}

  /** A unit of time in the text: the unit word and an optional "-long" ({@link #UNIT}'s groups). */
  private record Unit(int start, int end, double seconds, boolean longForm) {}

  @Override
  public List<Claim> extract(Document doc) {
    String text = doc.text();
    List<Numbers.Num> nums = Numbers.of(doc);
    List<Claim> out = new ArrayList<>();
    Words w = Words.of(doc);
    Matcher u = UNIT.matcher(text);
    u.useTransparentBounds(true);
    u.useAnchoringBounds(false);
    int consumedTo = -1;
    for (int i : Numbers.unitWords(doc)) {
      int at = w.start(i);
      if (at < consumedTo) {
        continue;
      }
      Double seconds = UNIT_SECONDS.getLowerCase(w, i);
      if (seconds == null) {
        continue;
      }
      Unit unit = w.ascii(i) ? unitAt(text, at, w.end(i), seconds) : unitByPattern(text, at, u);
      if (unit == null) {
        continue;
      }
      Document.Sentence s = doc.sentenceAt(at);
      Amount a = amount(text, s, unit, nums);
      if (a == null) {
        continue;
      }
      consumedTo = a.end();
      Claim c = duration(doc, s, a);
      if (c != null) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * The unit of time {@link #UNIT} matches at the ASCII unit word {@code text[start, end)} (of
   * {@code seconds} seconds), read by hand, or null: the pattern's word is the whole word
   * (any shorter one is followed by a letter), with "-long" when it follows, and word boundaries
   * around (ASCII ones: "_" is a word character). Where a character next to it is outside ASCII,
   * the pattern decides.
   */
  private static Unit unitAt(String text, int start, int end, double seconds) {
    char before = start > 0 ? text.charAt(start - 1) : ' ';
    if (before >= 128) {
      return unitByPattern(text, start, UNIT.matcher(text).useTransparentBounds(true).useAnchoringBounds(false));
    }
    if (before == '_') {
      return null;
    }
    if (Numbers.asciiWordAt(text, end, "-long")) {
      int b = boundary(text, end + 5);
      if (b < 0) {
        return unitByPattern(text, start, UNIT.matcher(text).useTransparentBounds(true).useAnchoringBounds(false));
      }
      if (b == 1) {
        return new Unit(start, end + 5, seconds, true); // "hour-long"
      }
    }
    int b = boundary(text, end);
    if (b < 0) {
      return unitByPattern(text, start, UNIT.matcher(text).useTransparentBounds(true).useAnchoringBounds(false));
    }
    return b == 1 ? new Unit(start, end, seconds, false) : null;
  }

  /**
   * Whether an ASCII word character before {@code i} is followed by a word boundary there: 1 when
   * the text ends or an ASCII character other than a letter, digit or "_" follows, 0 when one of
   * those follows, -1 for a character outside ASCII.
   */
  private static int boundary(String text, int i) {
    if (i >= text.length()) {
      return 1;
    }
    char c = text.charAt(i);
    if (c >= 128) {
      return -1;
    }
    return c == '_' || c >= '0' && c <= '9' || (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? 0 : 1;
  }

  /** The unit of time {@link #UNIT} matches at {@code start} with {@code u} (transparent bounds), or null. */
  private static Unit unitByPattern(String text, int start, Matcher u) {
    u.region(start, Math.min(text.length(), start + 20));
    if (!u.lookingAt()) {
      return null;
    }
    return new Unit(u.start(), u.end(), seconds(u.group(1)), u.group(2) != null);
  }

  /** The number of {@code nums} (in text order) that ends at {@code end}, or null. */
  private static Numbers.Num numEndingAt(List<Numbers.Num> nums, int end) {
    int lo = 0;
    int hi = nums.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int e = nums.get(mid).end();
      if (e < end) {
        lo = mid + 1;
      } else if (e > end) {
        hi = mid - 1;
      } else {
        return nums.get(mid);
      }
    }
    return null;
  }

  /** The offset in {@code s} of the start of its {@code n}-th word from the end. */
  private static int wordsBack(String s, int n) {
    return wordsBack(s, 0, s.length(), n);
  }

  /**
   * The offset of the start of the {@code n}-th whitespace-separated word from the end of {@code
   * text[from, to)} ({@code from} when there are fewer).
   */
  private static int wordsBack(String text, int from, int to, int n) {
    int i = to;
    for (int k = 0; k < n; k++) {
      i = Tokens.runStart(text, from, Tokens.runStart(text, from, i, true), false);
    }
    return i;
  }

  /**
   * The number that ends right before the last {@code words} words of {@code before} ("two" in
   * "two and a half"), or null; {@code before} ends at text offset {@code end}.
   */
  private static Numbers.Num numBefore(String before, int words, int end, List<Numbers.Num> nums) {
    int i = Tokens.runStart(before, 0, wordsBack(before, words), true);
    return numEndingAt(nums, end - before.length() + i);
  }

  /** Whether the word {@code text[start, end)} is {@code lower} as {@link LastWords#is} tells (for a word without "k"). */
  private static boolean wordIs(String text, int start, int end, String lower) {
    return end - start == lower.length() && Numbers.asciiWordAt(text, start, lower);
  }

  /** The amount a unit word closes ("nearly eight hours", "four-hour", "an hour and a half"), or null. */
  private static Amount amount(String text, Document.Sentence s, Unit u, List<Numbers.Num> nums) {
    double unit = u.seconds();
    boolean longForm = u.longForm();
    int unitStart = u.start();
    int end = u.end();
    double count;
    int start;
    boolean adjectival = longForm;
    boolean relative = false;
    int beforeStart = Math.max(s.start(), unitStart - 40); // the text before: [beforeStart, unitStart)
    if (unitStart > beforeStart && text.charAt(unitStart - 1) == '-') {
      Numbers.Num n = numEndingAt(nums, unitStart - 1);
      if (n == null || n.vague()) {
        return null;
      }
      count = n.value();
      start = n.start();
      adjectival = true;
    } else {
      int gapStart = Tokens.runStart(text, beforeStart, unitStart, true);
      Numbers.Num n = numEndingAt(nums, gapStart);
      boolean numberBefore = n != null && gapStart < unitStart;
      if (numberBefore) {
        if (n.vague()) {
          return null;
        }
        count = n.value();
        start = n.start();
      } else {
        // without a number right before, only a last word "half", "more", "a" or "an" makes an amount
        int lastWord = Tokens.runStart(text, beforeStart, gapStart, false);
        if (!longForm && !wordIs(text, lastWord, gapStart, "half") && !wordIs(text, lastWord, gapStart, "more")
            && !wordIs(text, lastWord, gapStart, "a") && !wordIs(text, lastWord, gapStart, "an")) {
          return null;
        }
        String before = text.substring(beforeStart, unitStart);
        LastWords last = new LastWords(before, 5);
        int k = last.size();
        if (k >= 4 && last.is(k - 1, "half") && last.is(k - 2, "a")
            && last.is(k - 3, "and") && numBefore(before, 3, unitStart, nums) != null) {
          // "two and a half years"
          Numbers.Num whole = numBefore(before, 3, unitStart, nums);
          count = whole.value() + 0.5;
          start = whole.start();
        } else if (k >= 2 && last.is(k - 1, "more") && numBefore(before, 1, unitStart, nums) != null) {
          // "two more hours"
          Numbers.Num whole = numBefore(before, 1, unitStart, nums);
          count = whole.value();
          start = whole.start();
          relative = true;
        } else if (k >= 1 && (last.is(k - 1, "a") || last.is(k - 1, "an"))) {
          // "an hour", "half an hour"
          boolean half = k >= 2 && last.is(k - 2, "half");
          count = half ? 0.5 : 1;
          start = unitStart - before.length() + wordsBack(before, half ? 2 : 1);
        } else if (longForm) {
          count = 1;
          start = unitStart;
        } else {
          return null;
        }
      }
    }
    double step = unit;
    int afterEnd = Math.min(s.end(), end + 60); // the text after: [end, afterEnd)
    char next = Numbers.firstAfterSpaces(text, end, afterEnd);
    boolean spaced = end < afterEnd && Numbers.isRegexSpace(text.charAt(end));
    Matcher ah = spaced && (next | 0x20) == 'a' ? Numbers.on(AND_A_HALF, text, end, afterEnd) : null;
    if (ah != null && ah.lookingAt()) {
      count += 0.5;
      end = ah.end();
    } else if (next == ',' || spaced && (next | 0x20) == 'a') {
      Matcher cm = Numbers.on(COMPOUND, text, end, afterEnd);
      if (cm.lookingAt()) {
        int numStart = cm.end();
        Matcher u2 = UNIT.matcher(text).region(numStart, Math.min(s.end(), numStart + 40));
        if (u2.find()) {
          Numbers.Num n2 = numEndingAt(nums, text.substring(numStart, u2.start()).stripTrailing().length() + numStart);
          double unit2 = seconds(u2.group(1));
          if (n2 != null && n2.start() == numStart && !n2.vague() && unit2 < unit) {
            double total = count * unit + n2.value() * unit2;
            return new Amount(start, u2.end(), total, unit2, adjectival, relative);
          }
        }
      }
    }
    return new Amount(start, end, count * unit, step, adjectival, relative);
  }

  private static Claim duration(Document doc, Document.Sentence s, Amount a) {
    String text = doc.text();
    String before = text.substring(Math.max(s.start(), a.start() - 80), a.start());
    int start = a.start();
    String qualifier = "";
    Numbers.Qualifier qm = Numbers.qualifierBefore(before);
    if (qm != null) {
      qualifier = qm.canonical();
      start = a.start() - (before.length() - qm.start());
      before = before.substring(0, qm.start());
    }
    int end = a.end();
    boolean relative = a.relative();
    int afterEnd = Math.min(s.end(), end + 100); // the text after: [end, afterEnd)
    char next = WordTable.asciiLower(Numbers.firstAfterSpaces(text, end, afterEnd));
    boolean spaced = end < afterEnd && Numbers.isRegexSpace(text.charAt(end));
    Matcher rel = spaced && "lsme".indexOf(next) >= 0 ? Numbers.on(RELATIVE_AFTER, text, end, afterEnd) : null;
    if (rel != null && rel.lookingAt()) {
      String word = rel.group(1).toLowerCase(Locale.ROOT);
      boolean shift = word.equals("later") || word.equals("earlier");
      if (shift && rel.group(2) == null) {
        return null; // "two days later": a date, not a length
      }
      relative = true;
      end = rel.end();
      afterEnd = Math.min(s.end(), end + 100);
      next = WordTable.asciiLower(Numbers.firstAfterSpaces(text, end, afterEnd));
      spaced = end < afterEnd && Numbers.isRegexSpace(text.charAt(end));
    } else if ((next == '-' || spaced && "aoelb".indexOf(next) >= 0) && Numbers.on(NOT_A_LENGTH_AFTER, text, end, afterEnd).lookingAt()) {
      return null;
    }
    String activity = null;
    if (a.adjectival()) {
      activity = headActivity(text, end, s.end());
      if (activity == null) {
        return null;
      }
    } else {
      Matcher of = spaced && next == 'o' ? Numbers.on(OF_ACTIVITY, text, end, afterEnd) : null;
      if (of != null && of.lookingAt()) {
        String noun = of.group(2) != null ? of.group(1) + " " + of.group(2) : of.group(1);
        String act = activity(noun);
        if (act != null) {
          if (a.step() >= 86400 && Gazetteer.eventNoun(noun) != null) {
            return null; // "three days of talks": a count of days
          }
          activity = act;
        }
      }
      if (activity == null) {
        int verbAt = lastingVerb(before);
        if (verbAt < 0) {
          if (!relative) {
            return null;
          }
          // "the summit ended two hours later than planned"
          activity = nounBefore(text, s, start);
          if (activity.isEmpty()) {
            return null;
          }
        } else {
          String verb = Tokens.lastWords(before.substring(0, before.indexOf(' ', verbAt) < 0 ? before.length()
              : before.indexOf(' ', verbAt)), 1).get(0);
          activity = VERB_ACTIVITIES.get(verb);
          if (activity == null) {
            activity = nounBefore(text, s, start - (before.length() - verbAt));
          }
          if (activity.isEmpty()) {
            return null; // "the coalition took seven months to form": not an activity we compare
          }
        }
      }
    }
    boolean planned = planned(doc, clauseStart(text, s, start), start);
    Interval seconds = Numbers.apply(qualifier, a.seconds(), a.step());
    Duration d = new Duration(seconds, activity, qualifier, planned, relative);
    return doc.claim(ClaimKind.DURATION, activity, "duration", start, end, d, EventContexts.of(doc, start));
  }

  /**
   * The last words of the activities of two words ("press conference", "phone call"): {@link
   * #headActivity} tries a word with the next as one only where the next is one of these.
   */
  private static final Set<String> TWO_WORD_ENDS = twoWordEnds();

  private static Set<String> twoWordEnds() {
    Set<String> ends = new java.util.HashSet<>(List.of("call"));
    for (String noun : Gazetteer.eventNouns()) {
      if (noun.indexOf(' ') >= 0) {
        ends.add(noun.substring(noun.lastIndexOf(' ') + 1));
      }
    }
    for (String noun : ACTIVITIES.keySet()) {
      if (noun.indexOf(' ') >= 0) {
        ends.add(noun.substring(noun.lastIndexOf(' ') + 1));
      }
    }
    return Set.copyOf(ends);
  }

  /** The activity noun an adjectival duration qualifies ("four-hour [closed-door] meeting"), or null. */
  private static String headActivity(String text, int from, int limit) {
    List<Tokens.Tok> toks = Tokens.of(text, from, Math.min(limit, from + 60), 4);
    for (int i = 0; i < Math.min(3, toks.size()); i++) {
      Tokens.Tok t = toks.get(i);
      if (!t.isWord()) {
        return null;
      }
      String two = i + 1 < toks.size() && TWO_WORD_ENDS.contains(toks.get(i + 1).word())
          ? activity(t.word() + " " + toks.get(i + 1).word()) : null;
      if (two != null) {
        return two;
      }
      String act = activity(t.word());
      if (act != null) {
        return act;
      }
    }
    return null;
  }

  /** The event noun a lasting verb's subject names, looking back from the verb in its clause; "" when none. */
  private static String nounBefore(String text, Document.Sentence s, int verbStart) {
    // the last eight tokens are among those of the last eight words (a token never spans white space)
    List<Tokens.Tok> toks = Tokens.of(text, wordsBack(text, s.start(), verbStart, 8), verbStart);
    for (int k = toks.size() - 1; k >= 0 && toks.size() - k <= 8; k--) {
      Tokens.Tok t = toks.get(k);
      if (t.isWord()) {
        String act = activity(t.word());
        if (act != null) {
          return act;
        }
        if (STOPS.contains(t.word())) {
          return "";
        }
      } else if (!t.text().equals(",")) {
        return "";
      }
    }
    return "";
  }

  /** The conjunctions of {@link Dates#CLAUSE_BREAK} (after a comma). */
  private static final List<String> CLAUSE_CONJUNCTIONS = List.of("but", "while", "and", "or", "although");

  /**
   * Where the clause holding {@code offset} starts in its sentence {@code s}: after the last
   * {@link Dates#CLAUSE_BREAK} before {@code offset}. The pattern is read by hand, as {@link
   * Matcher#find} tries it at every character: a ";", ":" or double quote, a dash between white
   * space, or a comma, white space and a conjunction ending at an ASCII word boundary (where a
   * character outside ASCII follows one, the pattern decides).
   */
  private static int clauseStart(String text, Document.Sentence s, int offset) {
    int c = s.start();
    int i = s.start();
    while (i < offset) {
      char ch = text.charAt(i);
      int e = -1;
      if (ch == ';' || ch == ':' || ch == '“' || ch == '”' || ch == '"') {
        e = i + 1;
      } else if (Numbers.isRegexSpace(ch)) {
        if (i + 2 < offset && (text.charAt(i + 1) == '—' || text.charAt(i + 1) == '–') && Numbers.isRegexSpace(text.charAt(i + 2))) {
          e = i + 3;
        }
      } else if (ch == ',') {
        int j = i + 1;
        while (j < offset && Numbers.isRegexSpace(text.charAt(j))) {
          j++;
        }
        for (String conjunction : CLAUSE_CONJUNCTIONS) {
          int b = j + conjunction.length();
          if (j > i + 1 && b <= offset && text.startsWith(conjunction, j)) {
            int boundary = b == offset ? 1 : boundary(text, b);
            if (boundary < 0) {
              return clauseStartByPattern(text, s, offset);
            }
            e = boundary == 1 ? b : -1;
            break; // no conjunction starts another
          }
        }
      }
      if (e > 0) {
        c = e;
        i = e;
      } else {
        i++;
      }
    }
    return c;
  }

  /** {@link #clauseStart} with the pattern. */
  private static int clauseStartByPattern(String text, Document.Sentence s, int offset) {
    Matcher b = Dates.CLAUSE_BREAK.matcher(text).region(s.start(), offset);
    int c = s.start();
    while (b.find()) {
      c = b.end();
    }
    return c;
  }

  /** The words {@link #PLANNED} starts with. */
  private static final Words.Vocabulary PLANNED_WORDS = new Words.Vocabulary(Set.of(
      "expected", "scheduled", "set", "due", "planned", "slated", "supposed", "meant", "likely", "will"));

  /**
   * Whether {@link #PLANNED} is in the clause {@code text[from, to)} of {@code doc}. The pattern is
   * run only where a word of the clause is one of its first words ({@link #PLANNED_WORDS}), or
   * where a word is outside ASCII or runs across the clause's ends (the pattern's word boundaries
   * are ASCII ones, and the clause's ends are boundaries to it): anywhere else it cannot match.
   */
  private static boolean planned(Document doc, int from, int to) {
    Words w = Words.of(doc);
    int lo = 0;
    int hi = w.size();
    while (lo < hi) { // the first word ending after from
      int mid = (lo + hi) >>> 1;
      if (w.end(mid) <= from) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int i = lo; i < w.size() && w.start(i) < to; i++) {
      if (w.start(i) < from || w.end(i) > to || !w.ascii(i) || w.in(PLANNED_WORDS, i)) {
        return Numbers.on(PLANNED, doc.text(), from, to).find();
      }
    }
    return false;
  }

  /** The canonical activity a noun names, or null. */
  private static String activity(String noun) {
    String w = noun.toLowerCase(Locale.ROOT);
    String e = Gazetteer.eventNoun(w);
    if (e != null) {
      return e;
    }
    if (w.equals("phone call") || w.equals("video call")) {
      return "call";
    }
    return ACTIVITIES.get(w);
  }

  private static double seconds(String unit) {
    String u = unit.toLowerCase(Locale.ROOT);
    if (u.startsWith("sec")) {
      return 1;
    }
    if (u.startsWith("min")) {
      return 60;
    }
    if (u.startsWith("h")) {
      return 3600;
    }
    if (u.startsWith("day")) {
      return 86400;
    }
    if (u.startsWith("week")) {
      return 604800;
    }
    if (u.startsWith("month")) {
      return 2629746;
    }
    if (u.startsWith("decade")) {
      return 315569520;
    }
    return 31556952;
  }
}
