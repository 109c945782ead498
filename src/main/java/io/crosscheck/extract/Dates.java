package io.crosscheck.extract;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

  static final String WEEKDAY_RE = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

  private static final String MONTH_RE =
      "(?:January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan\\.?|Feb\\.?|Mar\\.|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";

  /** A capitalised word that is, or looks like a misspelling of, a weekday. */
  private static final Pattern DAY_WORD = Pattern.compile("\\b[A-Z][a-z]{2,8}day(s)?\\b");

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
  private static final Pattern NOT_A_DAY_BEFORE = Pattern.compile(
      "(?:\\b(?:Black|Good|Bloody|Super|Ash|Holy|Cyber|Easter|Palm|Maundy|Giving|Shrove|Mail on|every|Every)\\s+)$");

  /** Words after a weekday that make it a name ("Sunday Times"). */
  private static final Pattern NOT_A_DAY_AFTER = Pattern.compile(
      "^\\s+(?:Times|Telegraph|Express|Mirror|Post|Herald|Night|Club|Football|Show|Edition|Mail|Independent"
          + "|Observer|Star|Tribune|Review|School|Service|Prayers?)\\b");

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

  private static final Pattern PAST_VERB_NEXT_TO = Pattern.compile(
      "(?i)\\b(?:said|told|warned|added|noted|spoke|met|replied|announced|wrote|tweeted|blamed|declared|was|were|had)"
          + "(?:\\s+\\p{L}+){0,2}\\s+(?:on\\s+)?$");

  /** Clause boundaries that stop a tense cue from reaching a weekday. */
  static final Pattern CLAUSE_BREAK = Pattern.compile("[;:“”\"]|\\s[—–]\\s|,\\s+(?:but|while|and|or|although)\\b");

  private Dates() {}

  /** The document's day mentions in text order (computed once per document). */
  static List<Mention> of(Document doc) {
    return doc.memo(Index.class, d -> new Index(find(d))).mentions;
  }

  private record Index(List<Mention> mentions) {}

  private static List<Mention> find(Document doc) {
    String text = doc.text();
    LocalDate pub = doc.article().published();
    List<Mention> out = new ArrayList<>();
    explicitDates(doc, text, pub, out);
    Matcher m = DAY_WORD.matcher(text);
    while (m.find()) {
      if (overlaps(out, m.start(), m.end())) {
        continue;
      }
      String word = m.group();
      if (m.group(1) != null) {
        continue; // "Mondays": a habit, not a day
      }
      DayOfWeek wd = WEEKDAYS.get(word.toLowerCase(Locale.ROOT));
      String before = text.substring(Math.max(0, m.start() - 30), m.start());
      String after = text.substring(m.end(), Math.min(text.length(), m.end() + 30));
      if (wd == null) {
        wd = typo(word);
        if (wd == null || !(TYPO_BEFORE.matcher(before).find() || TYPO_AFTER.matcher(after).find())) {
          continue;
        }
      }
      if (NOT_A_DAY_BEFORE.matcher(before).find() || NOT_A_DAY_AFTER.matcher(after).find()) {
        continue;
      }
      LocalDate date = pub == null ? null : resolve(pub, wd, direction(doc, m.start()));
      out.add(new Mention(m.start(), m.end(), wd, date, false));
    }
    out.sort(Comparator.comparingInt(Mention::start));
    return Collections.unmodifiableList(out);
  }

  private static void explicitDates(Document doc, String text, LocalDate pub, List<Mention> out) {
    for (Pattern p : List.of(MONTH_FIRST, DAY_FIRST, ISO)) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        if (overlaps(out, m.start(), m.end())) {
          continue;
        }
        int month = p == ISO ? Integer.parseInt(m.group("month")) : month(m.group("month"));
        int day = Integer.parseInt(m.group("day"));
        String y = m.group("year");
        String wdText = p == ISO ? null : m.group("wd");
        DayOfWeek wd = wdText == null ? null : WEEKDAYS.get(wdText.toLowerCase(Locale.ROOT));
        LocalDate date = null;
        try {
          if (y != null) {
            date = LocalDate.of(Integer.parseInt(y), month, day);
          } else if (pub != null) {
            date = nearestYear(pub, month, day);
          } else {
            LocalDate.of(2000, month, day); // validates the day of month
          }
        } catch (DateTimeException e) {
          continue;
        }
        if (date == null && wd == null) {
          continue;
        }
        out.add(new Mention(m.start(), m.end(), wd, date, date != null));
      }
    }
    if (pub != null) {
      Matcher m = ON_THE_NTH.matcher(text);
      while (m.find()) {
        int day = Integer.parseInt(m.group("day"));
        if (day < 1 || day > 31 || overlaps(out, m.start(), m.end())) {
          continue;
        }
        int dir = direction(doc, m.start());
        LocalDate d = pub;
        for (int i = 0; i < 400; i++) {
          if (d.getDayOfMonth() == day) {
            break;
          }
          d = dir > 0 ? d.plusDays(1) : d.minusDays(1);
        }
        if (d.getDayOfMonth() == day) {
          int valueStart = m.start() + m.group().indexOf("the");
          out.add(new Mention(valueStart, m.end(), null, d, false));
        }
      }
    }
  }

  private static boolean overlaps(List<Mention> ms, int start, int end) {
    for (Mention x : ms) {
      if (x.start() < end && start < x.end()) {
        return true;
      }
    }
    return false;
  }

  private static int month(String written) {
    String w = written.toLowerCase(Locale.ROOT);
    return switch (w.substring(0, 3)) {
      case "jan" -> 1;
      case "feb" -> 2;
      case "mar" -> 3;
      case "apr" -> 4;
      case "may" -> 5;
      case "jun" -> 6;
      case "jul" -> 7;
      case "aug" -> 8;
      case "sep" -> 9;
      case "oct" -> 10;
      case "nov" -> 11;
      default -> 12;
    };
  }

  private static LocalDate nearestYear(LocalDate pub, int month, int day) {
    LocalDate best = null;
    for (int y = pub.getYear() - 1; y <= pub.getYear() + 1; y++) {
      LocalDate d;
      try {
        d = LocalDate.of(y, month, day);
      } catch (DateTimeException e) {
        continue;
      }
      if (best == null || Math.abs(ChronoUnit.DAYS.between(pub, d)) < Math.abs(ChronoUnit.DAYS.between(pub, best))) {
        best = d;
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
    String before = text.substring(s.start(), offset);
    String near = before.substring(Math.max(0, before.length() - 12)).toLowerCase(Locale.ROOT);
    if (near.endsWith("last ")) {
      return -2;
    }
    if (near.endsWith("next ") || near.endsWith("coming ")) {
      return 2;
    }
    if (PAST_VERB_NEXT_TO.matcher(before.substring(Math.max(0, before.length() - 40))).find()) {
      return -1;
    }
    int clause = 0;
    Matcher b = CLAUSE_BREAK.matcher(before);
    while (b.find()) {
      clause = b.end();
    }
    return FUTURE.matcher(before.substring(clause)).find() ? 1 : -1;
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
