package io.crosscheck.extract;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import io.crosscheck.load.Article;
import io.crosscheck.load.Position;
import java.util.ArrayList;
import java.util.BitSet;
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
    BitSet oneSentence = new BitSet();
    this.paragraphs = splitParagraphs(text, oneSentence);
    this.sentences = splitSentences(text, paragraphs, oneSentence);
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

  /**
   * The paragraphs of {@code text}; sets bit {@code p} of {@code oneSentence} when ICU could only
   * find one sentence in paragraph {@code p}: no sentence terminator (full stop, question or
   * exclamation mark, or any other character of the Unicode sentence-break classes ATerm, STerm and
   * Sep) stands before its last character (paragraphs end on a non-space). Many paragraphs of news
   * are one sentence without an inner full stop; they skip the break iterator. One walk over the
   * text finds both.
   */
  private static List<Paragraph> splitParagraphs(String text, BitSet oneSentence) {
    List<Paragraph> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      while (i < n && isLineBreak(text.charAt(i))) {
        i++;
      }
      int start = i;
      int firstTerminator = -1;
      for (char c; i < n; i++) {
        c = text.charAt(i);
        byte k = c < 0x80 ? ASCII_CLASS[c] : nonAsciiClass(text, i, c);
        if (k == LINE_BREAK) {
          break;
        }
        if (k == TERMINATOR && firstTerminator < 0) {
          firstTerminator = i;
        }
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
        if (firstTerminator < 0 || firstTerminator >= end - 1) {
          oneSentence.set(out.size());
        }
        out.add(new Paragraph(s, end));
      }
    }
    if (out.isEmpty()) {
      out.add(new Paragraph(0, 0));
    }
    return Collections.unmodifiableList(out);
  }

  private static final byte OTHER = 0;
  private static final byte LINE_BREAK = 1;
  private static final byte TERMINATOR = 2;

  /** The class of each ASCII character: a line break, a sentence terminator or other. */
  private static final byte[] ASCII_CLASS = new byte[0x80];

  /** The characters outside ASCII that end lines or may end sentences (see {@link #nonAsciiClass}). */
  private static final BitSet NON_ASCII_TERMINATORS = new BitSet(0x10000);

  static {
    ASCII_CLASS['\n'] = LINE_BREAK;
    ASCII_CLASS['\r'] = LINE_BREAK;
    ASCII_CLASS['.'] = TERMINATOR;
    ASCII_CLASS['!'] = TERMINATOR;
    ASCII_CLASS['?'] = TERMINATOR;
    for (int c = 0x80; c < 0x10000; c++) {
      if (!Character.isSurrogate((char) c) && isTerminator(c)) {
        NON_ASCII_TERMINATORS.set(c);
      }
    }
  }

  /**
   * The class of the character {@code c} at {@code i} outside ASCII; a high surrogate is classed
   * by the code point it starts (the low surrogate after it is other).
   */
  private static byte nonAsciiClass(String text, int i, char c) {
    if (c == '\u2028' || c == '\u2029') {
      return LINE_BREAK;
    }
    if (Character.isHighSurrogate(c)) {
      return isTerminator(text.codePointAt(i)) ? TERMINATOR : OTHER;
    }
    return NON_ASCII_TERMINATORS.get(c) ? TERMINATOR : OTHER;
  }

  private static boolean isTerminator(int cp) {
    int sb = UCharacter.getIntPropertyValue(cp, UProperty.SENTENCE_BREAK);
    return sb == UCharacter.SentenceBreak.ATERM || sb == UCharacter.SentenceBreak.STERM
        || sb == UCharacter.SentenceBreak.SEP;
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
  }

  private static List<Sentence> splitSentences(String text, List<Paragraph> paragraphs, BitSet oneSentence) {
    List<Sentence> out = new ArrayList<>();
    BreakIterator it = BREAKS.get();
    for (int p = 0; p < paragraphs.size(); p++) {
      Paragraph para = paragraphs.get(p);
      if (para.end() == para.start() || oneSentence.get(p)) {
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
