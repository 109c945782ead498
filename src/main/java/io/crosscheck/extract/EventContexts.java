package io.crosscheck.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the event a claim is about: where (a place from the gazetteer: Geneva, Brussels,
 * Vienna, ...), who hosted it (NATO, OSCE, ... including "the alliance" in an article that names
 * NATO), what kind of event (talks, meeting, session, dinner, ...) and when (weekday and date).
 * Every extractor calls {@link #of(Document, int)} for every claim.
 *
 * <p>How: the article's event pieces are found once per document (cached on the {@link
 * Document}): places written as venues ("in Geneva", "the Geneva talks", a "VIENNA —" dateline),
 * hosting organisations ("at the OSCE", "talks with NATO", "the NATO meeting", "a meeting of the
 * 57-country Organization for ...", "the NATO-Russia Council"), event nouns and named days. In
 * each sentence, pieces close together with no clause break between them ("than", "; ", ", or",
 * "while", "but", a dash) form <em>frames</em>: "Wednesday's meeting at NATO" is one frame, and in
 * "Wednesday's meeting, which went on an hour longer than expected, or the one Monday in Geneva"
 * the Wednesday meeting and the Monday in Geneva are two.
 *
 * <p>A claim's context is the frame nearest to it in its sentence, completed by the sentence's
 * other frames that no clause break separates from the claim; when the sentence has none, the
 * nearest frame of its paragraph. Nothing comes from further away, except through the article's
 * associations: when the context names an event noun and a place (or organisation) that the
 * article ties to exactly one weekday elsewhere ("the one Monday in Geneva", "The Monday session
 * in Geneva"), the weekday is filled in; and a weekday the article ties to exactly one place or
 * host fills those in. So "nearly eight hours of conversation, plus a dinner in Geneva" gets
 * Geneva and Monday.
 *
 * <p>Thread-safe and cheap per call: a binary search and a walk over one sentence's frames.
 */
public final class EventContexts {
  private EventContexts() {}

  /** The event context of a claim whose value starts at {@code offset} in the document's text. */
  public static EventContext of(Document doc, int offset) {
    return index(doc).context(offset);
  }

  static Index index(Document doc) {
    return doc.memo(Index.class, Index::new);
  }

  enum Kind { PLACE, ORG, NOUN, DAY }

  /** One event piece in the text: a place, host, event noun or day. */
  record Piece(Kind kind, int start, int end, String value, DayOfWeek weekday, LocalDate date) {
    boolean conflicts(Piece o) {
      if (kind != o.kind || kind == Kind.NOUN) {
        return false;
      }
      if (kind == Kind.DAY) {
        return weekday != o.weekday || !Objects.equals(date, o.date);
      }
      return !value.equals(o.value);
    }
  }

  /** Pieces of one event mention in one sentence. */
  record Frame(int start, int end, List<Piece> pieces) {
    String first(Kind k) {
      for (Piece p : pieces) {
        if (p.kind() == k) {
          return p.value();
        }
      }
      return null;
    }

    Piece day() {
      for (Piece p : pieces) {
        if (p.kind() == Kind.DAY) {
          return p;
        }
      }
      return null;
    }

    int distance(int offset) {
      return offset < start ? start - offset : offset >= end ? offset - end + 1 : 0;
    }
  }

  /** Gaps that end a frame: a clause break, a comparison, an alternative. */
  static final Pattern BREAK = Pattern.compile(
      "(?i);|\\s[—–]\\s|\\s-\\s|\\bthan\\b|,\\s*or\\b|\\bor\\s+the\\b|\\bwhile\\b|\\bwhereas\\b|\\bunlike\\b|\\bbut\\b");

  /** The gap between a modifier and its event noun: "Wednesday's meeting", "NATO meeting". */
  private static final Pattern MODIFIER_GAP = Pattern.compile("(?:[’']s)?\\s+(?:[\\p{L}-]+\\s+)?");

  private static final int MAX_GAP = 60;
  private static final int MAX_MERGE = 160;

  private static final Pattern HOST_BEFORE = Pattern.compile(
      "(?i)(?:\\b(?:at|hosted\\s+by|host,|under\\s+the\\s+(?:framework|auspices|umbrella)\\s+of|headquarters\\s+of)"
          + "|\\b" + Gazetteer.EVENT_NOUN_RE + "\\s+(?:of|at|with|by|under))\\s+(?:the\\s+)?"
          + "(?:[\\p{L}\\p{N},]+-(?:country|nation|member|state)\\s+)?$");

  private static final Pattern HOST_AFTER = Pattern.compile(
      "(?i)^(?:[’']s)?\\s+" + Gazetteer.EVENT_NOUN_RE + "\\b");

  private static final Pattern VENUE_BEFORE = Pattern.compile(
      "(?i)(?:\\b(?:in|at)\\s+(?:the\\s+)?|\\bin\\s+\\p{Lu}[\\p{L}.]+(?:\\s+\\p{Lu}[\\p{L}.]+)?\\s+and\\s+)$");

  static final class Index {
    private final Document doc;
    private final List<List<Frame>> frames;
    private final Map<String, Set<DayOfWeek>> placeDays = new HashMap<>();
    private final Map<String, Set<DayOfWeek>> orgDays = new HashMap<>();
    private final Map<DayOfWeek, Set<String>> dayPlaces = new EnumMap<>(DayOfWeek.class);
    private final Map<DayOfWeek, Set<String>> dayOrgs = new EnumMap<>(DayOfWeek.class);
    private final Map<DayOfWeek, Set<LocalDate>> dayDates = new EnumMap<>(DayOfWeek.class);

    Index(Document doc) {
      this.doc = doc;
      List<Piece> pieces = pieces(doc);
      int n = doc.sentences().size();
      List<List<Piece>> bySentence = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        bySentence.add(new ArrayList<>());
      }
      for (Piece p : pieces) {
        bySentence.get(doc.sentenceIndexAt(p.start())).add(p);
      }
      List<List<Frame>> fs = new ArrayList<>(n);
      for (List<Piece> ps : bySentence) {
        fs.add(ps.isEmpty() ? List.of() : frames(doc.text(), ps));
      }
      this.frames = Collections.unmodifiableList(fs);
      for (List<Frame> sentence : frames) {
        for (Frame f : sentence) {
          Piece day = f.day();
          if (day == null) {
            continue;
          }
          for (Piece p : f.pieces()) {
            if (p.kind() == Kind.PLACE) {
              placeDays.computeIfAbsent(p.value(), k -> new LinkedHashSet<>()).add(day.weekday());
              dayPlaces.computeIfAbsent(day.weekday(), k -> new LinkedHashSet<>()).add(p.value());
            } else if (p.kind() == Kind.ORG) {
              orgDays.computeIfAbsent(p.value(), k -> new LinkedHashSet<>()).add(day.weekday());
              dayOrgs.computeIfAbsent(day.weekday(), k -> new LinkedHashSet<>()).add(p.value());
            }
          }
        }
      }
      for (Dates.Mention m : Dates.of(doc)) {
        if (m.weekday() != null && m.date() != null) {
          dayDates.computeIfAbsent(m.weekday(), k -> new HashSet<>()).add(m.date());
        }
      }
    }

    /** The frames of the sentence holding {@code offset}. */
    List<Frame> framesAt(int offset) {
      return frames.get(doc.sentenceIndexAt(offset));
    }

    /** The frame holding the piece that starts at {@code offset}, or null. */
    Frame frameOfPiece(int offset) {
      for (Frame f : framesAt(offset)) {
        for (Piece p : f.pieces()) {
          if (p.start() == offset) {
            return f;
          }
        }
      }
      return null;
    }

    EventContext context(int offset) {
      String text = doc.text();
      int si = doc.sentenceIndexAt(offset);
      List<Frame> own = frames.get(si);
      Fields f = new Fields();
      Frame base;
      if (!own.isEmpty()) {
        List<Frame> sorted = new ArrayList<>(own);
        sorted.sort(Comparator.comparingInt((Frame x) -> x.distance(offset)).thenComparingInt(Frame::start));
        base = sorted.get(0);
        f.add(base, offset);
        for (int i = 1; i < sorted.size(); i++) {
          Frame o = sorted.get(i);
          int d = o.distance(offset);
          if (d > MAX_MERGE) {
            break;
          }
          String gap = offset < o.start() ? text.substring(offset, o.start()) : text.substring(o.end(), offset);
          if (!BREAK.matcher(gap).find() && f.compatible(o)) {
            f.fill(o, offset);
          }
        }
      } else {
        Frame best = null;
        int paragraph = doc.sentences().get(si).paragraph();
        for (int j = si - 1; j >= 0 && doc.sentences().get(j).paragraph() == paragraph; j--) {
          best = nearer(best, frames.get(j), offset);
        }
        for (int j = si + 1; j < frames.size() && doc.sentences().get(j).paragraph() == paragraph; j++) {
          best = nearer(best, frames.get(j), offset);
        }
        if (best == null) {
          return EventContext.NONE;
        }
        base = best;
        f.add(base, offset);
      }
      if (base.first(Kind.NOUN) != null || base.first(Kind.PLACE) != null || base.first(Kind.ORG) != null) {
        associate(f);
      }
      return new EventContext(f.place, f.org, f.noun, f.weekday, f.date, null);
    }

    private static Frame nearer(Frame best, List<Frame> candidates, int offset) {
      for (Frame c : candidates) {
        if (best == null || c.distance(offset) < best.distance(offset)) {
          best = c;
        }
      }
      return best;
    }

    private void associate(Fields f) {
      if (f.noun == null) {
        return;
      }
      if (f.weekday == null) {
        DayOfWeek wd = f.place != null ? only(placeDays.get(f.place)) : null;
        if (wd == null && f.org != null) {
          wd = only(orgDays.get(f.org));
        }
        if (wd != null) {
          f.weekday = wd;
          f.date = only(dayDates.get(wd));
        }
      }
      if (f.weekday != null) {
        if (f.place == null) {
          f.place = only(dayPlaces.get(f.weekday));
        }
        if (f.org == null) {
          f.org = only(dayOrgs.get(f.weekday));
        }
      }
    }

    private static <T> T only(Set<T> s) {
      return s != null && s.size() == 1 ? s.iterator().next() : null;
    }
  }

  private static final class Fields {
    String place;
    String org;
    String noun;
    DayOfWeek weekday;
    LocalDate date;

    void add(Frame fr, int offset) {
      place = fr.first(Kind.PLACE);
      org = fr.first(Kind.ORG);
      noun = nearestNoun(fr, offset);
      Piece d = fr.day();
      if (d != null) {
        weekday = d.weekday();
        date = d.date();
      }
    }

    /** A frame about another day or place is another event: nothing of it is taken. */
    boolean compatible(Frame fr) {
      Piece d = fr.day();
      String p = fr.first(Kind.PLACE);
      String o = fr.first(Kind.ORG);
      return (d == null || weekday == null || d.weekday() == weekday)
          && (p == null || place == null || p.equals(place))
          && (o == null || org == null || o.equals(org));
    }

    void fill(Frame fr, int offset) {
      if (place == null) {
        place = fr.first(Kind.PLACE);
      }
      if (org == null) {
        org = fr.first(Kind.ORG);
      }
      if (noun == null) {
        noun = nearestNoun(fr, offset);
      }
      Piece d = fr.day();
      if (weekday == null && d != null) {
        weekday = d.weekday();
        date = d.date();
      }
    }

    private static String nearestNoun(Frame fr, int offset) {
      Piece best = null;
      int bestDistance = Integer.MAX_VALUE;
      for (Piece p : fr.pieces()) {
        if (p.kind() != Kind.NOUN) {
          continue;
        }
        int d = offset < p.start() ? p.start() - offset : offset >= p.end() ? offset - p.end() + 1 : 0;
        if (d < bestDistance) {
          best = p;
          bestDistance = d;
        }
      }
      return best == null ? null : best.value();
    }
  }

  private static List<Frame> frames(String text, List<Piece> ps) {
    List<Frame> out = new ArrayList<>();
    List<Piece> cur = new ArrayList<>();
    for (Piece p : ps) {
      if (cur.isEmpty()) {
        cur.add(p);
        continue;
      }
      Piece last = cur.get(cur.size() - 1);
      String gap = p.start() > last.end() ? text.substring(last.end(), p.start()) : "";
      if (gap.length() > MAX_GAP || BREAK.matcher(gap).find()) {
        out.add(frame(cur));
        cur = new ArrayList<>(List.of(p));
        continue;
      }
      int c = conflict(cur, p);
      if (c < 0) {
        cur.add(p);
        continue;
      }
      int j = split(text, cur, c, p);
      if (j < cur.size()) {
        List<Piece> rest = new ArrayList<>(cur.subList(j, cur.size()));
        out.add(frame(cur.subList(0, j)));
        cur = rest;
        if (conflict(cur, p) >= 0) {
          out.add(frame(cur));
          cur = new ArrayList<>();
        }
        cur.add(p);
      } else {
        out.add(frame(cur));
        cur = new ArrayList<>(List.of(p));
      }
    }
    if (!cur.isEmpty()) {
      out.add(frame(cur));
    }
    return List.copyOf(out);
  }

  /**
   * Where to split a frame whose piece {@code c} conflicts with the new piece {@code p}: the
   * pieces from the returned index on go with {@code p} ({@code cur.size()}: none). First choice,
   * the next event noun phrase after {@code c} ("the NATO talks will be followed by [discussions in
   * Vienna ... OSCE]"); then the first comma ("talks on Monday, [in the NATO-Russia Council on
   * Wednesday]"); then the widest gap, counting the one before {@code p}.
   */
  private static int split(String text, List<Piece> cur, int c, Piece p) {
    for (int k = c + 1; k < cur.size(); k++) {
      Piece x = cur.get(k);
      boolean nounStart = x.kind() == Kind.NOUN
          || x.kind() == Kind.ORG && k + 1 < cur.size() && cur.get(k + 1).kind() == Kind.NOUN
              && cur.get(k + 1).start() == x.start();
      int a = cur.get(k - 1).end();
      if (nounStart && x.start() > a && !MODIFIER_GAP.matcher(text.substring(a, x.start())).matches()) {
        return k;
      }
    }
    for (int k = c + 1; k < cur.size(); k++) {
      int a = cur.get(k - 1).end();
      int b = cur.get(k).start();
      if (b > a && text.substring(a, b).contains(",")) {
        return k;
      }
    }
    int best = cur.size();
    int widest = p.start() - cur.get(cur.size() - 1).end();
    for (int k = c + 1; k < cur.size(); k++) {
      int gap = cur.get(k).start() - cur.get(k - 1).end();
      if (gap > widest) {
        widest = gap;
        best = k;
      }
    }
    return best;
  }

  private static int conflict(List<Piece> cur, Piece p) {
    for (int i = cur.size() - 1; i >= 0; i--) {
      if (cur.get(i).conflicts(p)) {
        return i;
      }
    }
    return -1;
  }

  private static Frame frame(List<Piece> ps) {
    int start = Integer.MAX_VALUE;
    int end = 0;
    for (Piece p : ps) {
      start = Math.min(start, p.start());
      end = Math.max(end, p.end());
    }
    return new Frame(start, end, List.copyOf(ps));
  }

  /** Every event piece of the document in text order. */
  private static List<Piece> pieces(Document doc) {
    String text = doc.text();
    Gazetteer g = Gazetteer.STANDARD;
    List<Piece> out = new ArrayList<>();

    Set<String> named = new HashSet<>();
    Matcher om = g.orgPattern.matcher(text);
    while (om.find()) {
      Gazetteer.OrgAlias a = g.org(om.group());
      if (a != null && !a.anaphor()) {
        named.add(a.canonical());
      }
    }
    om.reset();
    Piece lastOrg = null;
    while (om.find()) {
      Gazetteer.OrgAlias a = g.org(om.group());
      if (a == null || (a.anaphor() && !named.contains(a.canonical()))) {
        continue;
      }
      Document.Sentence s = doc.sentenceAt(om.start());
      String before = text.substring(Math.max(s.start(), om.start() - 90), om.start());
      String after = text.substring(om.end(), Math.min(s.end(), om.end() + 40));
      if (before.endsWith("(") && lastOrg != null && lastOrg.value().equals(a.canonical())
          && om.start() - lastOrg.end() <= 2) {
        continue; // "Organization for Security and Cooperation in Europe (OSCE)": one mention
      }
      boolean host = a.body() || HOST_BEFORE.matcher(before).find() || HOST_AFTER.matcher(after).find();
      if (!host) {
        continue;
      }
      lastOrg = new Piece(Kind.ORG, om.start(), om.end(), a.canonical(), null, null);
      out.add(lastOrg);
      if (a.body()) {
        String alias = a.alias();
        String noun = alias.substring(alias.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
        out.add(new Piece(Kind.NOUN, om.start(), om.end(), noun, null, null));
      }
    }

    Matcher pm = g.placePattern.matcher(text);
    while (pm.find()) {
      Document.Sentence s = doc.sentenceAt(pm.start());
      String before = text.substring(Math.max(s.start(), pm.start() - 40), pm.start());
      String after = text.substring(pm.end(), Math.min(s.end(), pm.end() + 30));
      if (VENUE_BEFORE.matcher(before).find() || HOST_AFTER.matcher(after).find()) {
        out.add(new Piece(Kind.PLACE, pm.start(), pm.end(), g.places.get(pm.group()), null, null));
      }
    }
    for (Document.Paragraph p : doc.paragraphs()) {
      Matcher dm = g.datelinePattern.matcher(text).region(p.start(), p.end());
      dm.useAnchoringBounds(true);
      if (dm.lookingAt()) {
        out.add(new Piece(Kind.PLACE, dm.start(), dm.end(), g.datelines.get(dm.group()), null, null));
      }
    }

    Matcher nm = Gazetteer.EVENT_NOUN.matcher(text);
    while (nm.find()) {
      String noun = Gazetteer.eventNoun(nm.group());
      if (noun != null && !insideOrg(out, nm.start())) {
        out.add(new Piece(Kind.NOUN, nm.start(), nm.end(), noun, null, null));
      }
    }

    for (Dates.Mention m : Dates.of(doc)) {
      DayOfWeek wd = m.weekday() != null ? m.weekday() : m.date() != null ? m.date().getDayOfWeek() : null;
      if (wd != null) {
        out.add(new Piece(Kind.DAY, m.start(), m.end(), wd.name(), wd, m.date()));
      }
    }
    out.sort(Comparator.comparingInt(Piece::start).thenComparing(Piece::kind));
    return out;
  }

  private static boolean insideOrg(List<Piece> pieces, int offset) {
    for (Piece p : pieces) {
      if (p.kind() == Kind.ORG && p.start() <= offset && offset < p.end()) {
        return true;
      }
    }
    return false;
  }
}
