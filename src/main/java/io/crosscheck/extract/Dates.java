package io.crosscheck.extract;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The days an article names, found once per document: weekdays ("Thursday", "Thursday's", the
 * misspelt "Thrusday") and calendar dates ("January 12", "12 January 2022", "Jan. 10", "on the
 * 10th", "2022-01-12"), each resolved against the publication date.
 *
 * <p>Resolution: a weekday in a past-tense clause is the most recent such day on or before
 * publication (the same day counts); in a future clause ("will be followed by ... on Thursday",
 * "is expected to ... on Thursday") the next such day on or after publication; "last Thursday" is
 * strictly before, "next Thursday" strictly after. A date without a year takes the year that puts
 * it nearest the publication date. Without a publication date a weekday keeps no date and a date
 * without a year is dropped.
 */
final class Dates {
  /**
   * A day named in the text.
   *
   * @param start offset of the value as written
   * @param end offset after it
   * @param weekday the weekday as written, or null when only a date is written
   * @param date the calendar date (written or resolved), or null
   * @param explicit a calendar date is written (not resolved from a weekday)
   */
  record Mention(int start, int end, DayOfWeek weekday, LocalDate date, boolean explicit) {}

  private static final Map<String, DayOfWeek> WEEKDAYS = Map.of(
      "monday", DayOfWeek.MONDAY, "tuesday", DayOfWeek.TUESDAY, "wednesday", DayOfWeek.WEDNESDAY,
      "thursday", DayOfWeek.THURSDAY, "friday", DayOfWeek.FRIDAY, "saturday", DayOfWeek.SATURDAY,
      "sunday", DayOfWeek.SUNDAY);

  private static final WordTable<DayOfWeek> WEEKDAY_WORDS = new WordTable<>(WEEKDAYS);

  static final String WEEKDAY_RE = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

  private static final String MONTH_RE =
      "(?:January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan\\.?|Feb\\.?|Mar\\.|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";

  private static final Pattern MONTH_FIRST = Pattern.compile(
      "\\b(?:(?<wd>" + WEEKDAY_RE + "),?\\s+)?(?<month>" + MONTH_RE + ")\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?\\b"
          + "(?!,\\d|\\.\\d|:)(?:,?\\s+(?<year>\\d{4})\\b)?");

  private static final Pattern DAY_FIRST = Pattern.compile(
      "\\b(?:(?<wd>" + WEEKDAY_RE + "),?\\s+)?(?:the\\s+)?(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<month>"
          + MONTH_RE + ")(?:,?\\s+(?<year>\\d{4})\\b)?");

  private static final Pattern ISO = Pattern.compile("(?<![\\d-])(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})(?![\\d-])");

  private static final Pattern ON_THE_NTH = Pattern.compile(
      "\\bon\\s+the\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)\\b(?=\\s*(?:[,.;:)!?”\"]|$|and\\b))");

  /** Words before a weekday that make it a name or a habit ("Black Friday", "every Monday"). */
  private static final Words.Vocabulary NOT_A_DAY_BEFORE = new Words.Vocabulary(Set.of(
      "black", "good", "bloody", "super", "ash", "holy", "cyber", "easter", "palm", "maundy", "giving", "shrove",
      "every"));

  /** Words after a weekday that make it a name ("Sunday Times"). */
  private static final List<String> NAME_WORDS_AFTER = List.of(
      "Times", "Telegraph", "Express", "Mirror", "Post", "Herald", "Night", "Club", "Football", "Show", "Edition",
      "Mail", "Independent", "Observer", "Star", "Tribune", "Review", "School", "Service", "Prayers", "Prayer");

  private static final Pattern NOT_A_DAY_AFTER =
      Pattern.compile("^\\s+(?:" + String.join("|", NAME_WORDS_AFTER) + ")\\b");

  /** The first letters of {@link #NAME_WORDS_AFTER}. */
  private static final String NAME_AFTER_STARTS =
      NAME_WORDS_AFTER.stream().map(n -> n.substring(0, 1)).distinct().collect(Collectors.joining());

  /** Context a misspelt weekday needs to count: "on Thrusday", "said Thrusday", "Thrusday's". */
  private static final Pattern TYPO_BEFORE = Pattern.compile(
      "(?i)\\b(?:on|by|until|since|from|last|next|this|early|late|before|after|said|says|told\\s+\\p{L}+|"
          + "warned|added)\\s+$");

  private static final Pattern TYPO_AFTER = Pattern.compile("^(?:[’']s\\b|\\s+(?:morning|afternoon|evening|night)\\b)");

  /** Real words ending in "day" that are one edit from a weekday name. */
  private static final Set<String> NOT_TYPOS = Set.of("munday", "monday", "sunday", "funday", "someday", "midday");

  private static final Pattern FUTURE = Pattern.compile(
      "(?i)\\b(?:will|won[’']t|shall|is\\s+(?:expected|scheduled|set|due|slated|planned)\\s+to|are\\s+(?:expected|scheduled"
          + "|set|due|slated|planned)\\s+to|scheduled\\s+for|planned\\s+for|plans?\\s+to|to\\s+be\\s+held|upcoming|next)\\b"
          + "|[’']ll\\b");

  /** Past-tense verbs that fix a weekday right after them in the past ("said Thursday", "told reporters on Monday"). */
  private static final Words.Vocabulary PAST_VERBS = new Words.Vocabulary(Set.of(
      "said", "told", "warned", "added", "noted", "spoke", "met", "replied", "announced", "wrote", "tweeted", "blamed",
      "declared", "was", "were", "had"));

  /** Clause boundaries that stop a tense cue from reaching a weekday. */
  static final Pattern CLAUSE_BREAK = Pattern.compile("[;:“”\"]|\\s[—–]\\s|,\\s+(?:but|while|and|or|although)\\b");

  private Dates() {}

  /** The document's day mentions in text order (computed once per document). */
  static List<Mention> of(Document doc) {
    return doc.memo(Index.class, d -> new Index(find(d))).mentions;
  }

  private record Index(List<Mention> mentions) {}

  /** Month names and abbreviations as written, and their numbers. */
  private static final Map<String, Integer> MONTH_NAMES = Map.ofEntries(
      Map.entry("January", 1), Map.entry("February", 2), Map.entry("March", 3), Map.entry("April", 4),
      Map.entry("May", 5), Map.entry("June", 6), Map.entry("July", 7), Map.entry("August", 8),
      Map.entry("September", 9), Map.entry("October", 10), Map.entry("November", 11), Map.entry("December", 12),
      Map.entry("Jan", 1), Map.entry("Feb", 2), Map.entry("Mar", 3), Map.entry("Apr", 4), Map.entry("Jun", 6),
      Map.entry("Jul", 7), Map.entry("Aug", 8), Map.entry("Sep", 9), Map.entry("Sept", 9), Map.entry("Oct", 10),
      Map.entry("Nov", 11), Map.entry("Dec", 12));

  private static final WordTable<Integer> MONTHS = new WordTable<>(MONTH_NAMES);

  /**
   * The words a day mention can start at besides numerals and capitalised words ending in "day":
   * month names, weekday names and "on" ({@link Words#DATE}).
   */
  static Set<String> startWords() {
    Set<String> s = new HashSet<>(MONTH_NAMES.keySet());
    s.addAll(WEEKDAYS.keySet());
    s.add("on");
    return s;
  }

  private static List<Mention> find(Document doc) {
    String text = doc.text();
    LocalDate pub = doc.article().published();
    Words w = Words.of(doc);
    List<Mention> out = new ArrayList<>();
    DateMatcher monthFirst = new DateMatcher(MONTH_FIRST_DATE, text);
    DateMatcher dayFirst = new DateMatcher(DAY_FIRST_DATE, text);
    DateMatcher iso = new DateMatcher(ISO_DATE, text);
    Matcher nth = anchored(ON_THE_NTH, text);
    int last = 0;
    int nextDayLike = nextDayLike(w, 0);
    for (int i = 0; i < w.size(); i++) {
      // a word outside these classes is no month or weekday name in any case: at most a misspelt weekday
      boolean named = (w.classes(i) & (Words.DIGIT | Words.DATE)) != 0;
      boolean dayLike = i == nextDayLike;
      if (dayLike) {
        nextDayLike = nextDayLike(w, i + 1);
      } else if (!named) {
        continue; // neither a numeral, a month, a weekday, "on", nor a capitalised word ending in "day"
      }
      int start = w.start(i);
      int len = w.length(i);
      if (start < last || len > 12) {
        continue;
      }
      char c = w.first(i);
      Mention m = null;
      if (Character.isDigit(c)) {
        m = len == 4 && start + 4 < text.length() && text.charAt(start + 4) == '-'
            ? explicit(iso, text, start, pub, true) : null;
        if (m == null && len <= 2 && monthAfter(w, i)) {
          m = explicit(dayFirst, text, start, pub, false);
        }
      } else if (Words.isUpperCase(c)) {
        int end = w.end(i);
        if (!dayLike && (!named || len < 3 || len > 9 || MONTH_STARTS.indexOf(c) < 0)) {
          continue; // neither a weekday nor a month
        }
        DayOfWeek wd = named ? WEEKDAY_WORDS.getLowerCase(w, i) : null;
        if (named && MONTHS.get(w, i) != null || wd != null && monthNext(w, i)) {
          m = explicit(monthFirst, text, start, pub, false);
        }
        if (m == null && wd != null && dayNext(w, i)) {
          m = explicit(dayFirst, text, start, pub, false);
        }
        if (m == null && dayLike && allLowerCase(text, start + 1, end)) {
          m = weekday(doc, w, i, wd, pub);
        }
      } else if (len == 2 && pub != null && text.startsWith("on", start) && theNext(w, i)) {
        m = nthOfMonth(doc, nth, start, pub);
      }
      if (m != null) {
        out.add(m);
        last = m.end();
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Whether the word after weekday {@code i} is a month name or abbreviation as written: a date
   * starting with a weekday ({@link #MONTH_FIRST}: "Thursday, January 14") has one there, so
   * most weekdays need not try the pattern.
   */
  private static boolean monthNext(Words w, int i) {
    return i + 1 < w.size() && MONTHS.get(w, i + 1) != null;
  }

  /**
   * Whether the word after day number {@code i}, or after an "of" after it, starts with the first
   * letter of a month as written, as in a date that puts the day first ({@link #DAY_FIRST}: "14
   * January", "14 of January").
   */
  private static boolean monthAfter(Words w, int i) {
    if (i + 1 >= w.size()) {
      return false;
    }
    int next = w.length(i + 1) == 2 && w.source().startsWith("of", w.start(i + 1)) ? i + 2 : i + 1;
    return next < w.size() && MONTH_STARTS.indexOf(w.first(next)) >= 0;
  }

  /** The first letters of the months as written ({@link #MONTH_RE}). */
  private static final String MONTH_STARTS = "JFMASOND";

  /**
   * Whether the words after word {@code i} are "the" and one starting with a digit, as after the
   * "on" of {@link #ON_THE_NTH} ("on the 10th").
   */
  private static boolean theNext(Words w, int i) {
    return i + 2 < w.size() && w.length(i + 1) == 3 && w.source().startsWith("the", w.start(i + 1))
        && Character.isDigit(w.first(i + 2));
  }

  /**
   * Whether the word after weekday {@code i} starts with a digit or is "the", as it is in a date
   * that starts with the weekday and puts the day first ({@link #DAY_FIRST}: "Thursday, 14
   * January", "Thursday the 14th of January").
   */
  private static boolean dayNext(Words w, int i) {
    return i + 1 < w.size() && (Character.isDigit(w.first(i + 1))
        || w.length(i + 1) == 3 && w.source().startsWith("the", w.start(i + 1)));
  }

  /**
   * The first word from word {@code from} on that is capitalised, 6 to 12 characters long and ends
   * with "day" or "days" (a weekday, or one misspelt), or the number of words when there is none.
   * Found from where "day" is written in the text, so that the other words need no test.
   */
  private static int nextDayLike(Words w, int from) {
    String text = w.source();
    int n = w.size();
    if (from >= n) {
      return n;
    }
    for (int p = text.indexOf("day", w.start(from)); p >= 0; p = text.indexOf("day", p + 1)) {
      // the word around "day", read in the text first: most are not capitalised, or go on after it
      int end = p + 3 < text.length() && text.charAt(p + 3) == 's' ? p + 4 : p + 3;
      if (end < text.length() && Words.isLetterOrDigit(text.charAt(end))) {
        continue;
      }
      int start = p;
      while (start > 0 && end - start <= 12 && Words.isLetterOrDigit(text.charAt(start - 1))) {
        start--;
      }
      if (end - start >= 6 && end - start <= 12 && Words.isUpperCase(text.charAt(start))) {
        int j = wordAt(w, from, p);
        if (w.start(j) == start && w.end(j) == end) {
          return j;
        }
      }
    }
    return n;
  }

  /** The last word from word {@code from} on that starts at or before {@code offset} (not before word {@code from}). */
  private static int wordAt(Words w, int from, int offset) {
    int lo = from;
    int hi = w.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (w.start(mid) <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /** A date pattern and the numbers of its named groups, looked up once and not per match. */
  private record DatePattern(Pattern pattern, int wd, int month, int day, int year) {
    static DatePattern of(Pattern p) {
      Map<String, Integer> groups = p.namedGroups();
      return new DatePattern(p, groups.getOrDefault("wd", -1), groups.get("month"), groups.get("day"),
          groups.get("year"));
    }
  }

  private static final DatePattern MONTH_FIRST_DATE = DatePattern.of(MONTH_FIRST);
  private static final DatePattern DAY_FIRST_DATE = DatePattern.of(DAY_FIRST);
  private static final DatePattern ISO_DATE = DatePattern.of(ISO);

  /** An anchored matcher of a date pattern ({@link #MONTH_FIRST}, {@link #DAY_FIRST}, {@link #ISO}) over a text. */
  private record DateMatcher(DatePattern p, Matcher m) {
    DateMatcher(DatePattern p, String text) {
      this(p, anchored(p.pattern(), text));
    }
  }

  private static Matcher anchored(Pattern p, String text) {
    Matcher m = p.matcher(text);
    m.useTransparentBounds(true);
    m.useAnchoringBounds(false);
    return m;
  }

  private static boolean allLowerCase(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isLowerCase(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A weekday (or a misspelt one) at word {@code i}, whose name {@code wd} is (null when it is none),
   * or null when it is a name or a habit. The words around it are looked at in place: most weekdays
   * are neither misspelt nor next to a word that makes them a name.
   */
  private static Mention weekday(Document doc, Words w, int i, DayOfWeek wd, LocalDate pub) {
    String text = w.source();
    int start = w.start(i);
    int end = w.end(i);
    if (text.startsWith("days", end - 4)) {
      return null; // "Mondays": a habit, not a day
    }
    int from = Math.max(0, start - 30);
    int to = Math.min(text.length(), end + 30);
    if (wd == null) {
      wd = typo(w.text(i));
      if (wd == null || !(TYPO_BEFORE.matcher(text.substring(from, start)).find()
          || TYPO_AFTER.matcher(text.substring(end, to)).lookingAt())) {
        return null;
      }
    }
    if (start > 0 && Character.isWhitespace(text.charAt(start - 1)) && notADayBefore(text, from, start)
        || mayBeNameAfter(text, end, to) && NOT_A_DAY_AFTER.matcher(text.substring(end, to)).lookingAt()) {
      return null;
    }
    LocalDate date = pub == null ? null : resolve(pub, wd, direction(doc, start));
    return new Mention(start, end, wd, date, false);
  }

  /**
   * A cheap test before {@link #NOT_A_DAY_AFTER} on {@code text[end, to)}: whether it starts with
   * whitespace (as the pattern's {@code \s}: ASCII) and then a letter one of its words starts with.
   */
  private static boolean mayBeNameAfter(String text, int end, int to) {
    int j = end;
    while (j < to && Numbers.isRegexSpace(text.charAt(j))) {
      j++;
    }
    return j > end && j < to && NAME_AFTER_STARTS.indexOf(text.charAt(j)) >= 0;
  }

  /**
   * Whether {@code text[from, to)} ends with a word that makes the weekday after it a name or a
   * habit ("Black", "every", "Mail on").
   */
  private static boolean notADayBefore(String text, int from, int to) {
    LastWords prev = new LastWords(text, from, to, 2);
    int k = prev.size();
    return k > 0 && prev.in(k - 1, NOT_A_DAY_BEFORE) || k == 2 && prev.is(0, "mail") && prev.is(1, "on");
  }

  /** A calendar date matched by {@code d} at {@code start}, or null. */
  private static Mention explicit(DateMatcher dm, String text, int start, LocalDate pub, boolean isIso) {
    Matcher m = dm.m();
    DatePattern d = dm.p();
    m.region(start, Math.min(text.length(), start + 60));
    if (!m.lookingAt()) {
      return null;
    }
    int month = isIso ? digits(text, m.start(d.month()), m.end(d.month()))
        : month(text, m.start(d.month()), m.end(d.month()));
    int day = digits(text, m.start(d.day()), m.end(d.day()));
    int wdStart = d.wd() < 0 ? -1 : m.start(d.wd());
    DayOfWeek wd = wdStart < 0 ? null : WEEKDAY_WORDS.getLowerCase(text, wdStart, m.end(d.wd()));
    LocalDate date = null;
    try {
      if (m.start(d.year()) >= 0) {
        date = LocalDate.of(digits(text, m.start(d.year()), m.end(d.year())), month, day);
      } else if (pub != null) {
        date = nearestYear(pub, month, day);
      } else {
        LocalDate.of(2000, month, day); // validates the day of month
      }
    } catch (DateTimeException e) {
      return null;
    }
    if (date == null && wd == null) {
      return null;
    }
    return new Mention(m.start(), m.end(), wd, date, date != null);
  }

  /** The number written in ASCII digits (as a pattern's {@code \d} matches them) in {@code text[from, to)}. */
  private static int digits(String text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n = 10 * n + (text.charAt(i) - '0');
    }
    return n;
  }

  /** "on the 10th": the day of the month nearest the publication date in the clause's direction. */
  private static Mention nthOfMonth(Document doc, Matcher m, int start, LocalDate pub) {
    m.region(start, Math.min(start + 30, doc.text().length()));
    if (!m.lookingAt()) {
      return null;
    }
    int day = Integer.parseInt(m.group("day"));
    if (day < 1 || day > 31) {
      return null;
    }
    int dir = direction(doc, start);
    LocalDate d = pub;
    for (int i = 0; i < 400 && d.getDayOfMonth() != day; i++) {
      d = dir > 0 ? d.plusDays(1) : d.minusDays(1);
    }
    if (d.getDayOfMonth() != day) {
      return null;
    }
    return new Mention(start + m.group().indexOf("the"), m.end(), null, d, false);
  }

  /** The number of the month written in {@code text[from, to)} as {@link #MONTH_RE} matches it ("Sept." is 9). */
  private static int month(String text, int from, int to) {
    return MONTHS.get(text, from, text.charAt(to - 1) == '.' ? to - 1 : to);
  }

  /** That month and day in the year before, of or after {@code pub}, whichever is nearest it (the earlier on a tie). */
  private static LocalDate nearestYear(LocalDate pub, int month, int day) {
    long from = pub.toEpochDay();
    LocalDate best = null;
    long bestDistance = Long.MAX_VALUE;
    for (int y = pub.getYear() - 1; y <= pub.getYear() + 1; y++) {
      LocalDate d;
      try {
        d = LocalDate.of(y, month, day);
      } catch (DateTimeException e) {
        continue;
      }
      long distance = Math.abs(d.toEpochDay() - from);
      if (distance < bestDistance) {
        best = d;
        bestDistance = distance;
      }
    }
    return best;
  }

  /** The weekday a capitalised word ending in "day" misspells (one edit or swap away), or null. */
  static DayOfWeek typo(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (NOT_TYPOS.contains(w)) {
      return null;
    }
    for (Map.Entry<String, DayOfWeek> e : WEEKDAYS.entrySet()) {
      if (!e.getKey().equals(w) && osa(w, e.getKey()) <= 1) {
        return e.getValue();
      }
    }
    return null;
  }

  /** Optimal string alignment distance (Levenshtein with adjacent swaps). */
  static int osa(String a, String b) {
    int n = a.length();
    int m = b.length();
    if (Math.abs(n - m) > 1) {
      return 2;
    }
    int[][] d = new int[n + 1][m + 1];
    for (int i = 0; i <= n; i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= m; j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= n; i++) {
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
      }
    }
    return d[n][m];
  }

  /**
   * Which way a weekday at {@code offset} points from the publication date: -1 on or before, +1 on
   * or after, -2 strictly before ("last Monday"), +2 strictly after ("next Monday").
   */
  static int direction(Document doc, int offset) {
    String text = doc.text();
    Document.Sentence s = doc.sentenceAt(offset);
    if (endsWith(text, s.start(), offset, "last ")) {
      return -2;
    }
    if (endsWith(text, s.start(), offset, "next ") || endsWith(text, s.start(), offset, "coming ")) {
      return 2;
    }
    LastWords last = new LastWords(text, Math.max(s.start(), offset - 40), offset, 4);
    int k = last.size();
    if (k > 0 && last.is(k - 1, "on")) {
      k--;
    }
    for (int j = k - 1; j >= Math.max(0, k - 3); j--) {
      if (last.in(j, PAST_VERBS)) {
        return -1; // "said on Thursday", "told the broadcaster on Wednesday"
      }
    }
    if (!mayBeFuture(text, s.start(), offset)) {
      return -1; // no future cue anywhere before the weekday, so none in its clause: no need to find the clause
    }
    // the clause is found in place: a matcher's region with opaque bounds sees what a copy of it would
    int clause = s.start();
    Matcher b = CLAUSE_BREAK.matcher(text).region(s.start(), offset);
    while (b.find()) {
      clause = b.end();
    }
    return mayBeFuture(text, clause, offset) && FUTURE.matcher(text).region(clause, offset).find() ? 1 : -1;
  }

  private static final List<String> FUTURE_CUES = List.of(
      "will", "ll", "shall", "won", "expected", "scheduled", "set", "due", "slated", "planned", "plan", "to be held",
      "upcoming", "next");

  /** {@link #FUTURE_CUES} by their first letter (ASCII). */
  private static final String[][] FUTURE_CUES_BY_FIRST = new String[128][];

  static {
    for (String cue : FUTURE_CUES) {
      String[] old = FUTURE_CUES_BY_FIRST[cue.charAt(0)];
      String[] cues = old == null ? new String[1] : Arrays.copyOf(old, old.length + 1);
      cues[cues.length - 1] = cue;
      FUTURE_CUES_BY_FIRST[cue.charAt(0)] = cues;
    }
  }

  /**
   * Whether {@code text[from, to)} lower-cased (in the root locale) ends with {@code suffix}, a
   * lower-case ASCII string without "k" that does not end with "i": only ASCII letters lower-case
   * to its letters (the Kelvin sign lower-cases to "k", a dotted capital I to "i" and a combining
   * dot).
   */
  private static boolean endsWith(String text, int from, int to, String suffix) {
    int s = to - suffix.length();
    if (s < from) {
      return false;
    }
    for (int j = 0; j < suffix.length(); j++) {
      if (WordTable.asciiLower(text.charAt(s + j)) != suffix.charAt(j)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A cheap test before the future-tense pattern: whether one of its cue words ({@link
   * #FUTURE_CUES}) is written in {@code text[from, to)} in ASCII letters in any case. Exact because
   * only ASCII letters lower-case to the letters of a cue: the Kelvin sign lower-cases to "k" (in no
   * cue) and a dotted capital I to "i" and a combining dot (no cue ends with "i").
   */
  private static boolean mayBeFuture(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = WordTable.asciiLower(text.charAt(i));
      String[] cues = c < 128 ? FUTURE_CUES_BY_FIRST[c] : null;
      if (cues == null) {
        continue;
      }
      for (String cue : cues) {
        if (i + cue.length() <= to && sameLowerAscii(text, i, cue)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean sameLowerAscii(String text, int at, String lower) {
    for (int j = 1; j < lower.length(); j++) {
      if (WordTable.asciiLower(text.charAt(at + j)) != lower.charAt(j)) {
        return false;
      }
    }
    return true;
  }

  /** The day a weekday names, seen from {@code pub} in direction {@code dir} (see {@link #direction}). */
  static LocalDate resolve(LocalDate pub, DayOfWeek wd, int dir) {
    int diff = wd.getValue() - pub.getDayOfWeek().getValue();
    return switch (dir) {
      case 2 -> pub.plusDays(diff <= 0 ? diff + 7 : diff);
      case 1 -> pub.plusDays(diff < 0 ? diff + 7 : diff);
      case -2 -> pub.minusDays(diff >= 0 ? 7 - diff : -diff);
      default -> pub.minusDays(diff > 0 ? 7 - diff : -diff);
    };
  }

  /** The weekday named by a lower-case weekday name, or null. */
  static DayOfWeek weekday(String name) {
    return WEEKDAYS.get(name.toLowerCase(Locale.ROOT));
  }
}
