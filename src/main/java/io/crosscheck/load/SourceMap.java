package io.crosscheck.load;

import java.util.Arrays;

/**
 * Maps offsets in an article's analysed text back to line and column in the file as given.
 *
 * <p>Plain text maps one to one. Markdown and HTML keep a list of segments: each segment says
 * that text offsets from {@code textStart[i]} on come from file offsets {@code fileStart[i]} on.
 * Line breaks are CRLF, LF or a lone CR; all three count as one line end.
 */
public final class SourceMap {
  private final int[] lineStarts;
  private final int[] textStart;
  private final int[] fileStart;

  private SourceMap(int[] lineStarts, int[] textStart, int[] fileStart) {
    this.lineStarts = lineStarts;
    this.textStart = textStart;
    this.fileStart = fileStart;
  }

  private SourceMap(String original, int[] textStart, int[] fileStart) {
    this(lineStarts(original), textStart, fileStart);
  }

  /** The text is the file content itself. */
  public static SourceMap identity(String original) {
    return new SourceMap(original, new int[] {0}, new int[] {0});
  }

  /** Segments in increasing text order; {@code textStart[0]} must be 0. */
  public static SourceMap segments(String original, int[] textStart, int[] fileStart) {
    if (textStart.length == 0 || textStart.length != fileStart.length || textStart[0] != 0) {
      throw new IllegalArgumentException("segments must start at text offset 0");
    }
    return new SourceMap(original, textStart.clone(), fileStart.clone());
  }

  /** Segments over line starts computed already (see {@link #lineStarts(String)}); arrays are kept. */
  static SourceMap segments(int[] lineStarts, int[] textStart, int[] fileStart) {
    if (textStart.length == 0 || textStart.length != fileStart.length || textStart[0] != 0) {
      throw new IllegalArgumentException("segments must start at text offset 0");
    }
    return new SourceMap(lineStarts, textStart, fileStart);
  }

  /** The 1-based line holding a file offset. */
  static int lineOf(int[] lineStarts, int fileOffset) {
    int i = Arrays.binarySearch(lineStarts, fileOffset);
    return (i < 0 ? -i - 2 : i) + 1;
  }

  /** The 1-based line and column of a file offset. */
  static Position filePosition(int[] lineStarts, int fileOffset) {
    int line = lineOf(lineStarts, fileOffset);
    return new Position(line, fileOffset - lineStarts[line - 1] + 1);
  }

  /** The file offset a text offset comes from. */
  public int fileOffset(int textOffset) {
    int i = Arrays.binarySearch(textStart, textOffset);
    if (i < 0) {
      i = -i - 2;
    }
    return fileStart[i] + (textOffset - textStart[i]);
  }

  /** Line and column in the file for a text offset. */
  public Position position(int textOffset) {
    return filePosition(lineStarts, Math.max(0, fileOffset(textOffset)));
  }

  /** The offsets where lines start: 0, then after every CRLF, LF or lone CR. */
  static int[] lineStarts(String s) {
    int[] starts = new int[16];
    int n = 0;
    starts[n++] = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
        i++;
      }
      if (c == '\n' || c == '\r') {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    return Arrays.copyOf(starts, n);
  }
}
