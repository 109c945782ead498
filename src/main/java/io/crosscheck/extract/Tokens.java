package io.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words and punctuation of one sentence, for the short walks extractors take around a value
 * ("who said it", "which meeting"). Words keep inner apostrophes, hyphens and dots ("Thursday's",
 * "57-nation", "U.S."); every other non-space character is a token of its own.
 */
final class Tokens {
  /**
   * One token: text offsets and its text. Its text and {@link #word} are copied out of the source
   * when first asked for: the walks around a value read only a few of a window's tokens.
   */
  static final class Tok {
    private final String source;
    private final int start;
    private final int end;
    private String text;
    private String word;

    Tok(String source, int start, int end) {
      this.source = source;
      this.start = start;
      this.end = end;
    }

    int start() {
      return start;
    }

    int end() {
      return end;
    }

    String text() {
      if (text == null) {
        text = source.substring(start, end);
      }
      return text;
    }

    /** Lower case, without a possessive "'s" or a trailing dot. */
    String word() {
      if (word == null) {
        String w = text().toLowerCase(Locale.ROOT);
        if (w.endsWith("’s") || w.endsWith("'s")) {
          w = w.substring(0, w.length() - 2);
        }
        if (w.length() > 1 && w.endsWith(".")) {
          w = w.substring(0, w.length() - 1);
        }
        word = w;
      }
      return word;
    }

    boolean isWord() {
      return Words.isLetterOrDigit(source.charAt(start));
    }

    boolean capitalised() {
      return Character.isUpperCase(source.charAt(start));
    }

    boolean possessive() {
      return end - start >= 2 && source.charAt(end - 1) == 's'
          && (source.charAt(end - 2) == '’' || source.charAt(end - 2) == '\'');
    }

    @Override
    public String toString() {
      return text();
    }
  }


  static final Set<String> PRONOUNS = Set.of("he", "she", "they", "we", "i", "it", "you");

  /** Capitalised words that are titles or honorifics, never part of a speaker's name. */
  static final Set<String> TITLE_WORDS = Set.of(
      "mr", "mrs", "ms", "dr", "sir", "lord", "dame", "minister", "secretary", "president", "vice", "deputy",
      "foreign", "defense", "defence", "prime", "state", "general", "ambassador", "spokesman", "spokeswoman",
      "spokesperson", "chancellor", "chairman", "chairwoman", "chair", "senator", "sen", "rep", "gov", "governor",
      "mayor", "king", "queen", "prince", "pope", "adviser", "advisor", "director", "chief", "commander", "envoy",
      "representative", "leader", "premier", "head", "officer", "official", "the", "a", "an");

  private static final Set<String> ADVERBS = Set.of(
      "also", "later", "then", "again", "earlier", "separately", "previously", "repeatedly", "had", "has", "have",
      "recently", "was", "were", "is", "are", "been", "being", "be", "reportedly", "publicly", "privately");

  private static final Set<String> DETERMINERS = Set.of("his", "her", "their", "its", "the", "a", "an");

  private Tokens() {}

  /**
   * The tokens of {@code text} in {@code [start, end)}: words (letters and digits, joined by inner
   * apostrophes, dots and hyphens: "Thursday’s", "57-nation", "U.S", with the dot of a one-letter
   * abbreviation or an honorific: "U.S.", "Mr.") and single punctuation characters.
   */
  static List<Tok> of(String text, int start, int end) {
    return of(text, start, end, Integer.MAX_VALUE);
  }

  /** The first {@code max} tokens of {@code text} in {@code [start, end)} (see {@link #of(String, int, int)}). */
  static List<Tok> of(String text, int start, int end, int max) {
    List<Tok> out = new ArrayList<>();
    int i = start;
    while (i < end && out.size() < max) {
      char c = text.charAt(i);
      if (isWhitespace(c)) {
        i++;
        continue;
      }
      if (!Words.isLetterOrDigit(c)) {
        out.add(new Tok(text, i, i + 1));
        i++;
        continue;
      }
      int s = i;
      while (i < end) {
        while (i < end && Words.isLetterOrDigit(text.charAt(i))) {
          i++;
        }
        if (i + 1 < end && JOINERS.indexOf(text.charAt(i)) >= 0 && Words.isLetterOrDigit(text.charAt(i + 1))) {
          i++;
        } else {
          break;
        }
      }
      if (i < end && text.charAt(i) == '.' && abbreviation(text, s, i)) {
        i++;
      }
      out.add(new Tok(text, s, i));
    }
    return out;
  }

  private static final String JOINERS = "’'.-";

  /** {@link Character#isWhitespace(char)}, with a shortcut for ASCII (the walks around a value test a character at a time). */
  static boolean isWhitespace(char c) {
    return c < 128 ? c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1C && c <= 0x1F : Character.isWhitespace(c);
  }

  private static final Set<String> HONORIFICS = Set.of("Mr", "Ms", "Mrs", "Dr", "Sen", "Rep", "Gov", "St", "Jr", "Sr");

  /** A word before a dot that keeps it: ends in a lone capital ("U.S", "J") or is an honorific. */
  private static boolean abbreviation(String text, int s, int e) {
    char last = text.charAt(e - 1);
    if (Character.isUpperCase(last) && (e - 1 == s || !Words.isLetterOrDigit(text.charAt(e - 2)))) {
      return true;
    }
    return e - s <= 3 && HONORIFICS.contains(text.substring(s, e));
  }

  /**
   * Whether {@code text} between {@code from} and {@code to} holds a clause break: ";", a dash
   * ("—", "–", " - "), "than", "while", "whereas", "unlike", "but", ", or", "or the".
   */
  static boolean hasBreak(String text, int from, int to) {
    int i = from;
    char prevPunct = 0;
    String prevWord = "";
    while (i < to) {
      char c = text.charAt(i);
      if (c == ';' || c == '—' || c == '–') {
        return true;
      }
      if (c == '-' && i > from && i + 1 < to && text.charAt(i - 1) == ' ' && text.charAt(i + 1) == ' ') {
        return true;
      }
      if (!Character.isLetter(c)) {
        if (!isWhitespace(c)) {
          prevPunct = c;
        }
        i++;
        continue;
      }
      int s = i;
      while (i < to && Character.isLetter(text.charAt(i))) {
        i++;
      }
      int len = i - s;
      if (len >= 2 && len <= 7) {
        String w = text.substring(s, i).toLowerCase(Locale.ROOT);
        switch (w) {
          case "than", "while", "whereas", "unlike", "but" -> {
            return true;
          }
          case "or" -> {
            if (prevPunct == ',') {
              return true;
            }
          }
          case "the" -> {
            if (prevWord.equals("or")) {
              return true;
            }
          }
          default -> { }
        }
        prevWord = w;
      } else {
        prevWord = "";
      }
      prevPunct = 0;
    }
    return false;
  }

  /**
   * The last {@code n} whitespace-separated words of {@code s} in order, lower-cased (punctuation
   * kept: "host,", "Russia’s").
   */
  static List<String> lastWords(String s, int n) {
    List<String> out = lastWordsAsWritten(s, n);
    out.replaceAll(w -> w.toLowerCase(Locale.ROOT));
    return out;
  }

  /** The last {@code n} whitespace-separated words of {@code s} as written, in order. */
  static List<String> lastWordsAsWritten(String s, int n) {
    LastWords words = new LastWords(s, n);
    List<String> out = new ArrayList<>(words.size());
    for (int j = 0; j < words.size(); j++) {
      out.add(words.text(j));
    }
    return out;
  }

  /** The last whitespace-separated word of {@code s} as written, or "". */
  static String lastWord(String s) {
    int e = runStart(s, 0, s.length(), true);
    return s.substring(runStart(s, 0, e, false), e);
  }

  /**
   * Where the run of white space ({@code space}) or of other characters that ends at {@code to}
   * starts, read backwards and not before {@code from}: {@code to} itself when there is none. Two
   * calls step back over the spaces and then the word before an offset.
   */
  static int runStart(String text, int from, int to, boolean space) {
    int i = to;
    while (i > from && isWhitespace(text.charAt(i - 1)) == space) {
      i--;
    }
    return i;
  }

  /** True when {@code s} from {@code from} to {@code to} holds only spaces, quotes, brackets and dashes. */
  static boolean onlyOpeners(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (!isWhitespace(c) && "“”\"‘’'(—–-".indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  /** The index of the first token ending after {@code offset}, or size() when none. */
  static int indexAt(List<Tok> toks, int offset) {
    for (int i = 0; i < toks.size(); i++) {
      if (toks.get(i).end() > offset) {
        return i;
      }
    }
    return toks.size();
  }

  /**
   * The person or group a verb at token {@code v} is attributed to, as written: the name before it
   * ("Sergei Lavrov said", titles dropped), a pronoun ("she said"), a common noun with its
   * determiner ("his spokesperson said"), or the name after it ("..., said Foreign Minister
   * Zbigniew Rau"); "" when none. {@code before} is the index of the token to look back from.
   */
  static String speaker(List<Tok> toks, int before, int v) {
    int k = before;
    while (k >= 0 && ADVERBS.contains(toks.get(k).word())) {
      k--;
    }
    if (k >= 0) {
      Tok t = toks.get(k);
      if (PRONOUNS.contains(t.word())) {
        return t.text();
      }
      if (t.isWord() && t.capitalised() && !t.possessive() && !TITLE_WORDS.contains(t.word())) {
        return nameEndingAt(toks, k);
      }
      if (t.isWord() && !t.capitalised()) {
        int from = k;
        if (k > 0 && DETERMINERS.contains(toks.get(k - 1).word())) {
          from = k - 1;
        }
        return join(toks, from, k);
      }
    }
    // "..., said Foreign Minister Zbigniew Rau"
    int j = v + 1;
    while (j < toks.size() && toks.get(j).isWord() && toks.get(j).capitalised() && TITLE_WORDS.contains(toks.get(j).word())) {
      j++;
    }
    int from = j;
    while (j < toks.size() && j - from < 3 && toks.get(j).isWord() && toks.get(j).capitalised()
        && !TITLE_WORDS.contains(toks.get(j).word())) {
      j++;
    }
    return j > from ? join(toks, from, j - 1) : "";
  }

  /**
   * Up to three capitalised non-title words ending at token {@code k}; for "Tim Pawlenty of
   * Minnesota" and "Zbigniew Rau of Poland", the name before "of".
   */
  static String nameEndingAt(List<Tok> toks, int k) {
    int from = runStart(toks, k);
    if (from >= 2 && toks.get(from - 1).text().equals("of")) {
      Tok p = toks.get(from - 2);
      if (p.isWord() && p.capitalised() && !p.possessive() && !TITLE_WORDS.contains(p.word())) {
        return join(toks, runStart(toks, from - 2), from - 2);
      }
    }
    return join(toks, from, k);
  }

  private static int runStart(List<Tok> toks, int k) {
    int from = k;
    while (from - 1 >= 0 && k - from < 2) {
      Tok p = toks.get(from - 1);
      if (!p.isWord() || !p.capitalised() || p.possessive() || TITLE_WORDS.contains(p.word())) {
        break;
      }
      from--;
    }
    return from;
  }

  /** The text of tokens {@code from..to} (inclusive), with single spaces. */
  static String join(List<Tok> toks, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i <= to; i++) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(toks.get(i).text());
    }
    return sb.toString();
  }
}
