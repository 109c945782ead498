package io.crosscheck.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/** Text keys shared by the lexicon and the resolvers: accent and case folding, word splitting. */
final class Keys {
  private Keys() {}

  /** Accents folded to ASCII (Lucene's folding table), lower case; other characters kept. */
  static String fold(String s) {
    char[] in = s.toCharArray();
    boolean ascii = true;
    for (char c : in) {
      if (c >= 0x80) {
        ascii = false;
        break;
      }
    }
    String out;
    if (ascii) {
      out = s;
    } else {
      char[] buf = new char[in.length * 4];
      int n = ASCIIFoldingFilter.foldToASCII(in, 0, buf, 0, in.length);
      out = new String(buf, 0, n);
    }
    return out.toLowerCase(Locale.ROOT);
  }

  /**
   * The lookup key of a name or phrase: folded, curly quotes straightened, periods dropped
   * ("U.S." is "us"), hyphens and other punctuation as spaces, a leading "the" and a trailing
   * possessive dropped, single spaces.
   */
  static String key(String s) {
    if (s == null) {
      return "";
    }
    String f = fold(s);
    StringBuilder b = new StringBuilder(f.length());
    for (int i = 0; i < f.length(); i++) {
      char c = f.charAt(i);
      if (c == '.') {
        continue;
      }
      if (c == '\u2019' || c == '\u2018' || c == '`' || c == '\u00b4') {
        c = '\'';
      }
      if (Character.isLetterOrDigit(c) || c == '\'' || c == '&') {
        b.append(c);
      } else if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
        b.append(' ');
      }
    }
    String k = b.toString().strip();
    k = stripPossessive(k);
    while (k.startsWith("the ")) {
      k = k.substring(4);
    }
    if (k.startsWith("'")) {
      k = k.substring(1).strip();
    }
    return k;
  }

  /** "russia's" is "russia"; "reuters'" is "reuters". */
  static String stripPossessive(String k) {
    if (k.endsWith("'s")) {
      return k.substring(0, k.length() - 2).strip();
    }
    if (k.endsWith("'")) {
      return k.substring(0, k.length() - 1).strip();
    }
    return k;
  }

  /** The words of a key. */
  static List<String> words(String key) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = key.length();
    while (i < n) {
      while (i < n && key.charAt(i) == ' ') {
        i++;
      }
      int s = i;
      while (i < n && key.charAt(i) != ' ') {
        i++;
      }
      if (i > s) {
        out.add(key.substring(s, i));
      }
    }
    return out;
  }

  /**
   * Edit distance counting a swap of two neighbouring letters as one edit (optimal string
   * alignment), stopping early once it exceeds {@code max}.
   */
  static int distance(String a, String b, int max) {
    int n = a.length();
    int m = b.length();
    if (Math.abs(n - m) > max) {
      return max + 1;
    }
    int[] prev2 = new int[m + 1];
    int[] prev = new int[m + 1];
    int[] cur = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      cur[0] = i;
      int best = cur[0];
      char ca = a.charAt(i - 1);
      for (int j = 1; j <= m; j++) {
        char cb = b.charAt(j - 1);
        int cost = ca == cb ? 0 : 1;
        int d = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
          d = Math.min(d, prev2[j - 2] + 1);
        }
        cur[j] = d;
        best = Math.min(best, d);
      }
      if (best > max) {
        return max + 1;
      }
      int[] t = prev2;
      prev2 = prev;
      prev = cur;
      cur = t;
    }
    return prev[m];
  }
}
