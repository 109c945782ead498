package io.crosscheck.load;

import java.util.Arrays;

/**
 * Builds an article's analysed text from pieces of a marked-up file and remembers, for every
 * piece, where in the file it came from (the segments of a {@link SourceMap}).
 *
 * <p>White space inside a piece collapses to one space; no space is written at the start of a
 * paragraph or before a break. Paragraphs are separated by a blank line, as the extractors expect.
 */
final class TextBuilder {
  private final String source;
  private final StringBuilder sb;
  private int[] textStart = new int[64];
  private int[] fileStart = new int[64];
  private int segments;
  /** File offset of the last character written, or -1. */
  private int lastFile = -1;
  private boolean pendingSpace;
  private int pendingSpaceFile;

  /** {@code source} is the whole decoded file: offsets given to this builder index into it. */
  TextBuilder(String source) {
    this.source = source;
    this.sb = new StringBuilder(Math.min(source.length(), 1 << 20));
  }

  int length() {
    return sb.length();
  }

  /** One character that stands at {@code fileOffset} in the file. */
  private void put(char c, int fileOffset) {
    if (segments == 0 || fileOffset != lastFile + 1) {
      int at = sb.length();
      if (segments > 0 && textStart[segments - 1] == at) {
        segments--;
      }
      if (segments == textStart.length) {
        textStart = Arrays.copyOf(textStart, segments * 2);
        fileStart = Arrays.copyOf(fileStart, segments * 2);
      }
      textStart[segments] = at;
      fileStart[segments] = fileOffset;
      segments++;
    }
    sb.append(c);
    lastFile = fileOffset;
  }

  /** A character of article text; white space is collapsed. */
  void text(char c, int fileOffset) {
    if (Character.isWhitespace(c)) {
      if (!pendingSpace) {
        pendingSpace = true;
        pendingSpaceFile = fileOffset;
      }
      return;
    }
    if (pendingSpace) {
      pendingSpace = false;
      if (sb.length() > 0 && !Character.isWhitespace(sb.charAt(sb.length() - 1))) {
        put(' ', pendingSpaceFile);
      }
    }
    put(c, fileOffset);
  }

  /** A space between words that has no character of its own in the file (a soft line break). */
  void space() {
    if (!pendingSpace) {
      pendingSpace = true;
      pendingSpaceFile = lastFile + 1;
    }
  }

  /** Ends the current line but not the paragraph (a hard line break, {@code <br>}). */
  void lineBreak() {
    pendingSpace = false;
    if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
      put('\n', lastFile + 1);
    }
  }

  /** Ends the current paragraph: the text gets a blank line unless it has one already. */
  void paragraphBreak() {
    pendingSpace = false;
    int n = sb.length();
    if (n == 0 || (n >= 2 && sb.charAt(n - 1) == '\n' && sb.charAt(n - 2) == '\n')) {
      return;
    }
    if (sb.charAt(n - 1) != '\n') {
      put('\n', lastFile + 1);
    }
    put('\n', lastFile + 1);
  }

  /**
   * Appends {@code literal}, the decoded form of {@code source[from, to)} (entities decoded,
   * backslash escapes removed), mapping each character to where it stands in the source. The
   * alignment is greedy and linear: equal characters match; an entity ({@code &amp;},
   * {@code &#8220;}) or a backslash escape in the source is skipped over; anything else maps to the
   * current source position.
   */
  void mapped(String literal, int from, int to) {
    int j = from;
    int n = literal.length();
    for (int i = 0; i < n; i++) {
      char c = literal.charAt(i);
      if (j >= to) {
        text(c, Math.max(from, to - 1));
        continue;
      }
      char s = source.charAt(j);
      boolean literalAmpersand = c == '&' && i + 1 < n && j + 1 < to && literal.charAt(i + 1) == source.charAt(j + 1);
      if (s == '&' && j + 1 < to && !literalAmpersand) {
        int end = entityEnd(j, to);
        if (end > 0) {
          text(c, j);
          // an entity may decode to two chars (a surrogate pair): both map to the '&'
          if (i + 1 < n && Character.isHighSurrogate(c)) {
            text(literal.charAt(++i), j);
          }
          j = end;
          continue;
        }
      }
      if (s == c) {
        text(c, j++);
        continue;
      }
      if (s == '\\' && j + 1 < to && source.charAt(j + 1) == c) {
        text(c, j + 1);
        j += 2;
        continue;
      }
      // look a little ahead for the character (markup the literal left out), else stay put
      int k = j + 1;
      int limit = Math.min(to, j + 16);
      while (k < limit && source.charAt(k) != c) {
        k++;
      }
      if (k < limit) {
        text(c, k);
        j = k + 1;
      } else {
        text(c, j++);
      }
    }
  }

  /** The end of a character reference starting at {@code at} ('&'), or -1 if none is there. */
  private int entityEnd(int at, int to) {
    int k = at + 1;
    int limit = Math.min(to, at + 40);
    if (k < limit && source.charAt(k) == '#') {
      k++;
      if (k < limit && (source.charAt(k) == 'x' || source.charAt(k) == 'X')) {
        k++;
      }
      int digits = k;
      while (k < limit && Character.isLetterOrDigit(source.charAt(k))) {
        k++;
      }
      if (k == digits) {
        return -1;
      }
      return k < to && source.charAt(k) == ';' ? k + 1 : k;
    }
    int name = k;
    while (k < limit && isAsciiAlnum(source.charAt(k))) {
      k++;
    }
    if (k == name) {
      return -1;
    }
    if (k < to && source.charAt(k) == ';') {
      return k + 1;
    }
    // legacy entities a browser decodes without the semicolon
    String word = source.substring(name, k);
    return switch (word) {
      case "amp", "lt", "gt", "quot", "nbsp", "copy", "reg" -> k;
      default -> -1;
    };
  }

  private static boolean isAsciiAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /** Text with no place of its own in the file: it maps to just after the last character. */
  void follow(String literal) {
    for (int i = 0; i < literal.length(); i++) {
      text(literal.charAt(i), lastFile + 1);
    }
  }

  /** The text written from {@code from} on. */
  String substring(int from) {
    return sb.substring(Math.min(from, sb.length()));
  }

  /** The text written so far, with trailing breaks removed. */
  String text() {
    int n = sb.length();
    while (n > 0 && sb.charAt(n - 1) == '\n') {
      n--;
    }
    sb.setLength(n);
    return sb.toString();
  }

  /** The source map of {@link #text()} over the file's line starts. */
  SourceMap map(int[] lineStarts) {
    if (segments == 0 || textStart[0] != 0) {
      return SourceMap.segments(lineStarts, new int[] {0}, new int[] {0});
    }
    return SourceMap.segments(lineStarts, Arrays.copyOf(textStart, segments), Arrays.copyOf(fileStart, segments));
  }
}
