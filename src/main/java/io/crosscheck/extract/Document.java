package io.crosscheck.extract;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import io.crosscheck.load.Article;
import io.crosscheck.load.Position;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * An article split into paragraphs and sentences, shared by every extractor.
 *
 * <p>A paragraph is a run of non-blank lines. Sentences come from ICU's sentence break iterator
 * with the standard abbreviation exceptions ("Mr.", "U.S.", "Jan."), never across paragraphs.
 */
public final class Document {
  /** A sentence: text offsets {@code [start, end)} and its paragraph's index. */
  public record Sentence(int start, int end, int paragraph) {}

  /** A paragraph: text offsets {@code [start, end)}. */
  public record Paragraph(int start, int end) {}

  private static final ULocale SENTENCES = new ULocale("en@ss=standard");
  /** Building the iterator (with its abbreviation exceptions) costs more than using it: one per thread. */
  private static final ThreadLocal<BreakIterator> BREAKS =
      ThreadLocal.withInitial(() -> BreakIterator.getSentenceInstance(SENTENCES));

  private final Article article;
  private final String text;
  private final List<Paragraph> paragraphs;
  private final List<Sentence> sentences;
  private final ConcurrentHashMap<Class<?>, Object> memo = new ConcurrentHashMap<>();

  public Document(Article article) {
    this.article = article;
    this.text = article.text();
    this.paragraphs = splitParagraphs(text);
    this.sentences = splitSentences(text, paragraphs);
  }

  public Article article() {
    return article;
  }

  public String text() {
    return text;
  }

  public List<Paragraph> paragraphs() {
    return paragraphs;
  }

  public List<Sentence> sentences() {
    return sentences;
  }

  public String text(Sentence s) {
    return text.substring(s.start(), s.end());
  }

  public String text(Paragraph p) {
    return text.substring(p.start(), p.end());
  }

  /** The sentence holding a text offset (the last one when past the end). */
  public Sentence sentenceAt(int offset) {
    return sentences.get(sentenceIndexAt(offset));
  }

  public Paragraph paragraphOf(Sentence s) {
    return paragraphs.get(s.paragraph());
  }

  /** The index of the sentence holding a text offset (the last one when past the end). */
  public int sentenceIndexAt(int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (sentences.get(mid).start() <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /**
   * A value computed once per document and shared by the extractors (an index of the article's
   * numbers, dates or events), keyed by its type. {@code compute} must not call {@code memo} for
   * the same type.
   */
  <T> T memo(Class<T> type, Function<Document, T> compute) {
    Object v = memo.get(type);
    if (v == null) {
      v = compute.apply(this);
      Object prev = memo.putIfAbsent(type, v);
      if (prev != null) {
        v = prev;
      }
    }
    return type.cast(v);
  }

  /**
   * A claim at text offsets {@code [start, end)}, with its position and sentence filled in; the
   * value as written is the text there.
   */
  public Claim claim(
      ClaimKind kind, String subject, String attribute, int start, int end, ClaimValue value, EventContext event) {
    Position p = article.position(start);
    Sentence s = sentenceAt(start);
    String sentence = text.substring(s.start(), Math.max(s.end(), Math.min(text.length(), end))).strip();
    return new Claim(
        "", article.id(), kind, subject, attribute, text.substring(start, end), value, start, end, p.line(), p.column(),
        sentence, event);
  }

  private static List<Paragraph> splitParagraphs(String text) {
    List<Paragraph> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      while (i < n && isLineBreak(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !isLineBreak(text.charAt(i))) {
        i++;
      }
      int end = i;
      while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      int s = start;
      while (s < end && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      if (end > s) {
        out.add(new Paragraph(s, end));
      }
    }
    if (out.isEmpty()) {
      out.add(new Paragraph(0, 0));
    }
    return Collections.unmodifiableList(out);
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
  }

  /**
   * True when ICU could only find one sentence in the paragraph: no sentence terminator (full
   * stop, question or exclamation mark, or any other character of the Unicode sentence-break
   * classes ATerm, STerm and Sep) stands before its last character (paragraphs end on a
   * non-space). Many paragraphs of news are one sentence without an inner full stop; they skip
   * the break iterator.
   */
  private static boolean oneSentence(String text, Paragraph para) {
    int last = para.end() - 1;
    for (int i = para.start(); i < last; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        if (c == '.' || c == '!' || c == '?') {
          return false;
        }
      } else {
        int cp = text.codePointAt(i);
        int sb = UCharacter.getIntPropertyValue(cp, UProperty.SENTENCE_BREAK);
        if (sb == UCharacter.SentenceBreak.ATERM || sb == UCharacter.SentenceBreak.STERM
            || sb == UCharacter.SentenceBreak.SEP) {
          return false;
        }
      }
    }
    return true;
  }

  private static List<Sentence> splitSentences(String text, List<Paragraph> paragraphs) {
    List<Sentence> out = new ArrayList<>();
    BreakIterator it = BREAKS.get();
    for (int p = 0; p < paragraphs.size(); p++) {
      Paragraph para = paragraphs.get(p);
      if (para.end() == para.start()) {
        out.add(new Sentence(para.start(), para.end(), p));
        continue;
      }
      if (oneSentence(text, para)) {
        out.add(new Sentence(para.start(), para.end(), p));
        continue;
      }
      it.setText(text.substring(para.start(), para.end()));
      int start = it.first();
      for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
        int s = para.start() + start;
        int e = para.start() + end;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
          e--;
        }
        if (e > s) {
          out.add(new Sentence(s, e, p));
        }
      }
    }
    return Collections.unmodifiableList(out);
  }
}
