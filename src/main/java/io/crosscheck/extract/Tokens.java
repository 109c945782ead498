package io.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words and punctuation of one sentence, for the short walks extractors take around a value
 * ("who said it", "which meeting"). Words keep inner apostrophes, hyphens and dots ("Thursday's",
 * "57-nation", "U.S."); every other non-space character is a token of its own.
 */
final class Tokens {
  /** One token: text offsets and its text. */
  record Tok(int start, int end, String text) {
    /** Lower case, without a possessive "'s" or a trailing dot. */
    String word() {
      String w = text.toLowerCase(Locale.ROOT);
      if (w.endsWith("’s") || w.endsWith("'s")) {
        w = w.substring(0, w.length() - 2);
      }
      if (w.length() > 1 && w.endsWith(".")) {
        w = w.substring(0, w.length() - 1);
      }
      return w;
    }

    boolean isWord() {
      return Character.isLetterOrDigit(text.charAt(0));
    }

    boolean capitalised() {
      return Character.isUpperCase(text.charAt(0));
    }

    boolean possessive() {
      return text.endsWith("’s") || text.endsWith("'s");
    }
  }

  private static final Pattern TOKEN =
      Pattern.compile("[\\p{L}\\p{N}]+(?:[’'.\\-][\\p{L}\\p{N}]+)*(?:(?<=\\b\\p{Lu})\\.|(?<=\\b(?:Mr|Ms|Mrs|Dr|Sen|Rep|Gov|St|Jr|Sr))\\.)?|\\S");

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

  static List<Tok> of(String text, int start, int end) {
    List<Tok> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text).region(start, end);
    while (m.find()) {
      out.add(new Tok(m.start(), m.end(), m.group()));
    }
    return out;
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

  /** Up to three capitalised non-title words ending at token {@code k}. */
  static String nameEndingAt(List<Tok> toks, int k) {
    int from = k;
    while (from - 1 >= 0 && k - from < 2) {
      Tok p = toks.get(from - 1);
      if (!p.isWord() || !p.capitalised() || p.possessive() || TITLE_WORDS.contains(p.word())) {
        break;
      }
      from--;
    }
    return join(toks, from, k);
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
