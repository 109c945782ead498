package io.crosscheck.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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
 * each sentence, pieces close together with no clause break between them ("; ", a dash, "than",
 * ", or", "or the", "while", "whereas", "unlike", "but") form <em>frames</em>: "Wednesday's
 * meeting at NATO" is one frame, and in "Wednesday's meeting, which went on an hour longer than
 * expected, or the one Monday in Geneva" the Wednesday meeting and the Monday in Geneva are two. A
 * list splits at its event nouns and commas: "talks with the U.S. on Monday, in the NATO-Russia
 * Council on Wednesday and at the Organization for Security and Cooperation in Europe on Thursday"
 * is three frames.
 *
 * <p>A claim's context is the frame nearest to it in its sentence, completed by the sentence's
 * other frames that no clause break separates from the claim and that name no other day, place
 * or host; when the sentence has none, the nearest frame of its paragraph. Nothing comes from
 * further away, except through the article's associations, and only when the nearest frame names
 * an event noun, place or host: a place (or host) the article ties to exactly one weekday
 * elsewhere ("the one Monday in Geneva", "The Monday session in Geneva") fills in the weekday,
 * and a weekday tied to exactly one place or host fills those in. So "nearly eight hours of
 * conversation, plus a dinner in Geneva" gets Geneva and Monday, while "Lavrov said on Thursday"
 * (a statement, no event) keeps just Thursday.
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

  /** The gap between a modifier and its event noun: "Wednesday's meeting", "NATO meeting". */
  private static final Pattern MODIFIER_GAP = Pattern.compile("(?:[’']s)?\\s+(?:[\\p{L}-]+\\s+)?");

  private static final int MAX_GAP = 60;
  private static final int MAX_MERGE = 160;


  private static final Pattern HOST_AFTER = Pattern.compile(
      "(?i)^(?:[’']s)?\\s+" + Gazetteer.EVENT_NOUN_RE + "\\b");

  private static final Words.Vocabulary EVENT_WORDS_AND_PRESS = eventWordsAndPress();

  /** The event nouns of one word and their activities ({@link Gazetteer#eventNoun}). */
  private static final WordTable<String> ACTIVITIES = activities();

  /** The words "press conference" may start with. */
  private static final Words.Vocabulary PRESS = new Words.Vocabulary(Set.of("press", "news"));

  private static final Pattern MEMBERS_MODIFIER = Pattern.compile("[\\p{L}\\p{N},]+-(?:country|nation|member|state)");

  /** The single words of the event nouns, and "press" and "news" ({@link Words#EVENT}). */
  static Set<String> eventWords() {
    return EVENT_WORDS_AND_PRESS.words();
  }

  /** The single words of the event nouns, and "press"/"news" for "press conference". */
  private static Words.Vocabulary eventWordsAndPress() {
    Set<String> s = new HashSet<>(List.of("press", "news"));
    for (String w : Gazetteer.eventNouns()) {
      if (w.indexOf(' ') < 0) {
        s.add(w);
      }
    }
    return new Words.Vocabulary(s);
  }

  private static WordTable<String> activities() {
    Map<String, String> m = new HashMap<>();
    for (String w : Gazetteer.eventNouns()) {
      if (w.indexOf(' ') < 0) {
        m.put(w, Gazetteer.eventNoun(w));
      }
    }
    return new WordTable<>(m);
  }

  /**
   * Whether the text before an organisation makes it a host: "at (the)", "hosted by", "host, the",
   * "under the framework/auspices/umbrella of the", "headquarters of the", or an event noun and a
   * preposition ("a meeting of the 57-country", "talks with", "a meeting with the").
   */
  static boolean hostBefore(String before) {
    return hostBefore(before, 0, before.length());
  }

  /**
   * {@link #hostBefore(String)} of {@code text[from, to)}, without copying it: its last six words
   * are compared in place, read as {@link #asWritten} says.
   */
  private static boolean hostBefore(String text, int from, int to) {
    LastWords w = new LastWords(text, from, to, 6);
    int k = w.size();
    if (k > 0 && membersModifier(w, k - 1)) {
      k--;
    }
    if (k > 0 && is(w, k - 1, "the")) {
      k--;
    }
    if (k == 0) {
      return false;
    }
    int last = k - 1;
    int prev = k - 2;
    if (is(w, last, "at") || is(w, last, "host,")) {
      return true;
    }
    if (is(w, last, "by")) {
      return prev >= 0 && (is(w, prev, "hosted") || eventNoun(w, prev));
    }
    if (is(w, last, "of")) {
      if (prev >= 0 && (is(w, prev, "headquarters") || eventNoun(w, prev))) {
        return true;
      }
      return k > 3 && (is(w, prev, "framework") || is(w, prev, "auspices") || is(w, prev, "umbrella"))
          && is(w, k - 3, "the") && is(w, k - 4, "under");
    }
    if (is(w, last, "with") || is(w, last, "under")) {
      // "conference" after "press" or "news" in any case, as the event noun "press conference"
      return prev >= 0 && (eventNoun(w, prev)
          || is(w, prev, "conference") && k > 2 && (w.is(k - 3, "press") || w.is(k - 3, "news")));
    }
    return false;
  }

  /** Whether word {@code j} of {@code w} in any case is an event noun of one word ({@link Gazetteer#eventNoun}). */
  private static boolean eventNoun(LastWords w, int j) {
    return w.lowerIn(j, ACTIVITIES) != null;
  }

  /**
   * Whether word {@code j} of {@code w}, read as {@link #asWritten} says, is a count of members
   * ("57-country", {@link #MEMBERS_MODIFIER}): only a word with a hyphen is copied out to be matched.
   */
  private static boolean membersModifier(LastWords w, int j) {
    if (!w.contains(j, '-')) {
      return false;
    }
    String word = asWritten(w, j) ? w.text(j) : w.text(j).toLowerCase(Locale.ROOT);
    return MEMBERS_MODIFIER.matcher(word).matches();
  }

  /** Whether the text before a place makes it a venue: "in (the)", "at (the)", "in Brussels and". */
  static boolean venueBefore(String before) {
    return venueBefore(before, 0, before.length());
  }

  /**
   * {@link #venueBefore(String)} of {@code text[from, to)}, without copying it. The last two words
   * decide but after "and", where four are read.
   */
  private static boolean venueBefore(String text, int from, int to) {
    LastWords w = new LastWords(text, from, to, 2);
    int k = w.size();
    if (k > 0 && is(w, k - 1, "the")) {
      k--;
    }
    if (k > 0 && (is(w, k - 1, "in") || is(w, k - 1, "at"))) {
      return true;
    }
    return k > 0 && is(w, k - 1, "and") && venueBeforeAnd(text, from, to);
  }

  /** Whether a place after "and", "(the)" in {@code text[from, to)} is a venue: "in Brussels and (the) Geneva". */
  private static boolean venueBeforeAnd(String text, int from, int to) {
    LastWords w = new LastWords(text, from, to, 4);
    int k = w.size();
    if (k > 0 && is(w, k - 1, "the")) {
      k--;
    }
    // "in Brussels and Geneva", "in New York and Geneva"
    if (k >= 3 && is(w, k - 1, "and")) {
      for (int j = k - 2; j >= Math.max(0, k - 3); j--) {
        if (is(w, j, "in")) {
          return true;
        }
        if (!Character.isUpperCase(asWritten(w, j) ? w.first(j) : w.text(j).toLowerCase(Locale.ROOT).charAt(0))) {
          return false;
        }
      }
    }
    return false;
  }

  /** Whether word {@code j} of {@code w}, read as {@link #asWritten} says, is the lower-case {@code word}. */
  private static boolean is(LastWords w, int j, String word) {
    return w.is(j, word) && !asWritten(w, j);
  }

  /**
   * Whether word {@code j} of {@code w} is read as written (a name: capitalised, and not a function
   * word a sentence starts with), not lower-cased, by the tests of the words before a place or host.
   */
  private static boolean asWritten(LastWords w, int j) {
    return Character.isUpperCase(w.first(j)) && w.length(j) > 1 && !(w.length(j) <= 5 && isSentenceWord(w.text(j)));
  }

  /** Capitalised function words a sentence may start with ("At the OSCE, ..."). */
  private static boolean isSentenceWord(String w) {
    return switch (w) {
      case "At", "In", "The", "With", "By", "Under", "Of" -> true;
      default -> false;
    };
  }

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
      List<List<Frame>> fs = new ArrayList<>(Collections.nCopies(doc.sentences().size(), List.<Frame>of()));
      // the pieces are in text order: each sentence's are a run of them, and the sentences are
      // found walking forward (as doc.sentenceIndexAt would: the last one starting at or before)
      List<Document.Sentence> sentences = doc.sentences();
      int si = 0;
      for (int from = 0; from < pieces.size(); ) {
        si = sentenceAtOrAfter(sentences, si, pieces.get(from).start());
        int end = si + 1 < sentences.size() ? sentences.get(si + 1).start() : Integer.MAX_VALUE;
        int to = from + 1;
        while (to < pieces.size() && pieces.get(to).start() < end) {
          to++;
        }
        fs.set(si, frames(doc.text(), pieces.subList(from, to)));
        from = to;
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

    /**
     * The index of the sentence holding {@code offset} ({@link Document#sentenceIndexAt}), looked
     * for from sentence {@code from}, which starts at or before it (or is sentence 0).
     */
    private static int sentenceAtOrAfter(List<Document.Sentence> sentences, int from, int offset) {
      int i = from;
      while (i + 1 < sentences.size() && sentences.get(i + 1).start() <= offset) {
        i++;
      }
      return i;
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
        Frame[] sorted = byDistance(own, offset);
        base = sorted[0];
        f.add(base, offset);
        for (int i = 1; i < sorted.length; i++) {
          Frame o = sorted[i];
          int d = o.distance(offset);
          if (d > MAX_MERGE) {
            break;
          }
          boolean broken = offset < o.start() ? Tokens.hasBreak(text, offset, o.start())
              : Tokens.hasBreak(text, o.end(), offset);
          if (!broken && f.compatible(o)) {
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

    /**
     * The frames ordered by their distance from {@code offset}, then by start: an insertion sort, as
     * a sentence has only a few frames.
     */
    private static Frame[] byDistance(List<Frame> frames, int offset) {
      Frame[] out = frames.toArray(new Frame[0]);
      for (int i = 1; i < out.length; i++) {
        Frame x = out[i];
        int d = x.distance(offset);
        int j = i - 1;
        while (j >= 0 && (out[j].distance(offset) > d || out[j].distance(offset) == d && out[j].start() > x.start())) {
          out[j + 1] = out[j];
          j--;
        }
        out[j + 1] = x;
      }
      return out;
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
      int gap = p.start() - last.end();
      if (gap > MAX_GAP || gap > 0 && Tokens.hasBreak(text, last.end(), p.start())) {
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

  /** Pieces by start, then kind. */
  private static final Comparator<Piece> IN_TEXT_ORDER =
      (a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : a.kind().compareTo(b.kind());

  /** Every event piece of the document in text order. */
  private static List<Piece> pieces(Document doc) {
    String text = doc.text();
    Gazetteer g = Gazetteer.STANDARD;
    List<Piece> out = new ArrayList<>();
    Matcher hostAfter = HOST_AFTER.matcher(text);

    Gazetteer.Names names = g.names(doc);
    List<Gazetteer.Hit> orgHits = names.orgs();
    Gazetteer.OrgAlias[] aliases = new Gazetteer.OrgAlias[orgHits.size()];
    Set<String> named = new HashSet<>();
    for (int i = 0; i < aliases.length; i++) {
      Gazetteer.OrgAlias a = g.org(orgHits.get(i).matched());
      aliases[i] = a;
      if (a != null && !a.anaphor()) {
        named.add(a.canonical());
      }
    }
    BitSet inOrg = new BitSet();
    Piece lastOrg = null;
    for (int i = 0; i < aliases.length; i++) {
      Gazetteer.Hit h = orgHits.get(i);
      Gazetteer.OrgAlias a = aliases[i];
      if (a == null || (a.anaphor() && !named.contains(a.canonical()))) {
        continue;
      }
      Document.Sentence s = doc.sentenceAt(h.start());
      if (h.start() > s.start() && text.charAt(h.start() - 1) == '(' && lastOrg != null
          && lastOrg.value().equals(a.canonical()) && h.start() - lastOrg.end() <= 2) {
        continue; // "Organization for Security and Cooperation in Europe (OSCE)": one mention
      }
      boolean host = a.body() || hostBefore(text, Math.max(s.start(), h.start() - 90), h.start())
          || hostAfter(hostAfter, text, h.end(), Math.max(h.end(), Math.min(s.end(), h.end() + 40)));
      if (!host) {
        continue;
      }
      lastOrg = new Piece(Kind.ORG, h.start(), h.end(), a.canonical(), null, null);
      out.add(lastOrg);
      inOrg.set(h.start(), h.end());
      if (a.body()) {
        String alias = a.alias();
        String noun = alias.substring(alias.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        out.add(new Piece(Kind.NOUN, h.start(), h.end(), noun, null, null));
      }
    }

    for (Gazetteer.Hit h : names.places()) {
      Document.Sentence s = doc.sentenceAt(h.start());
      if (venueBefore(text, Math.max(s.start(), h.start() - 40), h.start())
          || hostAfter(hostAfter, text, h.end(), Math.max(h.end(), Math.min(s.end(), h.end() + 30)))) {
        out.add(new Piece(Kind.PLACE, h.start(), h.end(), g.places.get(h.matched()), null, null));
      }
    }
    for (Document.Paragraph p : doc.paragraphs()) {
      Gazetteer.Hit h = g.dateline(text, p);
      if (h != null) {
        out.add(new Piece(Kind.PLACE, h.start(), h.end(), g.datelines.get(h.matched()), null, null));
      }
    }

    Words w = Words.of(doc);
    for (int i = 0; i < w.size(); i++) {
      if ((w.classes(i) & Words.EVENT) == 0) {
        continue;
      }
      int len = w.length(i);
      if (len < 4 || len > 13 || inOrg.get(w.start(i))) {
        continue;
      }
      int start = w.start(i);
      int end = w.end(i);
      String noun = ACTIVITIES.getLowerCase(w, i);
      if (noun == null && w.in(PRESS, i) && i + 1 < w.size() && "conference".equals(ACTIVITIES.getLowerCase(w, i + 1))
          && w.start(i + 1) - end <= 2) {
        noun = "press conference";
        end = w.end(++i);
      }
      if (noun != null) {
        out.add(new Piece(Kind.NOUN, start, end, noun, null, null));
      }
    }

    for (Dates.Mention m : Dates.of(doc)) {
      DayOfWeek wd = m.weekday() != null ? m.weekday() : m.date() != null ? m.date().getDayOfWeek() : null;
      if (wd != null) {
        out.add(new Piece(Kind.DAY, m.start(), m.end(), wd.name(), wd, m.date()));
      }
    }
    out.sort(IN_TEXT_ORDER);
    return out;
  }

  /**
   * Whether the text after a place or organisation, {@code text[from, to)} of {@code m}'s text,
   * names an event it hosts ({@link #HOST_AFTER}: "’s talks", " meeting"). The pattern is run in a
   * region with opaque bounds (as on a copy of it), and only where whitespace, after an optional
   * "’s", is followed by the first two letters of an event noun.
   */
  private static boolean hostAfter(Matcher m, String text, int from, int to) {
    int j = from;
    if (j + 1 < to && (text.charAt(j) == '’' || text.charAt(j) == '\'')
        && WordTable.asciiLower(text.charAt(j + 1)) == 's') {
      j += 2;
    }
    int k = j;
    while (k < to && Numbers.isRegexSpace(text.charAt(k))) {
      k++;
    }
    // the pattern is case-insensitive in ASCII only: no other character matches a letter of it
    if (k == j || k + 1 >= to
        || !eventNounStart(WordTable.asciiLower(text.charAt(k)), WordTable.asciiLower(text.charAt(k + 1)))) {
      return false;
    }
    m.region(from, to);
    return m.lookingAt();
  }

  /** The first two letters of the event nouns ({@link Gazetteer#EVENT_NOUN_RE}), as {@code 26 * first + second}. */
  private static final boolean[] EVENT_NOUN_STARTS = new boolean[26 * 26];

  static {
    for (String noun : Gazetteer.eventNouns()) {
      EVENT_NOUN_STARTS[26 * (noun.charAt(0) - 'a') + noun.charAt(1) - 'a'] = true;
    }
  }

  /** Whether an event noun starts with the lower-case letters {@code a} and {@code b}. */
  private static boolean eventNounStart(char a, char b) {
    return a >= 'a' && a <= 'z' && b >= 'a' && b <= 'z' && EVENT_NOUN_STARTS[26 * (a - 'a') + b - 'a'];
  }


}
