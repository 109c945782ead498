package io.crosscheck.resolve;

import io.crosscheck.extract.Title;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Titles as structured values: the canonical form of a title as an article writes it, and
 * whether two titles of one person can both be true.
 *
 * <p>Canonical form: the office through the title lexicon ("Secretary-General" and "Secretary
 * General" are "secretary general", "spokeswoman" is "spokesperson", "representative to the
 * OSCE" is "ambassador"); rank words written in the office moved to the rank ("vice" is
 * "deputy", "Under-Secretary" is "under" + "secretary"); "former"/"acting" words to the flags;
 * the organisation through the alias lexicon to its id ("U.S." and "American" are "united
 * states", "Polish" and "of Poland" are "poland", "the Kremlin" is "russia"), whether it was
 * written in the organisation ("Russia's") or inside the office ("Russian Deputy Foreign
 * Minister", "Chairman of the OSCE").
 *
 * <p>"X's deputy" arrives as office {@code "deputy to x"}; {@link #principal} names X, and
 * resolution replaces the title by X's own office at rank deputy.
 */
public final class Titles {
  private Titles() {}

  /** Ranks of one office that one person cannot hold at once ("" is the office itself). */
  public static final Set<String> EXCLUSIVE_RANKS = Set.of("", "deputy", "assistant", "under");

  private static final Set<String> PREPOSITIONS = Set.of("of", "to", "at", "for", "in", "from", "with");
  private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "its", "their");
  private static final String DEPUTY_TO = "deputy to ";

  /**
   * True when the two titles cannot both be right for one person at one time: current titles
   * (not former, not acting) of one office and organisation (an unknown organisation agrees with
   * any) at mutually exclusive ranks (deputy, assistant, under, the office itself). Different
   * offices never conflict: one person may hold several roles.
   */
  public static boolean exclusive(Title x, Title y) {
    if (x.former() || y.former() || x.acting() || y.acting()) {
      return false;
    }
    if (!x.office().equals(y.office())) {
      return false;
    }
    if (!x.org().isEmpty() && !y.org().isEmpty() && !x.org().equals(y.org())) {
      return false;
    }
    return !x.rank().equals(y.rank()) && EXCLUSIVE_RANKS.contains(x.rank()) && EXCLUSIVE_RANKS.contains(y.rank());
  }

  /**
   * True when two canonical titles state the same role: one office and rank, the same
   * organisation or an unknown one, both former or both current.
   */
  public static boolean sameRole(Title x, Title y) {
    return x.office().equals(y.office()) && x.rank().equals(y.rank()) && x.former() == y.former()
        && (x.org().isEmpty() || y.org().isEmpty() || x.org().equals(y.org()));
  }

  /** The principal of a "deputy to X" title as written ("blinken"), or null. */
  public static String principal(Title t) {
    return t.office().startsWith(DEPUTY_TO) ? t.office().substring(DEPUTY_TO.length()) : null;
  }

  /** The canonical form of a title as extracted. "X's deputy" stays {@code "deputy to x"}. */
  public static Title canonical(Title t, Lexicon lex) {
    boolean former = t.former();
    boolean acting = t.acting();
    List<String> words = new ArrayList<>(Keys.words(Keys.key(t.rank())));
    words.addAll(Keys.words(Keys.key(t.office())));
    String orgWritten = Keys.key(t.org());

    // "deputy to blinken": the principal is resolved later, against the story's people
    int to = words.indexOf("to");
    if (to > 0 && to < words.size() - 1 && "deputy".equals(lex.rank(String.join(" ", words.subList(0, to))))) {
      String rest = String.join(" ", strip(words.subList(to + 1, words.size())));
      if (lex.entityByKey(Keys.stripPossessive(rest)) == null && !rest.isEmpty()) {
        return new Title(DEPUTY_TO + rest, "", org(orgWritten, lex), former, acting);
      }
    }

    String orgInOffice = null;
    List<String> ranks = new ArrayList<>();
    int i = 0;
    while (i < words.size() - 1) {
      String w = words.get(i);
      if (lex.isFormerWord(w)) {
        former = true;
        i++;
        continue;
      }
      if (lex.isActingWord(w)) {
        acting = true;
        i++;
        continue;
      }
      if (DETERMINERS.contains(w)) {
        i++;
        continue;
      }
      int e = entityAt(words, i, lex);
      if (e > i) {
        if (orgInOffice == null) {
          orgInOffice = entity(words, i, e, lex).id();
        }
        i = e;
        continue;
      }
      int r = rankAt(words, i, lex);
      if (r > i) {
        ranks.add(lex.rank(String.join(" ", words.subList(i, r))));
        i = r;
        continue;
      }
      break;
    }
    if (i < words.size() && words.get(i).equals("undersecretary")) {
      ranks.add("under");
      words.set(i, "secretary");
    }
    List<String> office = new ArrayList<>(words.subList(Math.min(i, words.size()), words.size()));
    // "chairman of the osce", "ambassador to russia": the organisation after a preposition
    String destination = null;
    boolean toOrAt = orgWritten.startsWith("to ") || orgWritten.startsWith("at ");
    for (int k = 1; k < office.size() - 1; k++) {
      if (PREPOSITIONS.contains(office.get(k))) {
        String rest = String.join(" ", strip(office.subList(k + 1, office.size())));
        Lexicon.Entity ent = lex.entityByKey(Keys.stripPossessive(rest));
        if (ent != null) {
          destination = ent.id();
          toOrAt |= office.get(k).equals("to") || office.get(k).equals("at");
          office = new ArrayList<>(office.subList(0, k));
          break;
        }
      }
    }
    String officeKey = String.join(" ", office);
    String canonicalOffice = lex.office(officeKey);
    if (canonicalOffice == null) {
      // an organisation inside the office: "head of the us delegation"
      String inner = withoutEntity(office, lex);
      if (inner != null && lex.office(inner) != null) {
        canonicalOffice = lex.office(inner);
        if (orgInOffice == null) {
          orgInOffice = innerEntity(office, lex);
        }
      }
    }
    if (canonicalOffice == null && lex.officeWhenTo(officeKey) != null && (toOrAt || destination != null)) {
      canonicalOffice = lex.officeWhenTo(officeKey);
    }
    if (canonicalOffice == null) {
      // a known office before a phrase that names no organisation: "representative to thursday's meeting"
      // ("minister of health" keeps its words: "of" may name the office itself)
      for (int k = 1; k < office.size() - 1 && canonicalOffice == null; k++) {
        if (office.get(k).equals("to") || office.get(k).equals("at")) {
          String head = String.join(" ", office.subList(0, k));
          canonicalOffice = lex.office(head) != null ? lex.office(head) : lex.officeWhenTo(head);
        }
      }
    }
    if (canonicalOffice == null) {
      canonicalOffice = officeKey;
    }
    String org = org(orgWritten, lex);
    if (org.isEmpty()) {
      org = orgInOffice != null ? orgInOffice : destination != null ? destination : "";
    }
    String rank = String.join(" ", ranks);
    if (canonicalOffice.isEmpty()) {
      // nothing but rank words ("deputy"): the rank is the office
      canonicalOffice = rank;
      rank = "";
    }
    return new Title(canonicalOffice, rank, org, former, acting);
  }

  /** The canonical id of an organisation as written ("of the osce", "russia's", "u.s."), or as written. */
  static String org(String written, Lexicon lex) {
    List<String> words = strip(Keys.words(Keys.key(written)));
    if (words.isEmpty()) {
      return "";
    }
    String all = String.join(" ", words);
    Lexicon.Entity e = lex.entityByKey(all);
    if (e != null) {
      return e.id();
    }
    // "u.s. to the osce", "russia's national security council": an organisation at the start or
    // after a preposition ("national security council" is not the "security council")
    for (int i = 0; i < words.size(); i++) {
      boolean head = i == 0 || PREPOSITIONS.contains(words.get(i - 1)) || DETERMINERS.contains(words.get(i - 1));
      int end = head ? entityAt(words, i, lex) : i;
      if (end > i) {
        return entity(words, i, end, lex).id();
      }
    }
    return all;
  }

  /** Leading prepositions and determiners dropped. */
  private static List<String> strip(List<String> words) {
    int i = 0;
    while (i < words.size() && (PREPOSITIONS.contains(words.get(i)) || DETERMINERS.contains(words.get(i)))) {
      i++;
    }
    return words.subList(i, words.size());
  }

  /** The entity words {@code [from, to)} name ("russia's" names Russia), or null. */
  private static Lexicon.Entity entity(List<String> words, int from, int to, Lexicon lex) {
    return lex.entityByKey(Keys.stripPossessive(String.join(" ", words.subList(from, to))));
  }

  /** The end of the longest entity name starting at {@code i}, or {@code i}. */
  private static int entityAt(List<String> words, int i, Lexicon lex) {
    for (int end = Math.min(words.size(), i + 8); end > i; end--) {
      if (entity(words, i, end, lex) != null) {
        return end;
      }
    }
    return i;
  }

  /** The end of the longest rank starting at {@code i} that leaves an office after it, or {@code i}. */
  private static int rankAt(List<String> words, int i, Lexicon lex) {
    for (int end = Math.min(words.size() - 1, i + lex.longestRank()); end > i; end--) {
      if (lex.rank(String.join(" ", words.subList(i, end))) != null) {
        return end;
      }
    }
    return i;
  }

  private static String withoutEntity(List<String> office, Lexicon lex) {
    for (int i = 0; i < office.size(); i++) {
      int end = entityAt(office, i, lex);
      if (end > i) {
        List<String> rest = new ArrayList<>(office.subList(0, i));
        rest.addAll(office.subList(end, office.size()));
        rest.removeIf(DETERMINERS::contains);
        return String.join(" ", rest);
      }
    }
    return null;
  }

  private static String innerEntity(List<String> office, Lexicon lex) {
    for (int i = 0; i < office.size(); i++) {
      int end = entityAt(office, i, lex);
      if (end > i) {
        return entity(office, i, end, lex).id();
      }
    }
    return null;
  }
}
