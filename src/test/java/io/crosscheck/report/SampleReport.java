package io.crosscheck.report;

import io.crosscheck.extract.Claim;
import io.crosscheck.extract.ClaimValue;
import io.crosscheck.extract.Duration;
import io.crosscheck.extract.EventContext;
import io.crosscheck.extract.Interval;
import io.crosscheck.extract.Quantity;
import io.crosscheck.extract.Quote;
import io.crosscheck.extract.Title;
import io.crosscheck.load.Article;
import io.crosscheck.load.ArticleError;
import io.crosscheck.load.Position;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A small hand-made report every renderer test uses: three articles (one with CRLF line ends, one
 * with no source or date and a space in its path), three findings (a title conflict with three
 * pieces of evidence, a duration warning, a vague-versus-precise count at info), one unreadable
 * input and one failed rule. Text is chosen to need escaping in every format: {@code & < > " |
 * * _ %} and a sentence over two lines.
 */
final class SampleReport {
  private SampleReport() {}

  static final String A1_TEXT = "Talks in Geneva end without a deal\n\n"
      + "GENEVA (Wire) - The head of the US delegation, Assistant Secretary of State Wendy Sherman, told reporters"
      + " the talks were \"frank & forthright\".\n"
      + "The Geneva talks on Monday lasted nearly eight hours, officials said.\n";
  static final String A2_TEXT = "Russia, US talk for hours | no breakthrough\r\n\r\n"
      + "U.S. Deputy Secretary of State Wendy Sherman said the meeting was \"useful\" <b>but</b> tense.\r\n"
      + "Monday's session in Geneva ran for four hours, with 100% of delegates present.\r\n"
      + "Russia has massed tens of thousands of troops near the border.\r\n";
  static final String A3_TEXT = "* Deputy Secretary of State Wendy Sherman led the *American* side_\n"
      + "More than 100,000 troops are near Ukraine, according to the\nPentagon.\n";

  static final Article A1 = Article.plain("001_wire", "fixtures/talks/001_wire.txt", A1_TEXT, "Wire Service & Co",
      LocalDate.of(2022, 1, 10), "talks");
  static final Article A2 = Article.plain("002_daily", "fixtures/talks/002_daily.txt", A2_TEXT, "The Daily <Post>",
      LocalDate.of(2022, 1, 11), "talks");
  static final Article A3 = Article.plain("003_blog", "fixtures/talks/003 blog.txt", A3_TEXT, null, null, "talks");

  private static final EventContext GENEVA_MONDAY = new EventContext("Geneva", null, "talks", DayOfWeek.MONDAY, null, "e1");

  static Report report() {
    List<Claim> claims = new ArrayList<>();
    Claim c1 = claim(claims, "c1", A1, "Wendy Sherman", "title", "Assistant Secretary of State",
        new Title("secretary of state", "assistant", "united states", false, false),
        "GENEVA (Wire) - The head of the US delegation, Assistant Secretary of State Wendy Sherman, told reporters"
            + " the talks were \"frank & forthright\".", EventContext.NONE);
    claim(claims, "c2", A1, "Wendy Sherman", "quote", "frank & forthright", new Quote("frank & forthright", false, "Wendy Sherman"),
        c1.sentence(), EventContext.NONE);
    Claim c3 = claim(claims, "c3", A1, "talks", "duration", "nearly eight hours",
        new Duration(Interval.closed(25200, 28800), "talks", "nearly", false, false),
        "The Geneva talks on Monday lasted nearly eight hours, officials said.", GENEVA_MONDAY);
    Claim c4 = claim(claims, "c4", A2, "Wendy Sherman", "title", "Deputy Secretary of State",
        new Title("secretary of state", "deputy", "united states", false, false),
        "U.S. Deputy Secretary of State Wendy Sherman said the meeting was \"useful\" <b>but</b> tense.", EventContext.NONE);
    Claim c5 = claim(claims, "c5", A2, "talks", "duration", "four hours",
        new Duration(Interval.exact(14400), "session", "", false, false),
        "Monday's session in Geneva ran for four hours, with 100% of delegates present.", GENEVA_MONDAY);
    Claim c6 = claim(claims, "c6", A2, "Russian troops", "troops", "tens of thousands",
        new Quantity(Interval.closed(20000, 99999), "troop", "", true),
        "Russia has massed tens of thousands of troops near the border.", EventContext.NONE);
    Claim c7 = claim(claims, "c7", A3, "Wendy Sherman", "title", "Deputy Secretary of State",
        new Title("secretary of state", "deputy", "", false, false),
        "* Deputy Secretary of State Wendy Sherman led the *American* side_", EventContext.NONE);
    Claim c8 = claim(claims, "c8", A3, "Russian troops", "troops", "More than 100,000",
        new Quantity(Interval.above(100000), "troop", "more than", false),
        "More than 100,000 troops are near Ukraine, according to the\nPentagon.", EventContext.NONE);

    List<Finding> findings = List.of(
        // listed out of print order on purpose: the report sorts them
        new Finding("quantity-conflict", Severity.INFO, "quantity", "Russian troops",
            "Russian troops number 'tens of thousands' in 002_daily, vaguer than 'More than 100,000' in 003_blog",
            List.of(evidence(c6, A2), evidence(c8, A3)), "a3c4e5f60718293a"),
        new Finding("title-conflict", Severity.ERROR, "title", "Wendy Sherman",
            "Wendy Sherman is 'Assistant Secretary of State' in 001_wire but 'Deputy Secretary of State' in 002_daily,"
                + " 003_blog",
            List.of(evidence(c1, A1), evidence(c4, A2), evidence(c7, A3)), "3f2a9c1d0b7e6a55"),
        new Finding("duration-conflict", Severity.WARNING, "duration", "talks",
            "The talks (Geneva, Monday) lasted 'nearly eight hours' in 001_wire but 'four hours' in 002_daily",
            List.of(evidence(c3, A1), evidence(c5, A2)), "9b8a7c6d5e4f3021"));

    List<Report.RuleInfo> rules = List.of(
        new Report.RuleInfo("title-conflict", Severity.ERROR,
            "A person holds mutually exclusive ranks of one office in different articles.", "rules/title-conflict.drl",
            "One person is given two titles that cannot both be true: the same office\nat ranks that exclude each other."
                + "\n\nNever fires for one title written in two cases."),
        new Report.RuleInfo("duration-conflict", Severity.ERROR,
            "How long talks or a meeting lasted is given as ranges that cannot both be true.",
            "rules/duration-conflict.drl", ""),
        new Report.RuleInfo("quantity-conflict", Severity.ERROR, "The same count is given as ranges no number satisfies.",
            "rules/quantity-conflict.drl", ""),
        new Report.RuleInfo("quote-drift", Severity.WARNING,
            "A speaker's quotation is worded differently in different articles.", "rules/quote-drift.drl", ""));

    return new Report(List.of(A1, A2, A3), claims, findings,
        List.of(new ArticleError("fixtures/talks/broken.html", "empty file")),
        List.of(new RuleError("quote-drift", "talks", "ran longer than 30 s")), rules);
  }

  /** A report with nothing found: every format must still say so cleanly. */
  static Report empty() {
    return new Report(List.of(A1), List.of(), List.of(), List.of(), List.of(), List.of());
  }

  private static Claim claim(List<Claim> into, String id, Article a, String subject, String attribute, String value,
      ClaimValue normalized, String sentence, EventContext event) {
    int sentenceAt = a.text().indexOf(sentence);
    if (sentenceAt < 0) {
      throw new IllegalArgumentException("sentence not in " + a.id() + ": " + sentence);
    }
    int start = a.text().indexOf(value, sentenceAt);
    if (start < 0 || start + value.length() > sentenceAt + sentence.length()) {
      throw new IllegalArgumentException("value not in its sentence: " + value);
    }
    Position p = a.position(start);
    Claim c = new Claim(id, a.id(), normalized.kind(), subject, attribute, value, normalized, start,
        start + value.length(), p.line(), p.column(), sentence, event);
    into.add(c);
    return c;
  }

  private static Evidence evidence(Claim c, Article a) {
    return new Evidence(c.id(), a.id(), a.path(), c.line(), c.column(), c.endColumn(), c.value(), c.sentence(),
        c.event().label());
  }

  /** Where each value stands (line:column-endColumn), worked out by hand from the texts above. */
  static final Map<String, String> POSITIONS = Map.of(
      "c1", "3:48-76", "c3", "4:35-53", "c4", "3:6-31", "c5", "4:36-46", "c6", "5:19-36", "c7", "1:3-28",
      "c8", "2:1-18");
}
