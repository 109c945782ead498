package io.crosscheck.extract;

import io.crosscheck.extract.People.NameRun;
import io.crosscheck.extract.People.Tokens;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds title claims: a named person and the office or role the text gives them.
 *
 * <p>Three constructions are read:
 *
 * <ul>
 *   <li>a title before the name: "U.S. Deputy Secretary of State Wendy Sherman", "Kremlin
 *       spokesman Dmitry Peskov", "US Ambassador to the OSCE Michael Carpenter", "Foreign Minister
 *       Zbigniew Rau of Poland" (org "poland"), "Blinken's deputy Wendy Sherman";
 *   <li>a title after the name, between commas: "Sandy Vershbow, former U.S. ambassador to
 *       Russia", "Mr. Vershbow, a Russia expert at the Atlantic Council", "Zbigniew Rau, who is
 *       also the foreign minister of Poland";
 *   <li>a title, a comma, then the name: "Russia's deputy foreign minister, Sergei Ryabkov", "The
 *       US representative to Thursday's meeting, Michael Carpenter".
 * </ul>
 *
 * <p>A person with two titles in one construction ("Polish Foreign Minister Zbigniew Rau, Chairman
 * of the OSCE") gets two claims. The claim's subject is the name as written (honorifics and a
 * possessive ending dropped); its value the title words as written; the {@link Title} holds the
 * office words in lower case without rank or org, the rank word, and the org as written in lower
 * case ("u.s.", "russian", "kremlin", "poland" from "of Poland"). Canonical forms (vice = deputy,
 * u.s. = united states, spokesman = spokesperson) are the resolution stage's business.
 *
 * <p>Left out on purpose, for precision: plural titles ("NATO leaders", "U.S. officials"), titles
 * without a named person ("his spokesperson said"), roles tied to one event rather than an office
 * ("the head of the US delegation", "its chief negotiator": they name no office a person holds
 * and cannot be compared across events), and a one-word name after a title unless the document
 * names that person in full somewhere ("President Putin" counts only when "Vladimir Putin" is
 * written too). In a headline in title case, where every word has a capital, a name counts only
 * when it is known as a person's (a listed given name, or a surname named in full elsewhere).
 */
final class TitleExtractor implements Extractor {
  private static final Set<String> CLAUSE_OPENERS =
      People.words(",", ":", ";", "—", "–", "(", "said", "says", "told", "and", "but", "“", "”", "\"", "‘");
  /** The marks that end an appositive (as {@link Tokens#isMark} reads them). */
  private static final String APPOSITIVE_END = ",.;:)—–”\"(";
  private static final Set<String> PREPOSITIONS = People.words("of", "to", "at", "in", "for", "on");
  private static final Set<String> ORG_PREPOSITIONS = People.words("of", "at", "in");
  private static final Set<String> PP_STOP = People.words("who", "which", "that", "whose", "and", "but", "where", "when");
  private static final Set<String> AFTER_APPOSITIVE = People.words("who", "which", "and");
  private static final Set<String> COPULAS = People.words("is", "was", "'s");
  private static final Set<String> ARTICLES = People.words("a", "an", "the");

  /** A title phrase: tokens {@code [from, to)}; {@code officeAt} is its office's first token. */
  private record Phrase(
      int from, int to, int officeAt, String office, String rank, String org, boolean former, boolean acting) {
    boolean bareLowerCase(Tokens t) {
      return org.isEmpty() && rank.isEmpty() && !former && !acting && !t.isCap(officeAt);
    }
  }

  /** A prepositional phrase after an office ("of the OSCE"): tokens up to {@code end}; its org or null. */
  private record Tail(int end, String org) {}

  @Override
  public List<Claim> extract(Document doc) {
    People people = People.of(doc, new BitSet());
    List<Claim> out = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    for (int p = 0; p < doc.paragraphs().size(); p++) {
      Tokens t = people.tokens(p);
      if (t.lastOfficeHead >= 0) { // else no title phrase (see Paragraph.read)
        new Paragraph(doc, people, t, out, seen).read();
      }
    }
    return out;
  }

  /**
   * Reads the claims of one paragraph into {@code out}; {@code seen} holds the offsets of the
   * (name, title) pairs already claimed in the document.
   */
  private static final class Paragraph {
    /** Marks a token where no title phrase starts, in {@link #phrases}. */
    private static final Phrase NONE = new Phrase(-1, -1, -1, "", "", "", false, false);

    private final Document doc;
    private final People people;
    private final Tokens t;
    private final boolean headline;
    private final List<Claim> out;
    private final Set<Long> seen;
    /**
     * The title phrase at each token up to the last office head, once asked for ({@link #NONE}
     * where there is none): the three constructions try the same tokens.
     */
    private final Phrase[] phrases;

    Paragraph(Document doc, People people, Tokens t, List<Claim> out, Set<Long> seen) {
      this.doc = doc;
      this.people = people;
      this.t = t;
      this.headline = People.titleCase(t);
      this.out = out;
      this.seen = seen;
      this.phrases = new Phrase[t.lastOfficeHead + 1];
    }

    /**
     * Every claim has a title phrase, which holds an office head at or after its start ({@link
     * TitleExtractor#phrase}): none is read after the last.
     */
    void read() {
      for (int i = 0; i <= t.lastOfficeHead; i++) {
        int next = titleThenName(i);
        if (next < 0) {
          next = titleCommaName(i);
        }
        if (next < 0) {
          next = nameThenTitle(i);
        }
        if (next > i) {
          i = next - 1;
        }
      }
    }

    /** {@link TitleExtractor#phrase} at token k, worked out once; none starts after the last office head. */
    private Phrase phraseAt(int k) {
      if (k >= phrases.length) {
        return null;
      }
      if (phrases[k] == null) {
        Phrase ph = phrase(t, k);
        phrases[k] = ph == null ? NONE : ph;
      }
      return phrases[k] == NONE ? null : phrases[k];
    }

    /** "Deputy Secretary of State Wendy Sherman[, the ...]": the index after what was read, or -1. */
    private int titleThenName(int i) {
      Phrase ph = phraseAt(i);
      if (ph == null) {
        return -1;
      }
      int k = ph.to();
      String ppOrg = null;
      // "US Ambassador to the OSCE Michael Carpenter"
      if (PREPOSITIONS.contains(t.lower(k))) {
        int m = k + 1;
        if (t.lowerIs(m, "the")) {
          m++;
        }
        int oe = People.orgEnd(t, m);
        if (oe > m && !t.isPossessive(oe - 1) && People.nameAt(t, oe) != null) {
          if (ORG_PREPOSITIONS.contains(t.lower(k))) {
            ppOrg = People.org(t.text.substring(t.start[m], t.end[oe - 1]));
          }
          k = oe;
        }
      }
      NameRun name = People.nameAt(t, k);
      if (name == null || (headline && !people.isMention(name.nameStart()))) {
        return -1;
      }
      String subject = t.text.substring(name.nameStart(), name.nameEnd());
      if (name.words() < 2 && !name.honorific()) {
        if (!t.isCap(ph.officeAt()) || !people.knownSurname(subject)) {
          return -1;
        }
      }
      if (ph.bareLowerCase(t) && name.words() < 2) {
        return -1;
      }
      int after = name.to();
      String postOrg = null;
      // "Foreign Minister Zbigniew Rau of Poland"
      if (t.lowerIs(after, "of") && !t.isPossessive(after - 1)) {
        int m = after + 1;
        if (t.lowerIs(m, "the")) {
          m++;
        }
        int oe = People.orgEnd(t, m);
        if (oe > m && !t.isPossessive(oe - 1)) {
          postOrg = People.org(t.text.substring(t.start[m], t.end[oe - 1]));
          after = oe;
        }
      }
      String org = ppOrg != null ? ppOrg : !ph.org().isEmpty() ? ph.org() : postOrg != null ? postOrg : "";
      emit(subject, name.nameStart(), t.start[ph.from()], t.end[k - 1], ph, org);
      int end = titleAfterName(after, subject, name.nameStart());
      return Math.max(end, name.to());
    }

    /** "Russia's deputy foreign minister, Sergei Ryabkov": the index after the name, or -1. */
    private int titleCommaName(int i) {
      int k = t.lowerIs(i, "the") ? i + 1 : i;
      if (k > i && t.isPossessive(k) && !t.isCap(k)) {
        k++; // "the country's foreign minister, Dmytro Kuleba"
      }
      Phrase ph = phraseAt(k); // usually known already, and usually null: asked before the clause test
      if (ph == null || !(i == 0 || CLAUSE_OPENERS.contains(t.word(i - 1)))) {
        return -1;
      }
      Tail tail = tail(t, ph.to());
      int comma = tail.end();
      if (!t.is(comma, ",")) {
        return -1;
      }
      NameRun name = People.nameAt(t, comma + 1);
      if (name == null || (name.words() < 2 && !name.honorific()) || (headline && !people.isMention(name.nameStart()))) {
        return -1;
      }
      int after = name.to();
      if (after < t.size
          && !(t.isMark(after, APPOSITIVE_END) || t.startsLowerCase(after))) {
        return -1;
      }
      if (t.lowerIs(after, "and")) {
        return -1; // a list of names
      }
      String subject = t.text.substring(name.nameStart(), name.nameEnd());
      String org = tail.org() != null ? tail.org() : ph.org();
      emit(subject, name.nameStart(), t.start[ph.from()], t.end[comma - 1], ph, org);
      return after;
    }

    /** "Sandy Vershbow, former U.S. ambassador to Russia": the index after what was read, or -1. */
    private int nameThenTitle(int i) {
      NameRun name = People.nameAt(t, i);
      if (name == null) {
        return -1;
      }
      if (!t.is(name.to(), ",") || (headline && !people.isMention(name.nameStart()))) {
        return name.to(); // the title after a name stands in commas
      }
      String subject = t.text.substring(name.nameStart(), name.nameEnd());
      if (name.words() < 2 && !name.honorific() && !people.knownSurname(subject)) {
        return name.to();
      }
      int end = titleAfterName(name.to(), subject, name.nameStart());
      return Math.max(end, name.to());
    }

    /** A title in commas after a name, at token k (the comma); the index after it, or k. */
    private int titleAfterName(int k, String subject, int subjectStart) {
      if (!t.is(k, ",")) {
        return k;
      }
      int j = k + 1;
      if (t.lowerIs(j, "who") && COPULAS.contains(t.lower(j + 1))) {
        j += 2;
        if (t.lowerIs(j, "also")) {
          j++;
        }
      }
      if (ARTICLES.contains(t.lower(j))) {
        j++;
      }
      Phrase ph = phraseAt(j);
      if (ph == null || People.nameAt(t, ph.to()) != null) {
        return k; // no title, or the title of the next person named
      }
      Tail tail = tail(t, ph.to());
      int e = tail.end();
      if (e < t.size && !t.isMark(e, APPOSITIVE_END) && !AFTER_APPOSITIVE.contains(t.lower(e))) {
        return k;
      }
      String org = tail.org() != null ? tail.org() : ph.org();
      emit(subject, subjectStart, t.start[ph.from()], t.end[e - 1], ph, org);
      return e;
    }

    private void emit(String subject, int subjectStart, int start, int end, Phrase ph, String org) {
      if (!seen.add(((long) subjectStart << 32) | start)) {
        return;
      }
      Title title = new Title(ph.office(), ph.rank(), org, ph.former(), ph.acting());
      out.add(doc.claim(ClaimKind.TITLE, subject, "title", start, end, title, EventContexts.of(doc, start)));
    }
  }

  /**
   * The title phrase starting at token k: [former] [org] [rank] office, or null. Its office, or
   * the rank "deputy" standing for one, is a {@link People#OFFICE_HEAD} token at or after k.
   */
  private static Phrase phrase(Tokens t, int k) {
    if (!t.isCap(k)
        && !t.has(k, People.OFFICE_WORD | People.RANK_PREFIX | People.HYPHENATED_RANK)
        && !t.lowerIs(k, "interim")) {
      return null; // most words start no title
    }
    int j = k;
    boolean former = false;
    boolean acting = false;
    int orgFrom = -1;
    int orgTo = -1;
    String principal = null;
    boolean orgDone = false; // after a possessive ("Russia's") no other org follows
    boolean more = true;
    while (more && j < t.size) {
      more = false;
      if (t.lowerIs(j, "former")) {
        former = true;
        j++;
        more = true;
      } else if (t.lowerIs(j, "acting") || t.lowerIs(j, "interim")) {
        acting = true;
        j++;
        more = true;
      } else if (principal == null && !orgDone) {
        int oe = People.orgEnd(t, j);
        if (oe > j) {
          if (orgFrom < 0) {
            orgFrom = j;
          }
          orgTo = oe;
          j = oe;
          orgDone = t.isPossessive(oe - 1);
          more = true;
        } else if (orgFrom < 0 && t.isCap(j) && t.isPossessive(j) && People.isNameWord(t, j)) {
          principal = t.bare(j).toLowerCase(Locale.ROOT);
          j++;
          more = true;
        }
      }
    }
    StringBuilder rank = new StringBuilder();
    String first = null;
    while (j < t.size) {
      if (t.has(j, People.RANK)) {
        append(rank, t.lower(j));
        j++;
      } else if (t.has(j, People.RANK_PREFIX) && t.has(j + 1, People.RANK)) {
        append(rank, t.lower(j));
        j++;
      } else if (t.has(j, People.UNDERSECRETARY)) {
        append(rank, "under");
        first = "secretary";
        break;
      } else if (t.has(j, People.HYPHENATED_RANK)) {
        String w = t.lower(j);
        int dash = w.indexOf('-');
        append(rank, w.substring(0, dash));
        first = w.substring(dash + 1);
        break;
      } else {
        break;
      }
    }
    int officeAt = j;
    int oe = first != null ? People.officeEnd(t, j, first) : People.officeEnd(t, j);
    String office;
    String rankWords = rank.toString();
    if (oe < 0) {
      if (principal == null || !rankWords.equals("deputy") || first != null) {
        return null;
      }
      // "Blinken's deputy Wendy Sherman": the deputy of the principal's office
      office = "deputy to " + principal;
      rankWords = "";
      oe = j;
      officeAt = j - 1;
    } else {
      StringBuilder sb = new StringBuilder(first != null ? first : t.lower(j));
      for (int m = j + 1; m < oe; m++) {
        sb.append(' ').append(t.lower(m));
      }
      office = sb.toString();
    }
    if (oe == k) {
      return null;
    }
    String org = orgFrom < 0 ? "" : People.org(t.text.substring(t.start[orgFrom], t.bareEnd(orgTo - 1)));
    return new Phrase(k, oe, officeAt, office, rankWords, org, former, acting);
  }

  private static void append(StringBuilder sb, String w) {
    if (!sb.isEmpty()) {
      sb.append(' ');
    }
    sb.append(w);
  }

  /** The prepositional phrase after an office ("of the OSCE", "at talks with the West"). */
  private static Tail tail(Tokens t, int k) {
    String prep = t.lower(k);
    if (!PREPOSITIONS.contains(prep)) {
      return new Tail(k, null);
    }
    int j = k + 1;
    while (j < t.size
        && j - k <= 8
        && !t.isMark(j, APPOSITIVE_END)
        && !PP_STOP.contains(t.lower(j))
        && !t.has(j, People.SPEECH_VERB)) {
      j++;
    }
    if (j - k > 8 || j == k + 1) {
      return new Tail(k, null);
    }
    String org = null;
    if (ORG_PREPOSITIONS.contains(prep)) {
      int m = t.lowerIs(k + 1, "the") ? k + 2 : k + 1;
      if (m < j && t.isCap(m)) {
        org = People.org(t.text.substring(t.start[m], t.end[j - 1]));
      }
    }
    return new Tail(j, org);
  }
}
