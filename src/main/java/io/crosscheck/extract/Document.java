package io.crosscheck.extract;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.impl.ICUData;
import com.ibm.icu.impl.ICUResourceBundle;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.BytesTrie;
import com.ibm.icu.util.CharsTrie;
import com.ibm.icu.util.CharsTrieBuilder;
import com.ibm.icu.util.StringTrieBuilder;
import com.ibm.icu.util.ULocale;
import io.crosscheck.load.Article;
import io.crosscheck.load.Position;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
  /**
   * The text's chars, copied once: walking an array is faster than {@code String.charAt} on text
   * outside Latin-1 (most news text, with its curly quotes). Sentence splitting and the name scan read it.
   */
  private final char[] chars;
  private final List<Paragraph> paragraphs;
  private final List<Sentence> sentences;
  /** The start of each sentence, for {@link #sentenceIndexAt}'s binary search. */
  private final int[] sentenceStarts;
  private final ConcurrentHashMap<Class<?>, Object> memo = new ConcurrentHashMap<>();

  public Document(Article article) {
    this.article = article;
    this.text = article.text();
    this.chars = text.toCharArray();
    List<Paragraph> paragraphs = new ArrayList<>(text.length() / 256 + 4);
    List<Sentence> sentences = new ArrayList<>(text.length() / 96 + 4);
    split(text, chars, paragraphs, sentences);
    this.paragraphs = Collections.unmodifiableList(paragraphs);
    this.sentences = Collections.unmodifiableList(sentences);
    this.sentenceStarts = new int[sentences.size()];
    for (int i = 0; i < sentenceStarts.length; i++) {
      sentenceStarts[i] = sentences.get(i).start();
    }
  }

  public Article article() {
    return article;
  }

  public String text() {
    return text;
  }

  /** {@link #text()}'s chars; shared, not to be written to. */
  char[] chars() {
    return chars;
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
    int hi = sentenceStarts.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (sentenceStarts[mid] <= offset) {
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
   * Splits {@code text} into paragraphs and each paragraph into sentences, in one walk over the
   * text. A paragraph where no sentence terminator (full stop, question or exclamation mark, or any
   * other character of the Unicode sentence-break classes ATerm, STerm and Sep) stands before its
   * last character (paragraphs end on a non-space) is one sentence for ICU too; many paragraphs of
   * news are. Others are split by {@link #splitCommon} from their first terminator on, or by ICU's
   * iterator when they hold something unusual.
   */
  private static void split(String text, char[] chars, List<Paragraph> paragraphs, List<Sentence> sentences) {
    Abbreviations abbreviations = null;
    int i = 0;
    int n = chars.length;
    while (i < n) {
      while (i < n && isLineBreak(chars[i])) {
        i++;
      }
      int start = i;
      int firstTerminator = -1;
      for (; i < n; i++) {
        byte k = PARAGRAPH_CLASS[chars[i]];
        if (k == OTHER) {
          continue;
        }
        if (k == HIGH_SURROGATE) {
          k = isTerminator(text.codePointAt(i)) ? TERMINATOR : OTHER;
        }
        if (k == LINE_BREAK) {
          break;
        }
        if (k == TERMINATOR && firstTerminator < 0) {
          firstTerminator = i;
        }
      }
      int end = i;
      while (end > start && Character.isWhitespace(chars[end - 1])) {
        end--;
      }
      int s = start;
      while (s < end && Character.isWhitespace(chars[s])) {
        s++;
      }
      if (end > s) {
        int p = paragraphs.size();
        paragraphs.add(new Paragraph(s, end));
        if (firstTerminator < 0 || firstTerminator >= end - 1) {
          sentences.add(new Sentence(s, end, p));
          continue;
        }
        if (abbreviations == null) {
          abbreviations = new Abbreviations();
        }
        if (!splitCommon(chars, s, end, firstTerminator, p, sentences, abbreviations)) {
          splitWithIcu(text, chars, s, end, p, sentences);
        }
      }
    }
    if (paragraphs.isEmpty()) {
      paragraphs.add(new Paragraph(0, 0));
      sentences.add(new Sentence(0, 0, 0));
    }
  }

  private static final byte OTHER = 0;
  private static final byte LINE_BREAK = 1;
  private static final byte TERMINATOR = 2;
  private static final byte HIGH_SURROGATE = 3;

  /**
   * The class of each UTF-16 unit for finding paragraphs: a line break, a sentence terminator, a
   * high surrogate (classed by the code point it starts; the low surrogate after it is other) or
   * other.
   */
  private static final byte[] PARAGRAPH_CLASS = new byte[0x10000];

  private static boolean isTerminator(int cp) {
    int sb = UCharacter.getIntPropertyValue(cp, UProperty.SENTENCE_BREAK);
    return sb == UCharacter.SentenceBreak.ATERM || sb == UCharacter.SentenceBreak.STERM
        || sb == UCharacter.SentenceBreak.SEP;
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
  }

  /** Adds the sentences ICU's iterator finds in the paragraph {@code [start, end)}. */
  private static void splitWithIcu(String text, char[] chars, int start, int end, int paragraph, List<Sentence> out) {
    BreakIterator it = BREAKS.get();
    it.setText(text.substring(start, end));
    int from = it.first();
    for (int to = it.next(); to != BreakIterator.DONE; from = to, to = it.next()) {
      addSentence(chars, start + from, start + to, paragraph, out);
    }
  }

  /** Adds the sentence {@code [start, end)} without its trailing white space, unless nothing is left. */
  private static void addSentence(char[] text, int start, int end, int paragraph, List<Sentence> out) {
    while (end > start && Character.isWhitespace(text[end - 1])) {
      end--;
    }
    if (end > start) {
      out.add(new Sentence(start, end, paragraph));
    }
  }

  /**
   * Splits the paragraph {@code [start, end)} of {@code text} into sentences exactly where ICU's
   * filtered iterator would, without it, when the paragraph is common prose; returns false, having
   * added nothing to {@code out}, when it holds anything else.
   *
   * <p>The rules are those of Unicode's sentence breaks (UAX #29, SB6 to SB11) as ICU writes them:
   * after a terminator, its closing quotes and brackets ({@code Close*}) and spaces ({@code Sp*}),
   * there is no break before another terminator or a continuing comma or dash (SB8a); after a full
   * stop, none before a digit or, between letters, an upper-case letter directly after it ("3.5",
   * "U.S", SB6 and SB7), nor when the next letter after any non-letters is lower-case ("U.S.
   * officials", SB8); otherwise the sentence ends after the spaces, unless the word before the stop
   * is one of ICU's abbreviations ({@link Abbreviations}). Left to ICU: characters that extend or
   * format others (combining marks, soft hyphens), separators inside the paragraph, surrogate pairs,
   * and a terminator followed directly by a letter it would break before ("Yahoo!News"). The walk
   * starts at {@code scan}, with no terminator and nothing left to ICU before it.
   */
  static boolean splitCommon(char[] text, int start, int end, int scan, int paragraph, List<Sentence> out,
      Abbreviations abbreviations) {
    int mark = out.size();
    int from = start;
    int i = scan;
    while (i < end) {
      byte k = SENTENCE_BREAK[text[i]];
      if (k == UNSURE) {
        return undo(out, mark);
      }
      if (k != ATERM && k != STERM) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < end && SENTENCE_BREAK[text[j]] == CLOSE) {
        j++;
      }
      int closed = j;
      while (j < end && SENTENCE_BREAK[text[j]] == SP) {
        j++;
      }
      if (j == end) {
        break;
      }
      byte next = SENTENCE_BREAK[text[j]];
      if (next == UNSURE) {
        return undo(out, mark);
      }
      if (next == SCONTINUE || next == ATERM || next == STERM) {
        i = j;
        continue;
      }
      if (k == ATERM) {
        if (j == i + 1 && (next == NUMERIC
            || next == UPPER && i > start && isCased(SENTENCE_BREAK[text[i - 1]]))) {
          i = j;
          continue;
        }
        int letter = firstLetter(text, j, end);
        if (letter < 0) {
          return undo(out, mark);
        }
        if (letter < end && SENTENCE_BREAK[text[letter]] == LOWER) {
          i = j;
          continue;
        }
      }
      if (j == closed) {
        return undo(out, mark);
      }
      if (!abbreviations.suppress(text, start, end, j)) {
        addSentence(text, from, j, paragraph, out);
        from = j;
      }
      i = j;
    }
    addSentence(text, from, end, paragraph, out);
    return true;
  }

  /** Removes what {@link #splitCommon} added to {@code out} and returns false. */
  private static boolean undo(List<Sentence> out, int mark) {
    out.subList(mark, out.size()).clear();
    return false;
  }

  /**
   * The offset of the first letter or terminator at or after {@code from} (rule SB8 looks past
   * everything else for a lower-case letter), {@code end} when there is none, -1 when a character
   * on the way is left to ICU.
   */
  private static int firstLetter(char[] text, int from, int end) {
    for (int m = from; m < end; m++) {
      byte c = SENTENCE_BREAK[text[m]];
      if (c == UNSURE) {
        return -1;
      }
      if (c == OLETTER || isCased(c) || c == ATERM || c == STERM) {
        return m;
      }
    }
    return end;
  }

  private static boolean isCased(byte sentenceBreak) {
    return sentenceBreak == UPPER || sentenceBreak == LOWER;
  }

  private static final byte UNSURE = -1;
  private static final byte ATERM = (byte) UCharacter.SentenceBreak.ATERM;
  private static final byte STERM = (byte) UCharacter.SentenceBreak.STERM;
  private static final byte CLOSE = (byte) UCharacter.SentenceBreak.CLOSE;
  private static final byte SP = (byte) UCharacter.SentenceBreak.SP;
  private static final byte SCONTINUE = (byte) UCharacter.SentenceBreak.SCONTINUE;
  private static final byte NUMERIC = (byte) UCharacter.SentenceBreak.NUMERIC;
  private static final byte UPPER = (byte) UCharacter.SentenceBreak.UPPER;
  private static final byte LOWER = (byte) UCharacter.SentenceBreak.LOWER;
  private static final byte OLETTER = (byte) UCharacter.SentenceBreak.OLETTER;

  /**
   * The Unicode sentence-break class of every UTF-16 unit, {@link #UNSURE} for those
   * {@link #splitCommon} leaves to ICU: surrogates, separators, and characters that extend or
   * format the one before them.
   */
  private static final byte[] SENTENCE_BREAK = new byte[0x10000];

  static {
    for (int c = 0; c < 0x10000; c++) {
      int sb = UCharacter.getIntPropertyValue(c, UProperty.SENTENCE_BREAK);
      boolean unsure = Character.isSurrogate((char) c) || sb == UCharacter.SentenceBreak.EXTEND
          || sb == UCharacter.SentenceBreak.FORMAT || sb == UCharacter.SentenceBreak.SEP
          || sb == UCharacter.SentenceBreak.CR || sb == UCharacter.SentenceBreak.LF;
      SENTENCE_BREAK[c] = unsure ? UNSURE : (byte) sb;
      if (isLineBreak((char) c)) {
        PARAGRAPH_CLASS[c] = LINE_BREAK;
      } else if (Character.isHighSurrogate((char) c)) {
        PARAGRAPH_CLASS[c] = HIGH_SURROGATE;
      } else if (!Character.isSurrogate((char) c) && (sb == UCharacter.SentenceBreak.ATERM
          || sb == UCharacter.SentenceBreak.STERM || sb == UCharacter.SentenceBreak.SEP)) {
        PARAGRAPH_CLASS[c] = TERMINATOR;
      }
    }
  }

  /**
   * ICU's abbreviation filter ({@code ss=standard}): no sentence break after "Mr. " or "Jan. ",
   * the exceptions ICU keeps for the language of {@link #SENTENCES}, read from ICU's own data and
   * arranged as ICU arranges them. A word is matched backwards from the full stop (skipping one
   * space after it), with no regard for where it starts; an abbreviation with a full stop inside
   * ("U.S.", "Ph.D.") is matched by its first part backwards ("U.") and then as a whole forwards
   * from there. One per document: the tries keep state while matching.
   */
  static final class Abbreviations {
    private static final int PARTIAL = 1;
    private static final int MATCH = 2;
    private static final CharSequence BACKWARD;
    private static final CharSequence FORWARD;

    static {
      ICUResourceBundle data = ICUResourceBundle.getBundleInstance(
          ICUData.ICU_BRKITR_BASE_NAME, new ULocale(SENTENCES.getBaseName()), ICUResourceBundle.OpenType.LOCALE_ROOT);
      ICUResourceBundle list = data.findWithFallback("exceptions/SentenceBreak");
      Set<String> words = new LinkedHashSet<>();
      for (int i = 0; list != null && i < list.getSize(); i++) {
        words.add(list.getString(i));
      }
      Set<String> firstParts = new LinkedHashSet<>();
      for (String w : words) {
        int dot = w.indexOf('.');
        if (dot >= 0 && dot + 1 < w.length()) {
          firstParts.add(w.substring(0, dot + 1));
        }
      }
      CharsTrieBuilder backward = new CharsTrieBuilder();
      CharsTrieBuilder forward = new CharsTrieBuilder();
      boolean anyBackward = false;
      boolean anyForward = false;
      for (String part : firstParts) {
        backward.add(new StringBuilder(part).reverse(), PARTIAL);
        anyBackward = true;
      }
      for (String w : words) {
        int dot = w.indexOf('.');
        if (dot >= 0 && firstParts.contains(w.substring(0, dot + 1))) {
          forward.add(w, MATCH);
          anyForward = true;
        } else {
          backward.add(new StringBuilder(w).reverse(), MATCH);
          anyBackward = true;
        }
      }
      BACKWARD = anyBackward ? backward.buildCharSequence(StringTrieBuilder.Option.FAST) : null;
      FORWARD = anyForward ? forward.buildCharSequence(StringTrieBuilder.Option.FAST) : null;
    }

    private final CharsTrie backward = BACKWARD == null ? null : new CharsTrie(BACKWARD, 0);
    private final CharsTrie forward = FORWARD == null ? null : new CharsTrie(FORWARD, 0);

    /** Whether ICU drops the break at {@code at} in the paragraph {@code [start, end)}. */
    boolean suppress(char[] text, int start, int end, int at) {
      if (backward == null) {
        return false;
      }
      int i = at - 1;
      if (text[i] == ' ') {
        i--;
      }
      backward.reset();
      int best = -1;
      int value = 0;
      for (; i >= start; i--) {
        BytesTrie.Result r = backward.next(text[i]);
        if (r.hasValue()) {
          best = i;
          value = backward.getValue();
        }
        if (!r.hasNext()) {
          break;
        }
      }
      if (best < 0 || value != MATCH && (value != PARTIAL || forward == null)) {
        return false;
      }
      if (value == MATCH) {
        return true;
      }
      forward.reset();
      BytesTrie.Result r = BytesTrie.Result.INTERMEDIATE_VALUE;
      for (int f = best; f < end; f++) {
        r = forward.next(text[f]);
        if (!r.hasNext()) {
          break;
        }
      }
      return r.matches();
    }
  }
}
