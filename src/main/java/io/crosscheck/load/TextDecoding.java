package io.crosscheck.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into text, or says in one line why they are not text.
 *
 * <ul>
 *   <li>A byte order mark picks the encoding: UTF-8, UTF-16 LE or UTF-16 BE (the mark itself is
 *       dropped, so columns count from the first visible character).
 *   <li>Known binary signatures (PNG, JPEG, GIF, PDF, ZIP and the office formats built on it, gzip)
 *       and NUL bytes mean "not text".
 *   <li>Otherwise the bytes must be UTF-8. Bytes that are not UTF-8 but read as plausible
 *       Windows-1252 text (no control bytes, no byte that Windows-1252 leaves undefined) are
 *       decoded as Windows-1252 with a note; anything else is an error naming the byte offset of
 *       the first bad sequence.
 * </ul>
 */
final class TextDecoding {
  /** The decoded text (never null when {@code error} is null), a note, or the reason it is not text. */
  record Result(String text, String note, String error) {
    static Result ok(String text, String note) {
      return new Result(text, note, null);
    }

    static Result fail(String error) {
      return new Result(null, null, error);
    }
  }

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoding() {}

  static Result decode(byte[] b) {
    if (starts(b, 0xFF, 0xFE, 0, 0)) {
      return Result.fail("UTF-32 text is not supported (save it as UTF-8)");
    }
    if (utf8Bom(b) > 0) {
      return utf8(b, utf8Bom(b));
    }
    if (starts(b, 0xFF, 0xFE)) {
      return utf16(b, StandardCharsets.UTF_16LE, "UTF-16 LE");
    }
    if (starts(b, 0xFE, 0xFF)) {
      return utf16(b, StandardCharsets.UTF_16BE, "UTF-16 BE");
    }
    String kind = signature(b);
    if (kind != null) {
      return Result.fail("binary file (" + kind + "), not text");
    }
    return utf8(b, 0);
  }

  /** The length of the UTF-8 byte order mark {@code b} starts with: 3, or 0 when there is none. */
  static int utf8Bom(byte[] b) {
    return starts(b, 0xEF, 0xBB, 0xBF) ? 3 : 0;
  }

  /**
   * Why text starting with {@code head} cannot be read as UTF-8 lines (a UTF-16 or UTF-32 byte
   * order mark, a known binary format), or null.
   */
  static String notUtf8(byte[] head) {
    if (starts(head, 0xFF, 0xFE) || starts(head, 0xFE, 0xFF)) {
      return "UTF-16 or UTF-32 text; a JSON Lines file this large is read only as UTF-8 (save it as UTF-8)";
    }
    String kind = signature(head);
    return kind == null ? null : "binary file (" + kind + "), not text";
  }

  private static Result utf8(byte[] b, int from) {
    int nul = indexOf(b, from, (byte) 0);
    if (nul >= 0) {
      return Result.fail("binary file (NUL byte at offset " + nul + "), not text");
    }
    int bad = firstInvalidUtf8(b, from);
    if (bad < 0) {
      return Result.ok(new String(b, from, b.length - from, StandardCharsets.UTF_8), null);
    }
    if (from == 0 && plausibleWindows1252(b)) {
      return Result.ok(new String(b, WINDOWS_1252),
          "not UTF-8 (byte 0x" + hex(b[bad]) + " at offset " + bad + "); read as Windows-1252");
    }
    return Result.fail("not valid UTF-8 text (bad byte 0x" + hex(b[bad]) + " at byte offset " + bad + ")");
  }

  private static Result utf16(byte[] b, Charset cs, String name) {
    if ((b.length & 1) != 0) {
      return Result.fail("not valid " + name + " text (odd number of bytes)");
    }
    CharsetDecoder d = cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer out;
    try {
      out = d.decode(ByteBuffer.wrap(b, 2, b.length - 2));
    } catch (CharacterCodingException e) {
      return Result.fail("not valid " + name + " text (unpaired surrogate)");
    }
    for (int i = 0; i < out.length(); i++) {
      if (out.charAt(i) == 0) {
        return Result.fail("binary file (NUL character at offset " + (2 + 2 * i) + "), not text");
      }
    }
    return Result.ok(out.toString(), null);
  }

  /** The kind of a known binary format from its first bytes, or null. */
  static String signature(byte[] b) {
    if (starts(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return "PNG image";
    }
    if (starts(b, 0xFF, 0xD8, 0xFF)) {
      return "JPEG image";
    }
    if (starts(b, 'G', 'I', 'F', '8')) {
      return "GIF image";
    }
    if (starts(b, '%', 'P', 'D', 'F', '-')) {
      return "PDF document";
    }
    if (starts(b, 'P', 'K', 3, 4) || starts(b, 'P', 'K', 5, 6) || starts(b, 'P', 'K', 7, 8)) {
      return "ZIP archive, or a .docx/.epub/.odt built on one";
    }
    if (starts(b, 0x1F, 0x8B)) {
      return "gzip archive";
    }
    if (starts(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
      return "old Microsoft Office document";
    }
    if (starts(b, 0x7F, 'E', 'L', 'F')) {
      return "executable";
    }
    return null;
  }

  private static boolean starts(byte[] b, int... sig) {
    if (b.length < sig.length) {
      return false;
    }
    for (int i = 0; i < sig.length; i++) {
      if ((b[i] & 0xFF) != sig[i]) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] b, int from, byte v) {
    return indexOf(b, from, b.length, v);
  }

  /** The first index of {@code v} in {@code b[from, to)}, or -1. */
  static int indexOf(byte[] b, int from, int to, byte v) {
    for (int i = from; i < to; i++) {
      if (b[i] == v) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The offset of the first byte that does not start a well-formed UTF-8 sequence (overlong forms,
   * surrogates and code points past U+10FFFF are ill-formed), or -1 when all of it is UTF-8.
   */
  static int firstInvalidUtf8(byte[] b, int from) {
    return firstInvalidUtf8(b, from, b.length);
  }

  /** {@link #firstInvalidUtf8(byte[], int)} for the bytes {@code [from, to)}. */
  static int firstInvalidUtf8(byte[] b, int from, int to) {
    int i = from;
    int n = to;
    while (i < n) {
      int c = b[i];
      if (c >= 0) {
        i++;
        continue;
      }
      c &= 0xFF;
      if (c >= 0xC2 && c <= 0xDF) {
        if (i + 1 >= n || !cont(b[i + 1])) {
          return i;
        }
        i += 2;
      } else if (c >= 0xE0 && c <= 0xEF) {
        if (i + 2 >= n || !cont(b[i + 1]) || !cont(b[i + 2])) {
          return i;
        }
        int c1 = b[i + 1] & 0xFF;
        if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 > 0x9F)) {
          return i;
        }
        i += 3;
      } else if (c >= 0xF0 && c <= 0xF4) {
        if (i + 3 >= n || !cont(b[i + 1]) || !cont(b[i + 2]) || !cont(b[i + 3])) {
          return i;
        }
        int c1 = b[i + 1] & 0xFF;
        if ((c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 > 0x8F)) {
          return i;
        }
        i += 4;
      } else {
        return i;
      }
    }
    return -1;
  }

  private static boolean cont(byte x) {
    return (x & 0xC0) == 0x80;
  }

  /**
   * Whether bytes that are not UTF-8 look like Windows-1252 prose: no control bytes other than tab,
   * line feed, form feed and carriage return, no byte Windows-1252 leaves undefined (0x81, 0x8D,
   * 0x8F, 0x90, 0x9D), and at most one byte in five outside ASCII.
   */
  static boolean plausibleWindows1252(byte[] b) {
    long high = 0;
    for (byte x : b) {
      int c = x & 0xFF;
      if (c < 0x20) {
        if (c != '\t' && c != '\n' && c != '\r' && c != '\f') {
          return false;
        }
      } else if (c == 0x7F || c == 0x81 || c == 0x8D || c == 0x8F || c == 0x90 || c == 0x9D) {
        return false;
      } else if (c >= 0x80) {
        high++;
      }
    }
    return high * 5 <= b.length;
  }

  static String hex(byte x) {
    return String.format(java.util.Locale.ROOT, "%02X", x & 0xFF);
  }
}
