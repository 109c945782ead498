package io.crosscheck.rules;

import io.crosscheck.resolve.Memo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Word-level comparison of two renderings of a quotation. "US" and "U.S." (in capitals) read as
 * "United States". Words are lower-cased, contractions
 * expanded ("don't" is "do not") and stemmed, then aligned by longest common subsequence. How
 * alike two quotes are is measured on content words only, so that two different quotations of
 * one speaker are not paired through "we", "will" and "the". Words
 * before the first and after the last shared word are left out when only one side has them, so
 * an excerpt of a longer quote is no change; when both sides have them, they are a change. What differs inside is classed as a change of meaning (negation, a number, a
 * content word) or of wording (function words only).
 */
record QuoteDiff(double similarity, String change, List<String> removed, List<String> added, String describe) {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*");

  private static final Set<String> NEGATIONS =
      Set.of("not", "no", "never", "none", "nothing", "nor", "neither", "without", "nobody", "nowhere");

  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "a", "an", "the", "this", "that", "these", "those", "some", "any", "all", "each", "every", "of", "in", "on",
          "at", "to", "for", "from", "by", "with", "about", "as", "into", "onto", "over", "under", "than", "then",
          "and", "or", "but", "so", "if", "because", "while", "whether", "which", "who", "whom", "whose", "what",
          "where", "when", "how", "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did",
          "have", "has", "had", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "it",
          "its", "they", "them", "their", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "i",
          "me", "my", "there", "here", "also", "even", "just", "very", "really", "s", "up", "out", "off",
          "too", "yet", "still", "already", "now", "ever", "before");

  /** Country abbreviations written in capitals, spelled out so "US" and "United States" agree. */
  private static final Pattern US = Pattern.compile("\\bU\\.?S\\.?(?=\\W|$)(?!\\.\\w)");
  private static final Pattern UK = Pattern.compile("\\bU\\.?K\\.?(?=\\W|$)(?!\\.\\w)");

  /** Words in order, lower-cased and with contractions expanded. */
  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    String spelled = UK.matcher(US.matcher(text).replaceAll("United States")).replaceAll("United Kingdom");
    var m = WORD.matcher(spelled.toLowerCase(Locale.ROOT).replace('’', '\''));
    while (m.find()) {
      String w = m.group();
      if (w.endsWith("n't")) {
        String stem = w.substring(0, w.length() - 3);
        out.add(switch (stem) {
          case "wo" -> "will";
          case "ca" -> "can";
          case "sha" -> "shall";
          default -> stem;
        });
        out.add("not");
      } else if (w.endsWith("'re")) {
        out.add(w.substring(0, w.length() - 3));
        out.add("are");
      } else if (w.endsWith("'ve")) {
        out.add(w.substring(0, w.length() - 3));
        out.add("have");
      } else if (w.endsWith("'ll")) {
        out.add(w.substring(0, w.length() - 3));
        out.add("will");
      } else if (w.endsWith("'m")) {
        out.add(w.substring(0, w.length() - 2));
        out.add("am");
      } else if (w.endsWith("'d")) {
        out.add(w.substring(0, w.length() - 2));
        out.add("would");
      } else if (w.endsWith("'s")) {
        out.add(w.substring(0, w.length() - 2));
      } else {
        out.add(w.replace("'", ""));
      }
    }
    return out;
  }

  /**
   * Comparisons already made: a rule asks for the same pair of quotes several times (in its
   * conditions, its "no closer quote" tests and its consequence), and stemming is the costly part.
   */
  private static final Memo<List<String>, QuoteDiff> COMPARED = new Memo<>(k -> compare(k.get(0), k.get(1)), 4096);

  static QuoteDiff of(String a, String b) {
    return COMPARED.get(List.of(a, b));
  }

  private static QuoteDiff compare(String a, String b) {
    List<String> ta = tokens(a);
    List<String> tb = tokens(b);
    List<String> sa = stems(ta);
    List<String> sb = stems(tb);
    int n = sa.size();
    int m = sb.size();
    if (n == 0 || m == 0) {
      return new QuoteDiff(0, "none", List.of(), List.of(), "");
    }
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] = sa.get(i).equals(sb.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    double similarity = contentSimilarity(ta, tb);
    List<int[]> pairs = new ArrayList<>();
    for (int i = 0, j = 0; i < n && j < m; ) {
      if (sa.get(i).equals(sb.get(j))) {
        pairs.add(new int[] {i, j});
        i++;
        j++;
      } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
        i++;
      } else {
        j++;
      }
    }
    if (pairs.isEmpty()) {
      return new QuoteDiff(0, "meaning", ta, tb, "");
    }
    List<String> removed = new ArrayList<>();
    List<String> added = new ArrayList<>();
    List<String> hunks = new ArrayList<>();
    // Unmatched words before the first shared word: an excerpt when only one side has them, a
    // change when both do. The same at the end.
    int[] firstPair = pairs.get(0);
    if (firstPair[0] > 0 && firstPair[1] > 0) {
      hunk(ta.subList(0, firstPair[0]), tb.subList(0, firstPair[1]), removed, added, hunks);
    }
    for (int k = 0; k + 1 < pairs.size(); k++) {
      int[] p = pairs.get(k);
      int[] q = pairs.get(k + 1);
      hunk(ta.subList(p[0] + 1, q[0]), tb.subList(p[1] + 1, q[1]), removed, added, hunks);
    }
    int[] lastPair = pairs.get(pairs.size() - 1);
    if (lastPair[0] + 1 < n && lastPair[1] + 1 < m) {
      hunk(ta.subList(lastPair[0] + 1, n), tb.subList(lastPair[1] + 1, m), removed, added, hunks);
    }
    String change;
    if (removed.isEmpty() && added.isEmpty()) {
      change = "none";
    } else if (meaningful(removed, added)) {
      change = "meaning";
    } else {
      change = "wording";
    }
    String describe = String.join("; ", hunks.subList(0, Math.min(4, hunks.size())))
        + (hunks.size() > 4 ? "; and " + (hunks.size() - 4) + " more" : "");
    return new QuoteDiff(similarity, change, removed, added, describe);
  }

  private static void hunk(List<String> r, List<String> ad, List<String> removed, List<String> added, List<String> hunks) {
    if (r.isEmpty() && ad.isEmpty()) {
      return;
    }
    removed.addAll(r);
    added.addAll(ad);
    hunks.add(r.isEmpty() ? "'" + String.join(" ", ad) + "' added"
        : ad.isEmpty() ? "'" + String.join(" ", r) + "' left out"
        : "'" + String.join(" ", r) + "' became '" + String.join(" ", ad) + "'");
  }

  /** Shared content words needed before two quotes can be renderings of one quotation. */
  static final int MIN_SHARED_CONTENT = 3;

  /**
   * The share of the shorter quote's content words (stemmed, in order) that the other quote has:
   * function words do not make two different quotations alike. 0 when fewer than {@link
   * #MIN_SHARED_CONTENT} content words are shared.
   */
  private static double contentSimilarity(List<String> ta, List<String> tb) {
    List<String> a = stems(content(ta));
    List<String> b = stems(content(tb));
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    int[][] l = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        l[i][j] = a.get(i).equals(b.get(j)) ? l[i + 1][j + 1] + 1 : Math.max(l[i + 1][j], l[i][j + 1]);
      }
    }
    int shared = l[0][0];
    return shared < MIN_SHARED_CONTENT ? 0 : (double) shared / Math.min(a.size(), b.size());
  }

  private static boolean meaningful(List<String> removed, List<String> added) {
    if (count(removed, NEGATIONS) != count(added, NEGATIONS)) {
      return true;
    }
    List<String> r = new ArrayList<>(stems(content(removed)));
    List<String> a = new ArrayList<>(stems(content(added)));
    List<String> common = new ArrayList<>(r);
    common.retainAll(a);
    r.removeAll(common);
    a.removeAll(common);
    return !r.isEmpty() || !a.isEmpty();
  }

  private static List<String> content(List<String> words) {
    return words.stream().filter(w -> !FUNCTION_WORDS.contains(w) && !NEGATIONS.contains(w)).toList();
  }

  private static long count(List<String> words, Set<String> set) {
    return words.stream().filter(set::contains).count();
  }

  private static List<String> stems(List<String> words) {
    EnglishStemmer stemmer = new EnglishStemmer();
    List<String> out = new ArrayList<>(words.size());
    for (String w : words) {
      stemmer.setCurrent(w);
      stemmer.stem();
      out.add(stemmer.getCurrent());
    }
    return out;
  }
}
