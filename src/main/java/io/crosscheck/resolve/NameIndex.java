package io.crosscheck.resolve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.phonetic.DoubleMetaphoneFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The distinct surnames of one story, blocked for matching: a surname finds the surnames that
 * sound alike (shared Double Metaphone code of the accent- and case-folded name) or are spelt
 * alike (transliteration keys equal, or one edit apart with the same first letter). Keys come
 * from Lucene analysis chains; the blocks are hash tables, because a story has tens of surnames
 * and building a Lucene index per story cost more than all the matching. Candidates are checked
 * by the caller. One per story; not thread-safe.
 */
final class NameIndex {
  /** Folded, lower-cased transliteration key of a whole surname. */
  private static final Analyzer SPELLING = new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String field) {
      Tokenizer t = new KeywordTokenizer();
      return new TokenStreamComponents(t, new TranslitFilter(new LowerCaseFilter(new ASCIIFoldingFilter(t))));
    }
  };

  /** Double Metaphone codes (primary and alternate) of the folded surname. */
  private static final Analyzer SOUND = new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String field) {
      Tokenizer t = new KeywordTokenizer();
      return new TokenStreamComponents(t, new DoubleMetaphoneFilter(new LowerCaseFilter(new ASCIIFoldingFilter(t)), 6, false));
    }
  };

  /** A surname's Double Metaphone codes and spelling key. */
  private record Analysed(List<String> sounds, String spelling) {}

  /** Analysed keys by surname, shared by every story: surnames recur from story to story. */
  private static final Memo<String, Analysed> ANALYSED =
      new Memo<>(s -> new Analysed(terms(SOUND, s), analyseSpelling(s)), 50_000);

  private final List<String> surnames;
  private final Map<String, List<Integer>> bySound = new HashMap<>();
  private final Map<String, List<Integer>> bySpelling = new HashMap<>();
  /** Spelling keys by first letter, for the one-edit comparison. */
  private final Map<Character, List<Integer>> byInitial = new HashMap<>();
  private final List<String> spellings = new ArrayList<>();

  /** Blocks the given surnames; {@link #similar} answers with their positions in this list. */
  NameIndex(List<String> surnames) {
    this.surnames = List.copyOf(surnames);
    for (int i = 0; i < this.surnames.size(); i++) {
      Analysed a = ANALYSED.get(this.surnames.get(i));
      for (String code : a.sounds()) {
        bySound.computeIfAbsent(code, k -> new ArrayList<>(2)).add(i);
      }
      String key = a.spelling();
      spellings.add(key);
      bySpelling.computeIfAbsent(key, k -> new ArrayList<>(2)).add(i);
      if (!key.isEmpty()) {
        byInitial.computeIfAbsent(key.charAt(0), k -> new ArrayList<>()).add(i);
      }
    }
  }

  /** The Double Metaphone codes of a surname. */
  static List<String> sounds(String surname) {
    return ANALYSED.get(surname).sounds();
  }

  private static String analyseSpelling(String surname) {
    List<String> t = terms(SPELLING, surname);
    return t.isEmpty() ? "" : t.get(0);
  }

  private static List<String> terms(Analyzer analyzer, String text) {
    List<String> out = new ArrayList<>(2);
    try (TokenStream ts = analyzer.tokenStream("", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(out);
  }

  /** The blocked surnames (positions in the constructor's list) that sound or are spelt like this one. */
  Set<Integer> similar(String surname) {
    Set<Integer> out = new LinkedHashSet<>();
    Analysed a = ANALYSED.get(surname);
    for (String code : a.sounds()) {
      out.addAll(bySound.getOrDefault(code, List.of()));
    }
    String key = a.spelling();
    out.addAll(bySpelling.getOrDefault(key, List.of()));
    // one edit at most: a two-edit slip must sound alike to be accepted anyway, which the sound
    // block already finds
    if (Math.min(1, Names.surnameEdits(key)) == 1) {
      for (int ord : byInitial.getOrDefault(key.charAt(0), List.of())) {
        if (!out.contains(ord) && Keys.distance(key, spellings.get(ord), 1) <= 1) {
          out.add(ord);
        }
      }
    }
    return out;
  }

  String surname(int ord) {
    return surnames.get(ord);
  }
}
