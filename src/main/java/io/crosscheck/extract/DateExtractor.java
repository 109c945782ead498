package io.crosscheck.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds date claims: when something happened, as a weekday ("on Thursday", "Thursday's meeting",
 * "said Thursday", the misspelt "said Thrusday"), a calendar date ("January 12", "12 January
 * 2022", "Jan. 10", "on the 10th") or a shift ("two days earlier", "three days ago",
 * "yesterday"). Days are resolved against the publication date as {@link Dates} describes; with
 * no publication date a weekday claim has no date. A weekday written next to a date ("Thursday,
 * January 14, 2022") keeps both as written, so a weekday that does not match its date shows.
 *
 * <p>Periods are not day claims and yield nothing: "this week", "last month", "in December",
 * "in 2019", "mid-February" ({@link DateValue} holds a day).
 *
 * <p>Subject, attribute "date", activity:
 *
 * <ul>
 *   <li>a day attached to an event ("Thursday's meeting in Vienna", "The Monday session in
 *       Geneva", "direct talks with the U.S. on Monday", "the one Monday in Geneva" after a
 *       meeting): activity is the event noun ("meeting"), subject the event described from its
 *       context: "meeting in Vienna", else "meeting at NATO" (the host), else "meeting";
 *   <li>a day attached to a statement ("Lavrov said on Thursday", "Sherman on Monday said",
 *       "Peskov told reporters Thursday", "said in an interview aired Thursday"): activity is the
 *       verb as written ("said", "warned"), subject the speaker as written, without titles
 *       ("Sergei Lavrov", "she", "his spokesperson");
 *   <li>otherwise the event the day stands in ("at the OSCE on Thursday": subject "OSCE", no
 *       activity), or subject and activity "" ("On Friday, tensions ticked up").
 * </ul>
 */
final class DateExtractor implements Extractor {
  private static final Set<String> VERBS = Set.of(
      "said", "says", "say", "told", "tells", "warned", "warns", "added", "noted", "wrote", "tweeted", "announced",
      "stated", "declared", "replied", "responded", "insisted", "argued", "claimed", "blamed", "accused", "urged",
      "spoke", "speaks", "met", "meets", "signed", "agreed", "rejected", "confirmed", "denied", "reported",
      "briefed", "visited", "arrived", "left", "held", "hosted", "launched", "unveiled", "issued", "threatened",
      "vowed", "pledged", "promised", "suggested", "acknowledged", "admitted", "explained", "asked", "demanded",
      "proposed", "countered", "cautioned", "predicted", "revealed", "conceded", "stressed", "emphasized",
      "emphasised", "signaled", "signalled", "ordered", "approved", "voted", "decided", "attended", "joined",
      "began", "started", "ended", "concluded", "resumed", "complained", "criticized", "criticised", "welcomed");

  /** Verbs and nouns a walk from a day back to its statement passes through ("an interview aired Thursday"). */
  private static final Set<String> PASS_THROUGH = Set.of(
      "aired", "broadcast", "televised", "posted", "interview", "statement", "remarks", "briefing", "comments",
      "call", "phone");

  private static final Set<String> FUNCTION_WORDS = Set.of(
      "in", "at", "with", "of", "for", "under", "between", "during", "from", "to", "by", "on", "the", "a", "an",
      "its", "his", "her", "their", "and", "direct", "separate", "formal", "closed-door");

  private static final Set<String> STOP_WORDS = Set.of(
      "that", "which", "who", "whom", "when", "where", "as", "because", "if", "whether", "than", "while");

  private static final Pattern SHIFT = Pattern.compile(
      "(?i)\\b(?<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})\\s+(?<unit>days?|weeks?)\\s+"
          + "(?<dir>earlier|later|ago|previously|(?:before|after)(?!\\s+\\p{L}))\\b(?!\\s+than\\b)"
          + "|(?<!\\p{L})(?:(?<yest>yesterday)|(?<tom>tomorrow))(?!\\p{L})");

  /** The words {@link #SHIFT} starts with (besides digits): a count of {@link #SHIFT_UNITS}, or {@link #NEXT_DAYS}. */
  private static final Words.Vocabulary SHIFT_STARTERS = new Words.Vocabulary(Set.of(
      "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "yesterday",
      "tomorrow"));

  /** The words a shift starts with besides numerals ({@link Words#DATE_SHIFT}). */
  static Set<String> shiftWords() {
    return SHIFT_STARTERS.words();
  }

  private static final Words.Vocabulary SHIFT_UNITS = new Words.Vocabulary(Set.of("day", "days", "week", "weeks"));

  private static final Words.Vocabulary NEXT_DAYS = new Words.Vocabulary(Set.of("yesterday", "tomorrow"));

  @Override
  public List<Claim> extract(Document doc) {
    List<Claim> out = new ArrayList<>();
    String text = doc.text();
    EventContexts.Index events = EventContexts.index(doc);
    for (Dates.Mention m : Dates.of(doc)) {
      DayOfWeek wd = m.weekday() != null ? m.weekday() : m.date().getDayOfWeek();
      out.add(claim(doc, events, m.start(), m.end(), m.weekday(), m.date(), !m.explicit(), wd));
    }
    LocalDate pub = doc.article().published();
    Words words = Words.of(doc);
    Matcher sm = SHIFT.matcher(text);
    sm.useTransparentBounds(true);
    sm.useAnchoringBounds(false);
    for (int i = 0; i < words.size(); i++) {
      if ((words.classes(i) & (Words.DIGIT | Words.DATE_SHIFT)) == 0) {
        continue;
      }
      // the word after first: most counts ("a", "one") count neither days nor weeks
      if (!(i + 1 < words.size() && mayBeUnit(words, i + 1) && words.in(SHIFT_UNITS, i + 1))
          && !(words.length(i) >= 8 && words.in(NEXT_DAYS, i))) {
        continue; // a count of neither days nor weeks
      }
      boolean digits = Character.isDigit(words.first(i)) && words.length(i) <= 2;
      if (!digits && !words.in(SHIFT_STARTERS, i)) {
        continue;
      }
      sm.region(words.start(i), Math.min(text.length(), words.start(i) + 40));
      if (!sm.lookingAt()) {
        continue;
      }
      DayOfWeek wd;
      LocalDate date;
      if (sm.group("yest") != null || sm.group("tom") != null) {
        if (pub == null) {
          continue;
        }
        date = sm.group("yest") != null ? pub.minusDays(1) : pub.plusDays(1);
        wd = date.getDayOfWeek();
      } else {
        String n = sm.group("n").toLowerCase(Locale.ROOT);
        int amount = n.equals("a") || n.equals("an") ? 1 : Character.isDigit(n.charAt(0))
            ? Integer.parseInt(n) : Numbers.parseWords(n).intValue();
        int days = amount * (sm.group("unit").toLowerCase(Locale.ROOT).startsWith("week") ? 7 : 1);
        String dir = sm.group("dir").toLowerCase(Locale.ROOT);
        int sign = dir.equals("later") || dir.equals("after") ? 1 : -1;
        if (dir.equals("ago")) {
          if (pub == null) {
            continue;
          }
          date = pub.minusDays(days);
          wd = date.getDayOfWeek();
        } else {
          Dates.Mention anchor = anchor(doc, sm.start());
          if (anchor == null) {
            continue;
          }
          DayOfWeek aw = anchor.weekday() != null ? anchor.weekday() : anchor.date().getDayOfWeek();
          date = anchor.date() == null ? null : anchor.date().plusDays((long) sign * days);
          wd = aw.plus((long) sign * days);
        }
      }
      out.add(claim(doc, events, sm.start(), sm.end(), wd, date, true, wd));
    }
    return out;
  }

  /**
   * A cheap test before looking word {@code i} up in {@link #SHIFT_UNITS}: whether it is as long as
   * one and starts with "d" or "w" in either case (no other character lower-cases to them).
   */
  private static boolean mayBeUnit(Words words, int i) {
    int len = words.length(i);
    char c = words.first(i);
    return len >= 3 && len <= 5 && (c == 'd' || c == 'D' || c == 'w' || c == 'W');
  }

  /** The day a shift counts from: the nearest named day before it in its sentence. */
  private static Dates.Mention anchor(Document doc, int offset) {
    Document.Sentence s = doc.sentenceAt(offset);
    Dates.Mention best = null;
    for (Dates.Mention m : Dates.of(doc)) {
      if (m.start() >= s.start() && m.end() <= offset) {
        best = m;
      }
    }
    return best;
  }

  private static Claim claim(Document doc, EventContexts.Index events, int start, int end, DayOfWeek written,
      LocalDate date, boolean relative, DayOfWeek weekday) {
    String text = doc.text();
    Document.Sentence s = doc.sentenceAt(start);
    // the words around the day: enough for the walks in attach(), not the whole of a long sentence
    // (a date may run past a sentence break the splitter put after an abbreviation: "Oct. 16")
    List<Tokens.Tok> toks = Tokens.of(text, wordStart(text, Math.max(s.start(), start - 300)),
        Math.max(end, Math.min(s.end(), end + 100)));
    int first = Tokens.indexAt(toks, start);
    int last = Math.max(first, Tokens.indexAt(toks, end - 1));
    EventContext ctx = EventContexts.of(doc, start);
    if (ctx.weekday() == null) {
      ctx = new EventContext(ctx.place(), ctx.org(), ctx.noun(), weekday, date, null);
    }
    Attachment a = attach(toks, first, last);
    if (a == null) {
      EventContexts.Frame f = events.frameOfPiece(start);
      String noun = f == null ? null : f.first(EventContexts.Kind.NOUN);
      if (noun != null) {
        a = new Attachment(noun, true, "");
      } else {
        String where = f == null ? null : f.first(EventContexts.Kind.PLACE);
        if (where == null && f != null) {
          where = f.first(EventContexts.Kind.ORG);
        }
        a = new Attachment("", false, where == null ? "" : where);
      }
    }
    String subject = a.event() ? event(a.activity(), ctx) : a.subject();
    DateValue v = new DateValue(date, written, a.activity(), relative);
    return doc.claim(ClaimKind.DATE, subject, "date", start, end, v, ctx);
  }

  /** {@code i}, moved back to the start of the word it falls in. */
  private static int wordStart(String text, int i) {
    while (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  /** "meeting in Vienna", "meeting at NATO", "meeting". */
  private static String event(String noun, EventContext ctx) {
    if (ctx.place() != null) {
      return noun + " in " + ctx.place();
    }
    if (ctx.org() != null) {
      return noun + " at " + ctx.org();
    }
    return noun;
  }

  /** What a day is attached to: an event noun, or a statement verb and its speaker. */
  private record Attachment(String activity, boolean event, String subject) {}

  private static Attachment attach(List<Tokens.Tok> toks, int first, int last) {
    if (first >= toks.size() || last >= toks.size()) {
      return null;
    }
    Tokens.Tok day = toks.get(last);
    // "Thursday's meeting", "Wednesday's NATO meeting"
    if (day.possessive() || last + 1 < toks.size() && isApostropheS(toks.get(last + 1).text())) {
      int from = day.possessive() ? last + 1 : last + 2;
      for (int k = from; k < Math.min(toks.size(), from + 4); k++) {
        String noun = nounAt(toks, k);
        if (noun != null) {
          return new Attachment(noun, true, "");
        }
        if (!toks.get(k).isWord()) {
          break;
        }
      }
    }
    // "The Monday session"
    if (last + 1 < toks.size()) {
      String noun = nounAt(toks, last + 1);
      if (noun != null) {
        return new Attachment(noun, true, "");
      }
    }
    // "the one Monday in Geneva" (after "Wednesday's meeting, ... or")
    if (first >= 2 && toks.get(first - 1).word().equals("one") && toks.get(first - 2).word().equals("the")) {
      for (int k = first - 3; k >= 0; k--) {
        String noun = nounAt(toks, k);
        if (noun != null) {
          return new Attachment(noun, true, "");
        }
      }
    }
    int before = first - 1;
    if (before >= 0 && toks.get(before).word().equals("on")) {
      before--;
    }
    // "Sherman on Monday said"
    if (last + 1 < toks.size() && VERBS.contains(toks.get(last + 1).word()) && before >= 0) {
      return new Attachment(toks.get(last + 1).word(), false, Tokens.speaker(toks, before, last + 1));
    }
    // back from the day over its phrase: "said in an interview with MSNBC on Thursday",
    // "discussions in Vienna under the framework of the ... on Thursday"
    int content = 0;
    for (int k = before; k >= 0 && before - k < 20; k--) {
      Tokens.Tok t = toks.get(k);
      if (!t.isWord()) {
        return null;
      }
      String w = t.word();
      String noun = nounAt(toks, k);
      if (noun != null) {
        return new Attachment(noun, true, "");
      }
      if (w.equals("council")) {
        return new Attachment("council", true, "");
      }
      if (Dates.weekday(w) != null || STOP_WORDS.contains(w)) {
        return null;
      }
      if (PASS_THROUGH.contains(w)) {
        continue;
      }
      if (VERBS.contains(w)) {
        String who = Tokens.speaker(toks, k - 1, k);
        String head = who.substring(who.lastIndexOf(' ') + 1);
        String subjectNoun = Gazetteer.eventNoun(head);
        // "The talks were held on Thursday": the day is the event's
        return subjectNoun != null ? new Attachment(subjectNoun, true, "") : new Attachment(w, false, who);
      }
      if (FUNCTION_WORDS.contains(w) || t.capitalised() || !Character.isLetter(w.charAt(0)) || w.contains("-")) {
        continue;
      }
      if (++content > 3) {
        return null;
      }
    }
    return null;
  }

  /** Whether a token is a possessive "’s" or "'s" written apart from its word. */
  private static boolean isApostropheS(String tok) {
    return tok.length() == 2 && (tok.charAt(0) == '’' || tok.charAt(0) == '\'') && tok.charAt(1) == 's';
  }

  /** The event noun at token {@code k} ("meeting", or "press conference" ending there), or null. */
  private static String nounAt(List<Tokens.Tok> toks, int k) {
    String w = toks.get(k).word();
    if (w.equals("conference") && k > 0) {
      String two = Gazetteer.eventNoun(toks.get(k - 1).word() + " " + w);
      if (two != null) {
        return two;
      }
    }
    if ((w.equals("press") || w.equals("news")) && k + 1 < toks.size()) {
      String two = Gazetteer.eventNoun(w + " " + toks.get(k + 1).word());
      if (two != null) {
        return two;
      }
    }
    return Gazetteer.eventNoun(w);
  }
}
