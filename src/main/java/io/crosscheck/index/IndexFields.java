package io.crosscheck.index;

import io.crosscheck.load.Article;
import java.util.Locale;

/** Field names and the small text helpers shared by the writer and the reader of the index. */
final class IndexFields {
  private IndexFields() {}

  /** Written to every commit's user data; a reader refuses an index of another schema. */
  static final String SCHEMA = "crosscheck-index/1";

  static final String SCHEMA_KEY = "crosscheck.schema";
  static final String VERSION_KEY = "crosscheck.version";

  /** "article" or "claim". */
  static final String TYPE = "type";
  static final String TYPE_ARTICLE = "article";
  static final String TYPE_CLAIM = "claim";

  /** The article id, on article and claim documents: the term a changed article is replaced by. */
  static final String ARTICLE = "article";
  static final String STORY = "story";
  /** Publication day (epoch day): a LongPoint for ranges and a stored copy on article documents. */
  static final String PUBLISHED = "published";

  // article documents
  /** The article id again, on article documents only: finds an article's own document. */
  static final String ARTICLE_DOC = "article_doc";
  static final String PATH = "path";
  static final String FILE = "file";
  static final String SOURCE = "source";
  static final String TITLE = "title";
  static final String URL = "url";
  static final String HASH = "hash";
  static final String TEXT = "text";
  static final String LEAD = "lead";
  static final String CLAIM_COUNT = "claims";

  // claim documents
  static final String KIND = "kind";
  static final String ATTRIBUTE = "attribute";
  static final String SUBJECT = "subject";
  /** Lower-cased subject names, canonical and as written (multi-valued). */
  static final String SUBJECT_LC = "subject_lc";
  /** Lower-cased surnames of person-like subjects (multi-valued). */
  static final String SURNAME = "surname";
  static final String KEY = "key";
  static final String EVENT = "event";
  static final String CLAIM = "claim";
  /** Prefix of the stored normalised value fields ("value.unit", "value.min", ...). */
  static final String VALUE_PREFIX = "value.";

  private static final int LEAD_CHARS = 1000;

  /** The headline and the first lines: what similarity search compares. */
  static String lead(Article a) {
    String text = a.text();
    int end = Math.min(text.length(), LEAD_CHARS);
    if (end < text.length()) {
      int space = text.lastIndexOf(' ', end);
      if (space > LEAD_CHARS / 2) {
        end = space;
      }
    }
    String head = text.substring(0, end);
    return a.title() == null ? head : a.title() + "\n" + head;
  }

  static String lower(String s) {
    return s.strip().toLowerCase(Locale.ROOT);
  }

  /**
   * The surname of a person-like name: the last word of two or more capitalised words ("Wendy
   * Sherman" gives "sherman", "Sergei V. Lavrov" gives "lavrov"); "" for one-word or lower-case
   * subjects ("OSCE", "troops").
   */
  static String surname(String subject) {
    String[] words = subject.strip().split("\\s+");
    if (words.length < 2) {
      return "";
    }
    for (String w : words) {
      if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0))) {
        return "";
      }
    }
    String last = words[words.length - 1];
    if (last.endsWith("'s") || last.endsWith("\u2019s")) {
      last = last.substring(0, last.length() - 2);
    }
    last = last.replaceAll("[.,;:]+$", "");
    return last.length() < 2 ? "" : lower(last);
  }
}
