package io.crosscheck.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a file so that readers see the old content or the new, never half of it. */
final class AtomicFiles {
  private AtomicFiles() {}

  /** What writes a file's content. */
  @FunctionalInterface
  interface Content {
    void writeTo(Writer out) throws IOException;
  }

  static void write(Path target, String content) throws IOException {
    write(target, out -> out.write(content));
  }

  /**
   * Writes what {@code content} writes, streamed to a temporary file beside the target and then
   * moved over it: a large report is never held in memory as a whole.
   */
  static void write(Path target, Content content) throws IOException {
    Path abs = target.toAbsolutePath();
    Path dir = abs.getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + abs.getFileName(), ".tmp");
    try {
      try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        content.writeTo(out);
      }
      try {
        Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
