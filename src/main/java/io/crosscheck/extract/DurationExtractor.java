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

  private static final Words.Vocabulary UNIT_WORDS = new Words.Vocabulary(Set.of(
      "second", "seconds", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs", "day", "days", "week",
      "weeks", "month", "months", "year", "years", "decade", "decades"));

  /** The units of time ({@link Words#UNIT}). */
  static Set<String> unitWords() {
    return UNIT_WORDS.words();
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

  @Override
  public List<Claim> extract(Document doc) {
    String text = doc.text();
    Map<Integer, Numbers.Num> byEnd = new HashMap<>();
    for (Numbers.Num n : Numbers.of(doc)) {
      byEnd.put(n.end(), n);
    }
    List<Claim> out = new ArrayList<>();
    Words w = Words.of(doc);
    Matcher u = UNIT.matcher(text);
    u.useTransparentBounds(true);
    u.useAnchoringBounds(false);
    int consumedTo = -1;
    for (int i = 0; i < w.size(); i++) {
      int at = w.start(i);
      if ((w.classes(i) & Words.UNIT) == 0 || at < consumedTo || !w.in(UNIT_WORDS, i)) {
        continue;
      }
      u.region(at, Math.min(text.length(), at + 20));
      if (!u.lookingAt()) {
        continue;
      }
      Document.Sentence s = doc.sentenceAt(at);
      Amount a = amount(text, s, u, byEnd);
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

  /** The offset in {@code s} of the start of its {@code n}-th word from the end. */
  private static int wordsBack(String s, int n) {
    int i = s.length();
    for (int k = 0; k < n; k++) {
      while (i > 0 && Character.isWhitespace(s.charAt(i - 1))) {
        i--;
      }
      while (i > 0 && !Character.isWhitespace(s.charAt(i - 1))) {
        i--;
      }
    }
    return i;
  }

  /**
   * The number that ends right before the last {@code words} words of {@code before} ("two" in
   * "two and a half"), or null; {@code before} ends at text offset {@code end}.
   */
  private static Numbers.Num numBefore(String before, int words, int end, Map<Integer, Numbers.Num> byEnd) {
    int i = wordsBack(before, words);
    while (i > 0 && Character.isWhitespace(before.charAt(i - 1))) {
      i--;
    }
    return byEnd.get(end - before.length() + i);
  }

  /** The amount a unit word closes ("nearly eight hours", "four-hour", "an hour and a half"), or null. */
  private static Amount amount(String text, Document.Sentence s, Matcher u, Map<Integer, Numbers.Num> byEnd) {
    double unit = seconds(u.group(1));
    boolean longForm = u.group(2) != null;
    int unitStart = u.start();
    int end = u.end();
    double count;
    int start;
    boolean adjectival = longForm;
    boolean relative = false;
    String before = text.substring(Math.max(s.start(), unitStart - 40), unitStart);
    if (before.endsWith("-")) {
      Numbers.Num n = byEnd.get(unitStart - 1);
      if (n == null || n.vague()) {
        return null;
      }
      count = n.value();
      start = n.start();
      adjectival = true;
    } else {
      String trimmed = before.stripTrailing();
      int gapStart = unitStart - (before.length() - trimmed.length());
      Numbers.Num n = byEnd.get(gapStart);
      boolean numberBefore = n != null && gapStart < unitStart;
      LastWords last = new LastWords(before, numberBefore ? 0 : 5);
      int k = last.size();
      if (numberBefore) {
        if (n.vague()) {
          return null;
        }
        count = n.value();
        start = n.start();
      } else if (k >= 4 && last.is(k - 1, "half") && last.is(k - 2, "a")
          && last.is(k - 3, "and") && numBefore(before, 3, unitStart, byEnd) != null) {
        // "two and a half years"
        Numbers.Num whole = numBefore(before, 3, unitStart, byEnd);
        count = whole.value() + 0.5;
        start = whole.start();
      } else if (k >= 2 && last.is(k - 1, "more") && numBefore(before, 1, unitStart, byEnd) != null) {
        // "two more hours"
        Numbers.Num whole = numBefore(before, 1, unitStart, byEnd);
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
    double step = unit;
    String after = text.substring(end, Math.min(s.end(), end + 60));
    Matcher ah = AND_A_HALF.matcher(after);
    if (ah.lookingAt()) {
      count += 0.5;
      end += ah.end();
    } else {
      Matcher cm = COMPOUND.matcher(after);
      if (cm.lookingAt()) {
        int numStart = end + cm.end();
        Matcher u2 = UNIT.matcher(text).region(numStart, Math.min(s.end(), numStart + 40));
        if (u2.find()) {
          Numbers.Num n2 = byEnd.get(text.substring(numStart, u2.start()).stripTrailing().length() + numStart);
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
    String after = text.substring(a.end(), Math.min(s.end(), a.end() + 100));
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
    Matcher rel = RELATIVE_AFTER.matcher(after);
    if (rel.lookingAt()) {
      String word = rel.group(1).toLowerCase(Locale.ROOT);
      boolean shift = word.equals("later") || word.equals("earlier");
      if (shift && rel.group(2) == null) {
        return null; // "two days later": a date, not a length
      }
      relative = true;
      end = a.end() + rel.end();
      after = text.substring(end, Math.min(s.end(), end + 100));
    } else if (NOT_A_LENGTH_AFTER.matcher(after).lookingAt()) {
      return null;
    }
    String activity = null;
    if (a.adjectival()) {
      activity = headActivity(text, end, s.end());
      if (activity == null) {
        return null;
      }
    } else {
      Matcher of = OF_ACTIVITY.matcher(after);
      if (of.lookingAt()) {
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
    String clause = text.substring(clauseStart(text, s, start), start);
    boolean planned = PLANNED.matcher(clause).find();
    Interval seconds = Numbers.apply(qualifier, a.seconds(), a.step());
    Duration d = new Duration(seconds, activity, qualifier, planned, relative);
    return doc.claim(ClaimKind.DURATION, activity, "duration", start, end, d, EventContexts.of(doc, start));
  }

  /** The activity noun an adjectival duration qualifies ("four-hour [closed-door] meeting"), or null. */
  private static String headActivity(String text, int from, int limit) {
    List<Tokens.Tok> toks = Tokens.of(text, from, Math.min(limit, from + 60), 4);
    for (int i = 0; i < Math.min(3, toks.size()); i++) {
      Tokens.Tok t = toks.get(i);
      if (!t.isWord()) {
        return null;
      }
      String two = i + 1 < toks.size() ? activity(t.word() + " " + toks.get(i + 1).word()) : null;
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
    List<Tokens.Tok> toks = Tokens.of(text, s.start(), verbStart);
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

  private static int clauseStart(String text, Document.Sentence s, int offset) {
    Matcher b = Dates.CLAUSE_BREAK.matcher(text).region(s.start(), offset);
    int c = s.start();
    while (b.find()) {
      c = b.end();
    }
    return c;
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
