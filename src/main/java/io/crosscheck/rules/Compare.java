package io.crosscheck.rules;

import io.crosscheck.extract.DateValue;
import io.crosscheck.extract.Interval;
import io.crosscheck.extract.Title;
import io.crosscheck.resolve.Titles;
import java.util.Locale;
import java.util.Objects;

/**
 * The comparison helpers rules call: {@code Compare.disjoint($a, $b, $settings)}, {@code
 * Compare.titlesExclusive($a, $b)}, {@code Compare.quoteSimilarity($a, $b)}, ... Each is a pure
 * function of its arguments.
 */
public final class Compare {
  private Compare() {}

  /**
   * Orders the two sides of a pair rule so that it fires once and names the odd one out first:
   * true when {@code a} stands in fewer articles than {@code b}, or as many and has the smaller id.
   * Use it in place of {@code id > $a.id}: {@code $b: ClaimGroup(..., Compare.first($a, this))}.
   */
  public static boolean first(ClaimGroup a, ClaimGroup b) {
    int n = Integer.compare(a.articles().size(), b.articles().size());
    return n < 0 || (n == 0 && a.id().compareTo(b.id()) < 0);
  }

  /** True when no number satisfies both ranges, even after the relative tolerance. */
  public static boolean disjoint(ClaimGroup a, ClaimGroup b, Settings settings) {
    Interval x = a.interval();
    Interval y = b.interval();
    if (x == null || y == null) {
      return false;
    }
    double tol = settings == null ? 0 : settings.numericTolerance();
    if (a.isVague() || b.isVague()) {
      // "tens of thousands" is [10,000, 100,000) by convention, not by rounding
      return !x.widen(tol).overlaps(y.widen(tol));
    }
    return !closure(x.widen(tol)).overlaps(closure(y.widen(tol)));
  }

  /**
   * Writers round: "more than 2,000" and "2,000", or "over 1.8 million" and "1.8 million", are
   * restatements, so precise ranges that only touch at an open end are not in conflict (vague
   * ranges such as "tens of thousands" keep their open end).
   */
  private static Interval closure(Interval i) {
    return new Interval(i.lo(), i.hi(), false, Double.isInfinite(i.hi()));
  }

  /**
   * True when either side's sentences also state a figure inside the other side's range: one
   * sentence often gives several counts of one unit ("65 people remain missing and 750 have been
   * rescued"), and an article that states the other's figure restates it rather than contradicts it.
   */
  public static boolean restated(ClaimGroup a, ClaimGroup b) {
    return mentions(a, b.interval()) || mentions(b, a.interval());
  }

  private static boolean mentions(ClaimGroup g, Interval range) {
    if (range == null) {
      return false;
    }
    Interval r = closure(range);
    for (io.crosscheck.extract.Claim c : g.claims()) {
      for (double v : io.crosscheck.extract.NumberMentions.in(c.sentence())) {
        if (r.contains(v) && !io.crosscheck.extract.NumberMentions.in(c.value()).contains(v)) {
          return true;
        }
      }
    }
    return false;
  }

  private static final java.util.regex.Pattern RATE = java.util.regex.Pattern.compile(
      "^\\W*(?:\\w+\\W+){0,2}?(?:per|a|an|each|every)\\s+(?:day|week|month|year|hour|minute|second|night)\\b",
      java.util.regex.Pattern.CASE_INSENSITIVE);

  /** True for a rate ("8,000 victims per day", "100 a week"): never compared with a total. */
  public static boolean rate(ClaimGroup g) {
    for (io.crosscheck.extract.Claim c : g.claims()) {
      int at = c.sentence().indexOf(c.value());
      if (at >= 0 && RATE.matcher(c.sentence().substring(at + c.value().length())).find()) {
        return true;
      }
    }
    return false;
  }

  /** True when both groups are linked to one event of the story. */
  public static boolean sameEvent(ClaimGroup a, ClaimGroup b) {
    return !a.event().isEmpty() && a.event().equals(b.event());
  }

  /**
   * True when the two titles cannot both be right for one person at one time: current (not
   * former) titles of the same office and organisation with mutually exclusive ranks (deputy vs
   * assistant vs under vs the office itself). "First deputy" and "acting" never conflict with
   * "deputy"; different offices never conflict (one person may hold several roles).
   */
  public static boolean titlesExclusive(ClaimGroup a, ClaimGroup b) {
    return a.normalized() instanceof Title x && b.normalized() instanceof Title y && Titles.exclusive(x, y);
  }

  /**
   * Activities that name the same kind of event: talks, meetings, sessions, conversations. A
   * duration with no named activity is never compared.
   */
  public static boolean comparableActivity(ClaimGroup a, ClaimGroup b) {
    String x = family(activity(a));
    return !x.isEmpty() && x.equals(family(activity(b)));
  }

  private static String activity(ClaimGroup g) {
    return g.normalized() instanceof io.crosscheck.extract.Duration d ? d.activity() : "";
  }

  private static String family(String activity) {
    return switch (activity.toLowerCase(Locale.ROOT)) {
      case "talks", "meeting", "session", "conversation", "negotiations", "discussions", "summit", "council" -> "talks";
      default -> activity.toLowerCase(Locale.ROOT);
    };
  }

  /** True when a date claim names a weekday that its own calendar date does not fall on. */
  public static boolean weekdayMismatch(ClaimGroup g) {
    return g.normalized() instanceof DateValue d && d.date() != null && d.weekday() != d.date().getDayOfWeek();
  }

  /** The weekday a date claim's calendar date really falls on, capitalised. */
  public static String realWeekday(ClaimGroup g) {
    if (g.normalized() instanceof DateValue d && d.date() != null) {
      String w = d.date().getDayOfWeek().name();
      return w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT);
    }
    return "";
  }

  /** True when two date claims put one event on different days. */
  public static boolean differentDays(ClaimGroup a, ClaimGroup b) {
    if (!(a.normalized() instanceof DateValue x) || !(b.normalized() instanceof DateValue y)) {
      return false;
    }
    if (x.date() != null && y.date() != null) {
      return !x.date().equals(y.date());
    }
    return x.weekday() != y.weekday();
  }

  /** True when both date claims are about an event (a meeting, talks) at the same place. */
  public static boolean sameVenue(ClaimGroup a, ClaimGroup b) {
    var x = a.claims().get(0).event();
    var y = b.claims().get(0).event();
    boolean place = x.place() != null && x.place().equals(y.place());
    boolean org = x.org() == null || y.org() == null || Objects.equals(x.org(), y.org());
    boolean noun = x.noun() != null && y.noun() != null && family(x.noun()).equals(family(y.noun()));
    return place && org && noun;
  }

  /** How alike two quotes are: the share of the shorter quote's words found in order in the other. */
  public static double quoteSimilarity(ClaimGroup a, ClaimGroup b) {
    return QuoteDiff.of(written(a), written(b)).similarity();
  }

  /**
   * What changed between two renderings of one quotation: "meaning" (negation, numbers or content
   * words), "wording" (function words, contractions, punctuation only) or "none" (the same once
   * normalised, or one is an excerpt of the other).
   */
  public static String quoteChange(ClaimGroup a, ClaimGroup b) {
    return QuoteDiff.of(written(a), written(b)).change();
  }

  /** The changed words, for messages: "'demands' became 'requests'". */
  public static String quoteChanges(ClaimGroup a, ClaimGroup b) {
    return QuoteDiff.of(written(a), written(b)).describe();
  }

  /** A quote as written (the most common rendering in its group); the normalised words otherwise. */
  private static String written(ClaimGroup g) {
    return g.value() == null || g.value().isBlank() ? g.getWords() : g.value();
  }

  /** Both quotes long enough to compare (a one-word partial quote is not a rendering of a sentence). */
  public static boolean comparableQuotes(ClaimGroup a, ClaimGroup b) {
    return QuoteDiff.tokens(written(a)).size() >= 3 && QuoteDiff.tokens(written(b)).size() >= 3;
  }
}
