package io.crosscheck.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/** Direct lookups of article documents in a reader: by id through the postings, no query. */
final class Archived {
  /** An archived article's id and file. */
  record Entry(String id, String file) {}

  private static final Set<String> HASH_ONLY = Set.of(IndexFields.HASH);
  private static final Set<String> ID_AND_FILE = Set.of(IndexFields.ARTICLE, IndexFields.FILE);

  private final DirectoryReader reader;

  Archived(DirectoryReader reader) {
    this.reader = reader;
  }

  /** The global doc id of the live article document with this id, or -1. */
  int articleDoc(String id) throws IOException {
    BytesRef term = new BytesRef(id);
    for (LeafReaderContext ctx : reader.leaves()) {
      LeafReader leaf = ctx.reader();
      Terms terms = leaf.terms(IndexFields.ARTICLE_DOC);
      if (terms == null) {
        continue;
      }
      TermsEnum te = terms.iterator();
      if (!te.seekExact(term)) {
        continue;
      }
      Bits live = leaf.getLiveDocs();
      PostingsEnum pe = te.postings(null, PostingsEnum.NONE);
      for (int doc = pe.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = pe.nextDoc()) {
        if (live == null || live.get(doc)) {
          return ctx.docBase + doc;
        }
      }
    }
    return -1;
  }

  /** The content hash stored for the article, or null when it is not archived. */
  String hash(String id) throws IOException {
    int doc = articleDoc(id);
    if (doc < 0) {
      return null;
    }
    return reader.storedFields().document(doc, HASH_ONLY).get(IndexFields.HASH);
  }

  /** Every live archived article. */
  List<Entry> all() throws IOException {
    List<Entry> out = new ArrayList<>();
    BytesRef type = new BytesRef(IndexFields.TYPE_ARTICLE);
    for (LeafReaderContext ctx : reader.leaves()) {
      LeafReader leaf = ctx.reader();
      Terms terms = leaf.terms(IndexFields.TYPE);
      if (terms == null) {
        continue;
      }
      TermsEnum te = terms.iterator();
      if (!te.seekExact(type)) {
        continue;
      }
      Bits live = leaf.getLiveDocs();
      StoredFields stored = leaf.storedFields();
      PostingsEnum pe = te.postings(null, PostingsEnum.NONE);
      for (int doc = pe.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = pe.nextDoc()) {
        if (live == null || live.get(doc)) {
          Document d = stored.document(doc, ID_AND_FILE);
          out.add(new Entry(d.get(IndexFields.ARTICLE), d.get(IndexFields.FILE)));
        }
      }
    }
    return out;
  }
}
