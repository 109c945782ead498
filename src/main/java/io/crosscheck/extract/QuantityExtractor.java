package io.crosscheck.extract;

import java.util.HashMap;
import java.util.HashSet;
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

  private static final Pattern PERCENT = Pattern.compile("(?i)^\\s*(?:%|percent\\b|per\\s+cent\\b|percentage\\b)");
  private static final Pattern TIME_OF_DAY = Pattern.compile("(?i)^(?::\\d|\\s*(?:a\\.m\\.|p\\.m\\.|am\\b|pm\\b|o[’']clock|GMT|UTC)\\b)");
  private static final Pattern HYPHEN = Pattern.compile("^-(country|nation|state|member|strong)(?![\\p{L}-])");
  private static final Pattern RANGE = Pattern.compile("(?i)^\\s*(?:to|-|–|and)\\s*");
  private static final Pattern OR_MORE = Pattern.compile("(?i)^\\s+or\\s+(more|so)\\b");
  private static final Pattern OF = Pattern.compile("(?i)^\\s+of\\s+");
  private static final Pattern PARTITIVE = Pattern.compile("(?i)^\\s+of\\s+(?:the|them|those|these|us|its|their|our|whom|which)\\b");
  private static final Pattern DAYS_OF = Pattern.compile("(?i)^\\s+of\\s+(?:(?:intense|intensive|tough|marathon|direct|formal|further|high-level)\\s+)?(" + Gazetteer.EVENT_NOUN_RE + ")\\b");
  private static final Pattern ORG_NAME = Pattern.compile(
      "^\\s+(\\p{Lu}[\\p{L}’'-]*(?:\\s+(?:(?:for|and|of|in|the|de)\\s+)*\\p{Lu}[\\p{L}’'-]*)*)");
  private static final Pattern LOWER_NOUN = Pattern.compile("^\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(\\p{Ll}+)\\b");
  private static final Pattern YEAR_PREPOSITION = Pattern.compile("(?i)\\b(?:in|since|by|of|until|from|to|between|before|after|during|the|early|late|mid)\\s*$");

  @Override
  public List<Claim> extract(Document doc) {
    List<Numbers.Num> nums = Numbers.of(doc);
    Map<Integer, Numbers.Num> byStart = new HashMap<>();
    for (Numbers.Num n : nums) {
      byStart.put(n.start(), n);
    }
    Set<Integer> consumed = new HashSet<>();
    List<Claim> out = new java.util.ArrayList<>();
    for (Numbers.Num n : nums) {
      if (consumed.contains(n.start())) {
        continue;
      }
      Claim c = quantity(doc, n, byStart, consumed);
      if (c != null) {
        out.add(c);
      }
    }
    return out;
  }

  private static Claim quantity(Document doc, Numbers.Num n, Map<Integer, Numbers.Num> byStart, Set<Integer> consumed) {
    String text = doc.text();
    Document.Sentence s = doc.sentenceAt(n.start());
    String written = text.substring(n.start(), n.end());
    boolean sentenceStart = Tokens.onlyOpeners(text, s.start(), n.start());
    if (n.word() && !n.vague() && n.value() == 1) {
      return null;
    }
    if (n.word() && Character.isUpperCase(written.charAt(0)) && !sentenceStart) {
      return null; // "Group of Seven"
    }
    String before = text.substring(Math.max(s.start(), n.start() - 60), n.start());
    if (partOf(before)) {
      return null; // "two of the three ministers"
    }
    int valueStart = n.start();
    String qualifier = "";
    Numbers.Qualifier qm = Numbers.qualifierBefore(before);
    if (qm != null) {
      qualifier = Numbers.canonicalQualifier(qm.written());
      valueStart = n.start() - (before.length() - qm.start());
    } else if (!n.word() && !sentenceStart && precededByName(before)) {
      return null; // "Resolution 2231", "Article 5", "Flight 17"
    }
    int pos = n.end();
    int end = n.end();
    double lo = n.value();
    double hi = n.value();
    String after = text.substring(pos, Math.min(s.end(), pos + 100));
    if (PERCENT.matcher(after).lookingAt() || !n.word() && TIME_OF_DAY.matcher(after).lookingAt()) {
      return null;
    }
    // "10,000 to 20,000", "between 10,000 and 20,000", "10-12"
    Matcher rm = RANGE.matcher(after);
    if (!n.vague() && rm.lookingAt()) {
      Numbers.Num second = byStart.get(pos + rm.end());
      boolean and = rm.group().strip().equals("and");
      if (second != null && !second.vague() && second.word() == n.word() && second.value() > n.value()
          && (!and || before.toLowerCase(Locale.ROOT).endsWith("between "))) {
        consumed.add(second.start());
        hi = second.value();
        pos = second.end();
        end = second.end();
        after = text.substring(pos, Math.min(s.end(), pos + 100));
      }
    }
    if (!n.word() && lo == hi && isYear(written) && !yearCount(after, before)) {
      return null;
    }
    String ownerPrefix = "";
    String owner = Tokens.lastWord(text.substring(Math.max(s.start(), valueStart - 40), valueStart));
    if (owner.length() > 2 && Character.isUpperCase(owner.charAt(0)) && (owner.endsWith("’s") || owner.endsWith("'s"))
        && Character.isWhitespace(text.charAt(valueStart - 1))) {
      ownerPrefix = owner + " "; // "Russia’s 100,000 troops"
    }
    // hyphenated: "57-country Organization ...", "a 100,000-strong force"
    if (after.startsWith("-")) {
      Matcher hm = HYPHEN.matcher(after);
      if (!hm.lookingAt() || lo != hi) {
        return null; // "four-hour", "57-year-old", "3-1"
      }
      int hyphenEnd = pos + hm.end();
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
    Matcher more = OR_MORE.matcher(after);
    if (more.lookingAt()) {
      if (qualifier.isEmpty()) {
        qualifier = more.group(1).equalsIgnoreCase("more") ? "at least" : "about";
      }
      end = pos + more.end();
      pos = end;
      after = text.substring(pos, Math.min(s.end(), pos + 100));
    }
    if (n.vague()) {
      Matcher of = OF.matcher(after);
      if (!of.lookingAt()) {
        return null;
      }
      pos += of.end();
    } else if (PARTITIVE.matcher(after).lookingAt() || OF.matcher(after).lookingAt()) {
      return null; // "two of the three", "three of them"
    }
    if (written.toLowerCase(Locale.ROOT).endsWith("dozen") && !n.vague() && qualifier.isEmpty()) {
      qualifier = "about";
    }
    List<Tokens.Tok> toks = Tokens.of(text, pos, Math.min(s.end(), pos + 80), 4);
    for (int i = 0; i < toks.size(); i++) {
      Tokens.Tok t = toks.get(i);
      if (!t.isWord()) {
        return null;
      }
      String w = t.word();
      if (TIME_UNITS.contains(w) || isTimeUnitCompound(w)) {
        if (i == 0 && !n.vague() && (w.equals("days") || w.equals("day"))) {
          Matcher dm = DAYS_OF.matcher(text.substring(t.end(), Math.min(s.end(), t.end() + 60)));
          if (dm.lookingAt()) {
            Interval value = Numbers.apply(qualifier, lo, 1);
            return claim(doc, dm.group(1), "count", valueStart, t.end(), new Quantity(value, "day", qualifier, false));
          }
        }
        return null;
      }
      if (NOT_COUNTS.contains(w) || FUNCTION_WORDS.contains(w)) {
        return null;
      }
      String unit = UNITS.get(w);
      if (unit != null && i + 1 < toks.size() && toks.get(i + 1).isWord()
          && !FUNCTION_WORDS.contains(toks.get(i + 1).word()) && plural(toks.get(i + 1).word())
          && !NOT_COUNTS.contains(toks.get(i + 1).word())) {
        unit = null; // "police officers", "staff members": the next word is the head
      }
      if (unit == null && !UNITS.containsKey(w) && !t.capitalised() && plural(w)) {
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

  /** "two of the", "most of these": the number after it counts a part of a group. */
  private static boolean partOf(String before) {
    if (before.isEmpty() || !Character.isWhitespace(before.charAt(before.length() - 1))) {
      return false;
    }
    LastWords w = new LastWords(before, 3);
    if (w.size() < 3 || !(w.is(2, "the") || w.is(2, "these") || w.is(2, "those")) || !w.is(1, "of")) {
      return false;
    }
    String part = w.lower(0);
    return PARTS.contains(part) || part.chars().allMatch(Character::isDigit);
  }

  /** A capitalised word right before a numeral: a name with a number ("Resolution 2231"). */
  private static boolean precededByName(String before) {
    int i = before.length();
    if (i == 0 || !Character.isWhitespace(before.charAt(i - 1))) {
      return false;
    }
    String t = before.stripTrailing();
    int j = t.length();
    while (j > 0 && !Character.isWhitespace(t.charAt(j - 1))) {
      j--;
    }
    String word = t.substring(j);
    boolean firstWord = Tokens.onlyOpeners(t, 0, j);
    return !word.isEmpty() && !firstWord && Character.isUpperCase(word.charAt(0)) && !word.endsWith("’s")
        && !word.endsWith("'s");
  }

  private static boolean isYear(String written) {
    if (written.length() != 4 || !written.chars().allMatch(Character::isDigit)) {
      return false;
    }
    int y = Integer.parseInt(written);
    return y >= 1800 && y <= 2100;
  }

  /** "2000 troops" (a count that looks like a year), unless the year reading is forced ("in 2000"). */
  private static boolean yearCount(String after, String before) {
    List<Tokens.Tok> t = Tokens.of(after, 0, after.length());
    return !t.isEmpty() && UNITS.containsKey(t.get(0).word()) && !YEAR_PREPOSITION.matcher(before).find();
  }

  private static boolean isTimeUnitCompound(String w) {
    int dash = w.indexOf('-');
    return dash > 0 && (TIME_UNITS.contains(w.substring(0, dash)) || TIME_UNITS.contains(w.substring(dash + 1)));
  }

  static boolean plural(String w) {
    return w.length() >= 4 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")
        && !w.endsWith("’s") && !w.endsWith("'s") && !NOT_PLURALS.contains(w) && allLetters(w);
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
