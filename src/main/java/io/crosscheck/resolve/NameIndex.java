package io.crosscheck.resolve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.phonetic.DoubleMetaphoneFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * An in-memory Lucene index of the distinct surnames of one story, for blocking: a surname finds
 * the indexed surnames that sound alike (Double Metaphone codes of the accent- and case-folded
 * name) or are spelt alike (a fuzzy query on the transliteration key). Candidates are then
 * checked by the caller. One index per story; not thread-safe.
 */
final class NameIndex implements AutoCloseable {
  static final String SPELLING = "spelling";
  static final String SOUND = "sound";
  private static final String ORD = "ord";

  /** Keeps Lucene's one-line vectorization notice off stderr (a strong reference, so it sticks). */
  private static final Logger VECTOR_LOG = Logger.getLogger("org.apache.lucene.internal.vectorization");

  static {
    VECTOR_LOG.setLevel(Level.SEVERE);
  }

  /** spelling: folded, lower-cased, transliteration key; sound: Double Metaphone codes. */
  static final Analyzer ANALYZER = new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), Map.of(
      SPELLING, new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
          Tokenizer t = new KeywordTokenizer();
          return new TokenStreamComponents(t, new TranslitFilter(new LowerCaseFilter(new ASCIIFoldingFilter(t))));
        }
      },
      SOUND, new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
          Tokenizer t = new KeywordTokenizer();
          return new TokenStreamComponents(t, new DoubleMetaphoneFilter(new LowerCaseFilter(new ASCIIFoldingFilter(t)), 6, false));
        }
      }));

  private final ByteBuffersDirectory dir = new ByteBuffersDirectory();
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final List<String> surnames;

  /** Indexes the given surnames; {@link #similar} answers with their positions in this list. */
  NameIndex(List<String> surnames) {
    this.surnames = List.copyOf(surnames);
    try {
      IndexWriterConfig cfg = new IndexWriterConfig(ANALYZER);
      cfg.setRAMBufferSizeMB(64);
      try (IndexWriter w = new IndexWriter(dir, cfg)) {
        for (int i = 0; i < this.surnames.size(); i++) {
          String s = this.surnames.get(i);
          Document d = new Document();
          d.add(new TextField(SPELLING, s, Field.Store.NO));
          d.add(new TextField(SOUND, s, Field.Store.NO));
          d.add(new NumericDocValuesField(ORD, i));
          w.addDocument(d);
        }
      }
      reader = DirectoryReader.open(dir);
      searcher = new IndexSearcher(reader);
      searcher.setQueryCache(null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The terms the analyzer makes of a surname in one field. */
  static List<String> terms(String field, String text) {
    List<String> out = new ArrayList<>(2);
    try (TokenStream ts = ANALYZER.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The indexed surnames (positions in the constructor's list) that sound or are spelt like this one. */
  Set<Integer> similar(String surname) {
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    for (String code : new LinkedHashSet<>(terms(SOUND, surname))) {
      q.add(new TermQuery(new Term(SOUND, code)), BooleanClause.Occur.SHOULD);
    }
    for (String key : terms(SPELLING, surname)) {
      // one edit at most: two-edit automata cost about a millisecond each, and a two-edit match
      // must sound alike to be accepted anyway, which the sound clause already finds
      int edits = Math.min(1, Names.surnameEdits(key));
      q.add(edits == 0 ? new TermQuery(new Term(SPELLING, key)) : new FuzzyQuery(new Term(SPELLING, key), edits, 1),
          BooleanClause.Occur.SHOULD);
    }
    try {
      return searcher.search(q.build(), new Ords());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String surname(int ord) {
    return surnames.get(ord);
  }

  @Override
  public void close() {
    try {
      reader.close();
      dir.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Collects every matching document's ordinal, unscored. */
  private static final class Ords implements CollectorManager<Ords.Collect, Set<Integer>> {
    @Override
    public Collect newCollector() {
      return new Collect();
    }

    @Override
    public Set<Integer> reduce(Collection<Collect> collectors) {
      Set<Integer> out = new LinkedHashSet<>();
      for (Collect c : collectors) {
        out.addAll(c.ords);
      }
      return out;
    }

    private static final class Collect extends SimpleCollector {
      final List<Integer> ords = new ArrayList<>();
      private NumericDocValues values;

      @Override
      protected void doSetNextReader(LeafReaderContext context) throws IOException {
        values = DocValues.getNumeric(context.reader(), ORD);
      }

      @Override
      public void collect(int doc) throws IOException {
        if (values.advanceExact(doc)) {
          ords.add((int) values.longValue());
        }
      }

      @Override
      public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
      }
    }
  }
}
