package io.crosscheck.extract;

import io.crosscheck.extract.People.Gender;
import io.crosscheck.extract.People.Mention;
import io.crosscheck.extract.People.NameRun;
import io.crosscheck.extract.People.Tokens;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds quote claims: words in quotation marks and who said them.
 *
 * <p>Quotation marks are curly double (“ ”), straight double (") and, outside double quotes, curly
 * single (‘ ’, told from apostrophes by what stands around them). A quote may run across
 * sentences, and on into the next paragraph when that paragraph opens with a quotation mark and
 * the previous one never closed (one claim per paragraph, one speaker). A second opening mark
 * while a quote is open closes it, a closing mark with no quote open is ignored: typing slips
 * ("to do. do, “she said") cost nothing.
 *
 * <p>The speaker comes from, in this order:
 *
 * <ol>
 *   <li>an attribution right after the quote: "“...,” Carpenter said", "“...,” said Secretary of
 *       State Antony Blinken", "“...,” she noted", "“...,” according to State Department
 *       spokesman Ned Price"; an unnamed one ("a senior official said") means no claim;
 *   <li>the sentence before the quote: the last person named (or pronoun) before its last speech
 *       verb: "Carpenter told reporters that “...”", "Rau ... warned after Thursday's meeting that
 *       “...”", "in what she called “discussions.”";
 *   <li>an attribution later in the sentence: "is “unthinkable” because ..., Latvian Prime
 *       Minister Krisjanis Karins warned";
 *   <li>an organisation or country that is the subject of a speech verb before the quote:
 *       "Russia says US demands “unacceptable”", "the White House said ... “false-flag”";
 *   <li>the previous quote of the paragraph, for a quote that starts a sentence of its own
 *       ("“...,” Ryabkov said. “The main problem is ...”").
 * </ol>
 *
 * <p>"he" and "she" go to the nearest person named before them whose gender fits (from the given
 * name, an honorific, or a gendered title), within the last eight paragraphs. A quote whose speaker
 * cannot be named (scare quotes, headline quotes, "one senior diplomat said") yields no claim.
 *
 * <p>The claim's subject is the speaker's fullest name in the article ("Sergei Lavrov" for "Mr.
 * Lavrov said"); {@link Quote#speaker()} is the name at the attribution, or the full name a
 * pronoun was resolved to. A quote is partial when it does not stand as a sentence of its own: it
 * opens inside the writer's sentence, other than after a colon or after "X said,". Quotes brought
 * in by "that" ("told reporters that “...”") are partial too.
 */
final class QuoteExtractor implements Extractor {
  private static final Set<String> BREAKERS =
      People.words(
          "while", "because", "though", "although", "but", "and", "as", "if", "when", "which", "that", "after",
          "before", "since", "so", "or", "where", "who", "whose", "whom", "it", "they", "we", "i", "you", "is", "are",
          "was", "were");
  /** How many paragraphs back "he" or "she" may look for the person meant. */
  private static final int PRONOUN_REACH = 8;

  private static final Map<String, Gender> PRONOUNS = Map.of("he", Gender.MALE, "she", Gender.FEMALE);
  private static final Set<String> SUBJECT_STARTS = People.words("the", "a", "an", "one", "another", "some");
  private static final Set<String> AUXILIARIES =
      People.words("also", "has", "had", "have", "now", "previously", "repeatedly", "again", "later", "then", "earlier");
  private static final Set<String> CLAUSE_START =
      People.words(",", ":", ";", "and", "but", "—", "–", "(", "while", "“", "”", "\"", "‘");
  private static final Set<String> AFTER_VERB_WORDS =
      People.words("the", "a", "an", "of", "to", "at", "former", "acting", "state", "news", "agency", "minister");
  private static final Set<String> ABBREVIATIONS =
      People.words(
          "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Sgt", "Capt", "Prof", "Jr", "Sr",
          "Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec", "No", "vs", "etc");

  /** Who said a quote; {@link #UNNAMED} when the text says someone did but not who. */
  private record Who(String subject, String speaker) {}

  private static final Who UNNAMED = new Who("", "");

  /**
   * One quote: marks at {@code open} and {@code close} ({@code close} is the paragraph end when
   * the quote runs on); the value is {@code [valueStart, valueEnd)}.
   */
  private record Span(
      int open, int close, int valueStart, int valueEnd, int paragraph, boolean runsOn, boolean continued) {}

  @Override
  public List<Claim> extract(Document doc) {
    String text = doc.text();
    BitSet quoted = new BitSet(text.length());
    BitSet opens = new BitSet(text.length());
    BitSet closes = new BitSet(text.length());
    List<Span> spans = spans(doc, quoted, opens, closes);
    if (spans.isEmpty()) {
      return List.of();
    }
    People people = People.of(doc, quoted);
    Who[] who = new Who[spans.size()];
    boolean[] partial = new boolean[spans.size()];
    for (int q = 0; q < spans.size(); q++) {
      Span s = spans.get(q);
      Tokens t = people.tokens(s.paragraph());
      Document.Paragraph para = doc.paragraphs().get(s.paragraph());
      int sentStart = sentenceStart(text, para.start(), s.open(), quoted, closes);
      int sentEnd = s.runsOn() ? para.end() : sentenceEnd(text, para.end(), s.close(), quoted, opens);
      int sTok = t.indexAt(sentStart);
      int openTok = t.indexAt(s.open());
      int afterTok = s.runsOn() ? t.size : t.indexAt(s.close() + 1);
      int endTok = t.indexAt(sentEnd);
      List<Integer> before = new ArrayList<>();
      for (int k = sTok; k < openTok; k++) {
        if (!quoted.get(t.start[k]) && !opens.get(t.start[k]) && !closes.get(t.start[k])) {
          before.add(k);
        }
      }
      partial[q] = !s.continued() && !standsAlone(t, before);
      Who w = null;
      if (!s.runsOn()) {
        boolean endsSentence = endsSentence(text, s);
        if (!endsSentence || endTok - afterTok <= 10) {
          w = immediate(people, t, afterTok, endTok);
        }
      }
      if (w == null) {
        w = beforePerson(people, t, before);
      }
      if (w == null && !s.runsOn()) {
        w = later(people, t, afterTok, endTok);
      }
      if (w == null) {
        w = beforeOrganisation(people, t, before, sTok);
      }
      if (w == null && q > 0) {
        Span prev = spans.get(q - 1);
        boolean samePara = prev.paragraph() == s.paragraph();
        if ((s.continued() && prev.runsOn()) || (samePara && !partial[q])) {
          w = who[q - 1];
        }
      }
      who[q] = w;
    }
    // A quote that runs on takes the speaker named in its continuation.
    for (int q = spans.size() - 2; q >= 0; q--) {
      if (who[q] == null && spans.get(q).runsOn() && spans.get(q + 1).continued()) {
        who[q] = who[q + 1];
      }
    }
    List<Claim> out = new ArrayList<>();
    for (int q = 0; q < spans.size(); q++) {
      Who w = who[q];
      if (w == null || w == UNNAMED) {
        continue;
      }
      Span s = spans.get(q);
      String words = words(text.substring(s.valueStart(), s.valueEnd()));
      if (words.isEmpty()) {
        continue;
      }
      Quote value = new Quote(words, partial[q], w.speaker());
      out.add(
          doc.claim(ClaimKind.QUOTE, w.subject(), "quote", s.valueStart(), s.valueEnd(), value, EventContexts.of(doc, s.valueStart())));
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // Finding the quotes

  private static List<Span> spans(Document doc, BitSet quoted, BitSet opens, BitSet closes) {
    String text = doc.text();
    List<Document.Paragraph> paras = doc.paragraphs();
    List<Span> out = new ArrayList<>();
    boolean carry = false;
    for (int p = 0; p < paras.size(); p++) {
      int ps = paras.get(p).start();
      int pe = paras.get(p).end();
      boolean carryIn = carry;
      carry = false;
      int open = -1;
      boolean single = false;
      boolean continued = false;
      Marks marks = new Marks(text, pe);
      for (int i = marks.next(ps); i < pe; i = marks.next(i + 1)) {
        char c = text.charAt(i);
        if (open < 0) {
          if (c == '“' || (c == '"' && opensStraight(text, i, ps, pe))) {
            open = i;
            single = false;
            continued = carryIn && i == ps;
          } else if (c == '‘' && opensSingle(text, i, ps, pe)) {
            open = i;
            single = true;
            continued = false;
          }
        } else if (!single) {
          if (c == '”' || c == '“' || c == '"') {
            add(out, text, open, i, p, false, continued, quoted, opens, closes);
            open = -1;
          }
        } else if (c == '’' && text.charAt(i - 1) != ' ' && (i + 1 >= pe || !Character.isLetterOrDigit(text.charAt(i + 1)))) {
          add(out, text, open, i, p, false, false, quoted, opens, closes);
          open = -1;
        } else if (c == '“' || c == '"') {
          open = -1; // a single mark that was an apostrophe after all
          i--;
        }
      }
      if (open >= 0 && !single) {
        boolean next = p + 1 < paras.size() && isOpening(text.charAt(paras.get(p + 1).start()));
        add(out, text, open, pe, p, next, continued, quoted, opens, closes);
        carry = next;
      }
    }
    return out;
  }

  /** Every character {@link #spans} acts on: the others it passes over, whatever its state. */
  private static final char[] MARKS = {'“', '”', '"', '‘', '’'};

  /**
   * The quotation marks and apostrophes of a text up to {@code to}, asked for at offsets that
   * never go back: each kind of mark is searched for once per occurrence, not once per mark of
   * any kind.
   */
  private static final class Marks {
    private final String text;
    private final int to;
    /** Per kind of mark, its first offset at or after the last offset asked for (or {@code to}). */
    private final int[] next = new int[MARKS.length];

    Marks(String text, int to) {
      this.text = text;
      this.to = to;
      Arrays.fill(next, -1);
    }

    /** The offset of the first quotation mark or apostrophe in {@code [from, to)}, or {@code to}. */
    int next(int from) {
      int first = to;
      for (int m = 0; m < MARKS.length; m++) {
        if (next[m] < from) {
          int k = text.indexOf(MARKS[m], from, to);
          next[m] = k < 0 ? to : k;
        }
        first = Math.min(first, next[m]);
      }
      return first;
    }
  }

  private static boolean isOpening(char c) {
    return c == '“' || c == '"';
  }

  private static boolean opensStraight(String text, int i, int ps, int pe) {
    boolean before = i == ps || Character.isWhitespace(text.charAt(i - 1)) || "([{—–-/".indexOf(text.charAt(i - 1)) >= 0;
    return before && i + 1 < pe && !Character.isWhitespace(text.charAt(i + 1));
  }

  private static boolean opensSingle(String text, int i, int ps, int pe) {
    boolean before = i == ps || Character.isWhitespace(text.charAt(i - 1)) || "([{—–-/".indexOf(text.charAt(i - 1)) >= 0;
    return before && i + 1 < pe && Character.isLetterOrDigit(text.charAt(i + 1));
  }

  private static void add(
      List<Span> out,
      String text,
      int open,
      int close,
      int p,
      boolean runsOn,
      boolean continued,
      BitSet quoted,
      BitSet opens,
      BitSet closes) {
    opens.set(open);
    if (close < text.length()) {
      closes.set(close);
    }
    if (close > open + 1) {
      quoted.set(open + 1, close);
    }
    int s = open + 1;
    int e = close;
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e > s && text.charAt(e - 1) == ',') {
      e--;
    }
    boolean letters = false;
    for (int k = s; k < e && !letters; k++) {
      letters = Character.isLetterOrDigit(text.charAt(k));
    }
    if (letters) {
      out.add(new Span(open, close, s, e, p, runsOn, continued));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Sentences around a quote

  private static int sentenceStart(String text, int ps, int open, BitSet quoted, BitSet closes) {
    for (int i = open - 1; i >= ps; i--) {
      if (quoted.get(i)) {
        continue;
      }
      char c = text.charAt(i);
      if (closes.get(i)) {
        int j = i - 1;
        while (j > ps && Character.isWhitespace(text.charAt(j))) {
          j--;
        }
        if (".?!".indexOf(text.charAt(j)) >= 0 && nextStartsSentence(text, i + 1, open + 1)) {
          return i + 1;
        }
      } else if (".?!".indexOf(c) >= 0 && isBoundary(text, i, open + 1)) {
        return i + 1;
      }
    }
    return ps;
  }

  private static int sentenceEnd(String text, int pe, int close, BitSet quoted, BitSet opens) {
    for (int i = close + 1; i < pe; i++) {
      if (opens.get(i)) {
        return i;
      }
      if (!quoted.get(i) && ".?!".indexOf(text.charAt(i)) >= 0 && isBoundary(text, i, pe)) {
        return i;
      }
    }
    return pe;
  }

  /** A full stop, question or exclamation mark at i that ends a sentence. */
  private static boolean isBoundary(String text, int i, int limit) {
    if (text.charAt(i) == '.') {
      int w = i;
      while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
        w--;
      }
      String word = text.substring(w, i);
      if ((word.length() == 1 && Character.isUpperCase(word.charAt(0))) || ABBREVIATIONS.contains(word)) {
        return false;
      }
    }
    int k = i + 1;
    while (k < limit && "”’\")]".indexOf(text.charAt(k)) >= 0) {
      k++;
    }
    return k >= limit || (Character.isWhitespace(text.charAt(k)) && nextStartsSentence(text, k, limit));
  }

  private static boolean nextStartsSentence(String text, int k, int limit) {
    while (k < limit && Character.isWhitespace(text.charAt(k))) {
      k++;
    }
    if (k >= limit) {
      return true;
    }
    char c = text.charAt(k);
    return Character.isUpperCase(c) || Character.isDigit(c) || c == '“' || c == '"' || c == '‘';
  }

  private static boolean endsSentence(String text, Span s) {
    int j = s.close() - 1;
    while (j > s.open() && Character.isWhitespace(text.charAt(j))) {
      j--;
    }
    return text.charAt(j) == '.' && nextStartsSentence(text, s.close() + 1, text.length());
  }

  /** True when the quote is a sentence of its own: nothing before it, or "X said:" / "X said,". */
  private static boolean standsAlone(Tokens t, List<Integer> before) {
    if (before.isEmpty()) {
      return true;
    }
    String last = t.word(before.get(before.size() - 1));
    if (last.equals(":")) {
      return true;
    }
    if (last.equals(",")) {
      for (int k : before) {
        if (t.has(k, People.SPEECH_VERB)) {
          return true;
        }
      }
    }
    return false;
  }

  // ---------------------------------------------------------------------------------------------
  // Attribution

  /** "“...,” Carpenter said" / "“...,” said Blinken" / "“...,” according to X", at token from. */
  private static Who immediate(People people, Tokens t, int from, int to) {
    int j = from;
    while (j < to && (t.is(j, ",") || t.is(j, "—") || t.is(j, "–"))) {
      j++;
    }
    if (j >= to) {
      return null;
    }
    String w = t.lower(j);
    if (t.has(j, People.SPEECH_VERB) && !w.endsWith("ing")) {
      return afterVerb(people, t, j + 1, to, false);
    }
    if (w.equals("according") && t.lowerIs(j + 1, "to")) {
      return afterVerb(people, t, j + 2, to, true);
    }
    return speakerThenVerb(people, t, j, to, true);
  }

  /** "Carpenter said", "Russia's deputy foreign minister, Sergei Ryabkov, said" starting at j. */
  private static Who speakerThenVerb(People people, Tokens t, int j, int to, boolean unnamedCounts) {
    String first = t.lower(j);
    if (!(t.isCap(j) || PRONOUNS.containsKey(first) || SUBJECT_STARTS.contains(first))) {
      return null;
    }
    int v = -1;
    for (int k = j; k < Math.min(to, j + 14); k++) {
      if (t.has(k, People.SPEECH_VERB) && !t.lower(k).endsWith("ing")) {
        v = k;
        break;
      }
      if (BREAKERS.contains(t.lower(k)) && k > j || t.isMark(k, QUOTE_MARKS)) {
        return null;
      }
    }
    if (v < 0) {
      return null;
    }
    Who w = speakerIn(people, t, j, v);
    return w == UNNAMED && !unnamedCounts ? null : w;
  }

  private static Who speakerIn(People people, Tokens t, int from, int verb) {
    Gender g = PRONOUNS.get(t.lower(from));
    if (g != null) {
      return from + 1 == verb || verb - from <= 3 ? pronoun(people, t.start[from], g) : UNNAMED;
    }
    Mention m = people.lastIn(t.start[from], t.start[verb]);
    if (m != null) {
      return person(people, m);
    }
    Who org = organisation(people, t, verb, from, true);
    if (org != null) {
      return org;
    }
    NameRun r = People.nameAt(t, from);
    if (r != null && r.to() == verb) {
      String name = t.text.substring(r.nameStart(), r.nameEnd());
      return new Who(name, name);
    }
    return UNNAMED;
  }

  /** The speaker after "said" or "according to": a person, else an organisation, else unnamed. */
  private static Who afterVerb(People people, Tokens t, int from, int to, boolean according) {
    int end = from;
    while (end < to && end - from < 10) {
      String w = t.lower(end);
      boolean lowerWord = t.startsLowerCase(end);
      if (lowerWord && !t.has(end, People.OFFICE_WORD) && !AFTER_VERB_WORDS.contains(w) && !(according && end - from < 6)) {
        break;
      }
      if (t.is(end, ",") && end > from && People.nameAt(t, end - 1) != null) {
        break;
      }
      end++;
    }
    if (end == from) {
      return UNNAMED;
    }
    Gender g = PRONOUNS.get(t.lower(from));
    if (g != null) {
      return pronoun(people, t.start[from], g);
    }
    Mention m = people.firstIn(t.start[from], t.end[end - 1]);
    if (m != null) {
      return person(people, m);
    }
    for (int k = from; k < end; k++) {
      int oe = People.orgEnd(t, k);
      if (oe > k && oe <= end && (oe == end || !t.startsLowerCase(oe))) {
        String org = orgText(t, k, oe);
        return new Who(org, org);
      }
    }
    for (int k = from; k < end; k++) {
      NameRun r = People.nameAt(t, k);
      if (r != null && r.to() <= end) {
        String name = t.text.substring(r.nameStart(), r.nameEnd());
        return new Who(name, name);
      }
    }
    return UNNAMED;
  }

  /** The last person named before the last speech verb of the words before a quote. */
  private static Who beforePerson(People people, Tokens t, List<Integer> before) {
    int v = -1;
    for (int i = before.size() - 1; i >= 0 && v < 0; i--) {
      if (t.has(before.get(i), People.SPEECH_VERB)) {
        v = i;
      }
    }
    if (v < 0) {
      return null;
    }
    int verb = before.get(v);
    int lo = before.get(0);
    Who org = organisation(people, t, verb, lo, false);
    if (org != null) {
      return org;
    }
    Mention m = people.lastIn(t.start[lo], t.start[verb]);
    for (int i = v - 1; i >= 0; i--) {
      int k = before.get(i);
      if (m != null && t.start[k] < m.start()) {
        break;
      }
      Gender g = PRONOUNS.get(t.lower(k));
      if (g != null) {
        return pronoun(people, t.start[k], g);
      }
    }
    return m == null ? null : person(people, m);
  }

  /** ", Latvian Prime Minister Krisjanis Karins warned" later in the sentence after a quote. */
  private static Who later(People people, Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (t.is(k, ",")) {
        Who w = speakerThenVerb(people, t, k + 1, to, false);
        if (w != null) {
          return w;
        }
      }
    }
    return null;
  }

  /** An organisation that is the subject of a speech verb before the quote. */
  private static Who beforeOrganisation(People people, Tokens t, List<Integer> before, int lo) {
    for (int i = before.size() - 1; i >= 0; i--) {
      int k = before.get(i);
      if (t.has(k, People.FINITE_SPEECH_VERB)) {
        Who w = organisation(people, t, k, lo, false);
        if (w != null) {
          return w;
        }
      }
    }
    return null;
  }

  /**
   * The organisation or country right before a speech verb at token {@code verb} and at the start
   * of a clause ("Russia says", "and the White House said", "Russia, which has warned"), or null.
   */
  private static Who organisation(People people, Tokens t, int verb, int lo, boolean anywhere) {
    if (!t.has(verb, People.FINITE_SPEECH_VERB)) {
      return null;
    }
    int k = verb - 1;
    while (k >= lo && AUXILIARIES.contains(t.lower(k))) {
      k--;
    }
    boolean relative = false;
    if (k - 1 >= lo && t.lowerIs(k, "which") && t.is(k - 1, ",")) {
      k -= 2;
      relative = true;
    }
    int e = k + 1;
    while (k >= lo && e - k <= 5 && (t.isCap(k) || t.isAcronym(k)) && !t.lowerIs(k, "the") && !t.isPossessive(k)) {
      k--;
    }
    int s = k + 1;
    if (s >= e) {
      return null;
    }
    if (!relative && !anywhere) {
      int p = s - 1;
      if (t.lowerIs(p, "the")) {
        p--;
      }
      if (p >= lo && !CLAUSE_START.contains(t.word(p))) {
        return null;
      }
    }
    boolean org = false;
    for (int i = s; i < e && !org; i++) {
      int oe = People.orgEnd(t, i);
      org = oe > i && oe <= e;
    }
    if (!org || people.lastIn(t.start[s], t.end[e - 1]) != null) {
      return null;
    }
    String name = orgText(t, s, e);
    return new Who(name, name);
  }

  private static String orgText(Tokens t, int from, int to) {
    int s = t.lowerIs(from, "the") ? from + 1 : from;
    return t.text.substring(t.start[s], t.bareEnd(to - 1));
  }

  private static Who person(People people, Mention m) {
    return new Who(people.fullName(m), m.name());
  }

  private static Who pronoun(People people, int offset, Gender g) {
    Mention m = people.antecedent(offset, g, PRONOUN_REACH);
    if (m == null) {
      return UNNAMED;
    }
    String full = people.fullName(m);
    return new Who(full, full);
  }

  /** Double quotation marks (as {@link Tokens#isMark} reads them). */
  private static final String QUOTE_MARKS = "“”\"";

  // ---------------------------------------------------------------------------------------------

  /**
   * Quoted words for comparison: lower case, curly apostrophes straightened, punctuation removed
   * (apostrophes inside words kept; thousands separators dropped), single spaces.
   */
  static String words(String quoted) {
    String s = quoted.toLowerCase(Locale.ROOT);
    int n = s.length();
    char[] out = new char[n];
    int len = 0;
    boolean prevWord = false;
    boolean word = n > 0 && Character.isLetterOrDigit(s.charAt(0));
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == '’' || c == '‘') {
        c = '\'';
      }
      boolean nextWord = i + 1 < n && Character.isLetterOrDigit(s.charAt(i + 1));
      if (word) {
        out[len++] = c;
      } else if (c == '\'' && prevWord && nextWord) {
        out[len++] = c;
      } else if ((c == ',' || c == '.')
          && prevWord
          && nextWord
          && Character.isDigit(s.charAt(i - 1))
          && Character.isDigit(s.charAt(i + 1))) {
        // a thousands separator or decimal point: dropped
      } else if (len > 0 && out[len - 1] != ' ') {
        out[len++] = ' ';
      }
      prevWord = word;
      word = nextWord;
    }
    if (len > 0 && out[len - 1] == ' ') {
      len--;
    }
    return new String(out, 0, len);
  }
}
