package io.crosscheck.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads files and folders into articles. A bad input becomes one {@link ArticleError} line
 * ({@code path: message}, or {@code path:line: message} when a line is to blame); it never ends the
 * run, and every other input is still read.
 *
 * <ul>
 *   <li>{@code .txt}: the whole file is the text; metadata comes from the folder's
 *       {@code manifest.yaml}.
 *   <li>{@code .md}, {@code .markdown}: see {@link MarkdownReader} (front matter, code left out).
 *   <li>{@code .html}, {@code .htm}: see {@link HtmlReader} (the article, not the page around it).
 *   <li>{@code .jsonl}: one JSON object per line with {@code id} and {@code text}.
 * </ul>
 *
 * <p>Bytes are decoded by {@link TextDecoding} (UTF-8, UTF-16 with a byte order mark, or
 * Windows-1252 with a note). Folders are read recursively in sorted order, following symbolic
 * links (a link loop is reported, not followed twice); hidden files and folders and files of other
 * types are skipped with a note. The {@code manifest.yaml} of a folder gives metadata for the
 * files in that folder and overrides what a file says about itself:
 *
 * <pre>
 * story: ukraine-talks-2022        # the default story of every article in the folder
 * articles:
 *   000_cnn.txt:
 *     source: CNN
 *     published: 2022-01-13
 *     title: ...                   # also url, story
 * </pre>
 */
public final class Loader {
  /** The per-folder metadata file. */
  public static final String MANIFEST = "manifest.yaml";

  /** Files larger than this are refused, so one stray video cannot exhaust the memory. */
  static final long MAX_BYTES = 256L << 20;

  private static final Set<String> IGNORED = Set.of(MANIFEST, "crosscheck.yaml");
  private static final String TYPES = ".txt, .md, .markdown, .html, .htm or .jsonl";
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectReader JSON = new ObjectMapper(JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
          .build())
      .reader()
      .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final String STORY_KEY = "\u0000story";

  private final List<Article> articles = new ArrayList<>();
  private final List<ArticleError> errors = new ArrayList<>();
  /** Where each read article goes: {@link #articles}, or the plan of a {@link StoryStream}. */
  private final Sink sink;
  /** JSON Lines files larger than this are read line by line instead of whole. */
  private final long wholeFileLimit;
  private final List<String> notes = new ArrayList<>();
  /** Where each article id was first seen. */
  private final Map<String, String> ids = new HashMap<>();
  private final Set<Path> seenFiles = new HashSet<>();
  private final Map<Path, Map<String, JsonNode>> manifests = new java.util.TreeMap<>();
  private final Set<Path> checkedManifests = new HashSet<>();

  /** Receives each article as it is read, with where it came from. */
  interface Sink {
    void article(Article a, Origin origin);
  }

  /** Where an article was read from, so that it can be read again: see {@link #reread}. */
  sealed interface Origin {}

  /** A whole file (.txt, .md, .html). */
  record FileOrigin(Path file) implements Origin {}

  /** Characters {@code [from, to)} of a JSON Lines file read whole (it is decoded again whole). */
  record LineOrigin(Path file, int from, int to) implements Origin {}

  /** Bytes {@code [offset, offset + length)} of a large JSON Lines file read line by line. */
  record ByteOrigin(Path file, long offset, int length) implements Origin {}

  private Loader(Sink sink, long wholeFileLimit) {
    this.sink = sink == null ? (a, origin) -> articles.add(a) : sink;
    this.wholeFileLimit = wholeFileLimit;
  }

  /** Reads every input into memory. JSON Lines files of any size are read; other files up to 256 MB. */
  public static LoadResult load(List<Path> inputs) {
    return load(inputs, MAX_BYTES);
  }

  static LoadResult load(List<Path> inputs, long wholeFileLimit) {
    Loader l = new Loader(null, wholeFileLimit);
    l.inputs(inputs);
    return new LoadResult(l.articles, l.errors, l.notes);
  }

  /** A loader that hands each article to {@code sink} instead of keeping it. */
  static Loader streaming(Sink sink, long wholeFileLimit) {
    return new Loader(sink, wholeFileLimit);
  }

  void inputs(List<Path> inputs) {
    for (Path p : inputs) {
      input(p);
    }
  }

  List<ArticleError> errors() {
    return errors;
  }

  List<String> notes() {
    return notes;
  }

  private void input(Path p) {
    if (Files.isDirectory(p)) {
      folder(p);
    } else if (Files.isRegularFile(p)) {
      file(p, p.getParent(), true);
    } else if (Files.isSymbolicLink(p)) {
      error(p, "broken symbolic link (its target does not exist)");
    } else if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
      error(p, "not a regular file (a device, pipe or socket)");
    } else {
      error(p, "no such file or folder");
    }
  }

  private void folder(Path dir) {
    List<Path> files = new ArrayList<>();
    try {
      Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
          if (!d.equals(dir) && d.getFileName().toString().startsWith(".")) {
            notes.add(d + ": skipped (hidden folder)");
            return FileVisitResult.SKIP_SUBTREE;
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
          if (attrs.isRegularFile()) {
            files.add(f);
          } else if (attrs.isSymbolicLink()) {
            if (knownType(f)) {
              error(f, "broken symbolic link (its target does not exist)");
            } else {
              notes.add(f + ": skipped (broken symbolic link)");
            }
          } else {
            notes.add(f + ": skipped (not a regular file)");
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path f, IOException e) {
          if (e instanceof FileSystemLoopException) {
            error(f, "symbolic link loop (it leads back to a folder being read); not followed");
          } else {
            error(f, "cannot read: " + describe(e));
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path d, IOException e) {
          if (e != null) {
            error(d, "cannot list folder: " + describe(e));
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      error(dir, "cannot read folder: " + describe(e));
    }
    files.sort(null);
    for (Path f : files) {
      file(f, dir, false);
    }
    for (Map.Entry<Path, Map<String, JsonNode>> m : manifests.entrySet()) {
      if (m.getKey().startsWith(dir) && checkedManifests.add(m.getKey())) {
        for (String name : m.getValue().keySet()) {
          if (!name.equals(STORY_KEY) && !Files.exists(m.getKey().resolve(name))) {
            notes.add(m.getKey().resolve(MANIFEST) + ": '" + name + "' names no file in this folder");
          }
        }
      }
    }
  }

  private static boolean knownType(Path f) {
    return switch (extension(f.getFileName().toString())) {
      case "txt", "md", "markdown", "html", "htm", "jsonl" -> true;
      default -> false;
    };
  }

  private void file(Path f, Path root, boolean named) {
    String name = f.getFileName().toString();
    if (IGNORED.contains(name)) {
      return;
    }
    if (!named && name.startsWith(".")) {
      notes.add(f + ": skipped (hidden file)");
      return;
    }
    if (!knownType(f)) {
      if (named) {
        error(f, "not an article (expected " + TYPES + ")");
      } else {
        notes.add(f + ": skipped (not an article type)");
      }
      return;
    }
    try {
      if (!seenFiles.add(f.toRealPath())) {
        notes.add(f + ": skipped (the same file was read already, through another name)");
        return;
      }
    } catch (IOException e) {
      // reading it will say what is wrong
    }
    boolean jsonl = extension(name).equals("jsonl");
    if (jsonl && sizeOf(f) > wholeFileLimit) {
      largeJsonLines(f);
      return;
    }
    String content = read(f);
    if (content == null) {
      return;
    }
    if (jsonl) {
      jsonLines(f, content);
    } else {
      marked(f, root, parse(f, content), switch (extension(name)) {
        case "md", "markdown" -> "no article text (only front matter, code, images or markup)";
        case "html", "htm" -> "no article text found in the page";
        default -> null;
      });
    }
  }

  /** The article text of a .txt, .md or .html file. */
  private static Parsed parse(Path f, String content) {
    return switch (extension(f.getFileName().toString())) {
      case "md", "markdown" -> MarkdownReader.read(content, f.toString());
      case "html", "htm" -> HtmlReader.read(content, f.toString());
      default -> plain(content);
    };
  }

  private static long sizeOf(Path f) {
    try {
      return Files.size(f);
    } catch (IOException e) {
      return -1; // reading it will say what is wrong
    }
  }

  private static Parsed plain(String content) {
    return new Parsed(content, SourceMap.identity(content), List.of(), Map.of(), Map.of(), List.of(), List.of());
  }

  /** An article from one file, with the folder manifest's metadata over the file's own. */
  private void marked(Path f, Path root, Parsed parsed, String noText) {
    String shown = f.toString();
    for (Parsed.Problem p : parsed.problems()) {
      errors.add(new ArticleError(p.line() > 0 ? shown + ":" + p.line() : shown, p.message()));
    }
    notes.addAll(parsed.notes());
    if (parsed.text().isBlank()) {
      errors.add(new ArticleError(shown, noText == null ? "no text (only white space)" : noText));
      return;
    }
    Map<String, String> meta = new HashMap<>(parsed.meta());
    Map<String, Integer> lines = new HashMap<>(parsed.metaLines());
    Path dir = dirOf(f);
    JsonNode entry = manifest(dir).get(f.getFileName().toString());
    String manifestFile = dir.resolve(MANIFEST).toString();
    if (entry != null && entry.isObject()) {
      for (String key : FrontMatter.KEYS) {
        JsonNode v = entry.get(key);
        if (v != null && !v.isNull() && v.isValueNode()) {
          meta.put(key, v.asText());
          lines.remove(key);
        } else if (v != null && v.isNull()) {
          meta.remove(key);
        }
      }
    }
    if (!meta.containsKey("story")) {
      JsonNode s = manifest(dir).get(STORY_KEY);
      if (s != null && s.isValueNode() && !s.isNull()) {
        meta.put("story", s.asText());
      }
    }
    LocalDate published = null;
    String date = meta.get("published");
    if (date != null) {
      try {
        published = date(date);
      } catch (DateTimeParseException e) {
        Integer line = lines.get("published");
        String where = line != null ? shown + ":" + line : parsed.meta().containsKey("published") ? shown : manifestFile;
        errors.add(new ArticleError(where, (where.equals(manifestFile) ? f.getFileName() + ": " : "")
            + "bad published date '" + date + "' (expected YYYY-MM-DD or an ISO date-time); read without a date"));
      }
    }
    String id = fileId(f, root);
    if (id == null) {
      return;
    }
    ids.put(id, shown);
    sink.article(new Article(id, shown, blankToNull(meta.get("source")), published, meta.get("story"),
        blankToNull(meta.get("title")), blankToNull(meta.get("url")), parsed.text(), parsed.map(),
        parsed.suppressions()), new FileOrigin(f));
  }

  /**
   * The id of a file's article: its name without extension or, when another article has that id
   * already, its path below the folder read without extension, then with it (so two folders'
   * {@code index.html}, or {@code a.md} beside {@code a.html}, both load).
   */
  private String fileId(Path f, Path root) {
    String name = f.getFileName().toString();
    String id = stripExtension(name);
    if (!ids.containsKey(id)) {
      return id;
    }
    String rel = root != null && f.startsWith(root) && !f.equals(root)
        ? root.relativize(f).toString().replace('\\', '/') : name;
    for (String candidate : List.of(stripExtension(rel), rel)) {
      if (!ids.containsKey(candidate)) {
        notes.add(f + ": article id '" + candidate + "' (the id '" + id + "' is taken by " + ids.get(id) + ")");
        return candidate;
      }
    }
    error(f, "duplicate article id '" + id + "' (already used by " + ids.get(id) + "); rename one of them");
    return null;
  }

  private void jsonLines(Path f, String content) {
    String shown = f.toString();
    int n = content.length();
    int lineNo = 0;
    int at = 0;
    while (at < n) {
      lineNo++;
      int end = at;
      while (end < n && content.charAt(end) != '\n' && content.charAt(end) != '\r') {
        end++;
      }
      int next = end < n && content.charAt(end) == '\r' && end + 1 < n && content.charAt(end + 1) == '\n'
          ? end + 2 : end + 1;
      String line = content.substring(at, end);
      if (!line.isBlank()) {
        jsonLine(shown, shown + ":" + lineNo, line, f, new LineOrigin(f, at, end));
      }
      at = next;
    }
  }

  // ---- reading an article again --------------------------------------------------------------

  /** The last JSON Lines file decoded whole by {@link #reread}, and its text. */
  private Path decodedFile;
  private String decodedText;

  /**
   * The article that {@code stub} (its metadata, text left out) stands for, read again from its
   * origin: the same metadata with the text, source map and suppressions read now. Null, after
   * recording why in {@link #errors}, when it cannot be read any more.
   */
  Article reread(Article stub, Origin origin) {
    int errorsBefore = errors.size();
    Parsed parsed = switch (origin) {
      case FileOrigin o -> {
        String content = read(o.file());
        yield content == null ? null : parse(o.file(), content);
      }
      case LineOrigin o -> {
        if (!o.file().equals(decodedFile)) {
          decodedFile = null;
          decodedText = read(o.file()); // one file at a time: its lines are usually asked for in order
          decodedFile = decodedText == null ? null : o.file();
        }
        boolean there = decodedText != null && o.to() <= decodedText.length();
        yield jsonText(there ? decodedText.substring(o.from(), o.to()) : null);
      }
      case ByteOrigin o -> {
        byte[] b = new byte[o.length()];
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(o.file())) {
          java.nio.ByteBuffer bb = java.nio.ByteBuffer.wrap(b);
          while (bb.hasRemaining() && ch.read(bb, o.offset() + bb.position()) >= 0) {
            // read on
          }
        } catch (IOException e) {
          error(o.file(), "cannot read: " + describe(e));
          yield null;
        }
        yield jsonText(lineText(b, 0, b.length));
      }
    };
    if (parsed == null || parsed.text().isBlank()) {
      if (errors.size() == errorsBefore) {
        errors.add(new ArticleError(stub.path(), "changed while being read; skipped (run again)"));
      }
      return null;
    }
    return new Article(stub.id(), stub.path(), stub.source(), stub.published(), stub.story(), stub.title(), stub.url(),
        parsed.text(), parsed.map(), parsed.suppressions());
  }

  /** The "text" of a JSON Lines line as a plain text; null when there is none. */
  private static Parsed jsonText(String line) {
    if (line == null) {
      return null;
    }
    try {
      JsonNode t = JSON.readTree(line).get("text");
      return t != null && t.isTextual() ? plain(t.asText()) : null;
    } catch (JsonProcessingException | RuntimeException e) {
      return null;
    }
  }

  /**
   * A JSON Lines file too large to read whole, read line by line: each line is checked on its own
   * (a bad byte or a NUL costs that line only), so an archive of any size is read in bounded
   * memory. Lines end at a line feed (a carriage return before it is dropped). A UTF-8 byte
   * order mark is skipped; other encodings are refused (JSON Lines is UTF-8).
   */
  private void largeJsonLines(Path f) {
    String shown = f.toString();
    try (InputStream in = Files.newInputStream(f)) {
      byte[] buf = new byte[1 << 20];
      int len = in.readNBytes(buf, 0, buf.length);
      byte[] head = Arrays.copyOf(buf, Math.min(len, 16));
      String refused = TextDecoding.notUtf8(head);
      if (refused != null) {
        error(f, refused);
        return;
      }
      int start = TextDecoding.utf8Bom(head);
      long base = 0; // the file offset of buf[0]
      int scan = start;
      int lineNo = 1;
      boolean eof = len < buf.length;
      boolean skipping = false; // inside a line longer than MAX_BYTES
      while (true) {
        int nl = TextDecoding.indexOf(buf, scan, len, (byte) '\n');
        if (nl >= 0) {
          if (skipping) {
            tooLong(shown, lineNo);
            skipping = false;
          } else {
            byteLine(f, lineNo, buf, start, nl > start && buf[nl - 1] == '\r' ? nl - 1 : nl, base);
          }
          lineNo++;
          start = nl + 1;
          scan = start;
          continue;
        }
        if (eof) {
          if (skipping) {
            tooLong(shown, lineNo);
          } else if (start < len) {
            byteLine(f, lineNo, buf, start, len, base);
          }
          return;
        }
        if (skipping || len - start >= MAX_BYTES) {
          skipping = true;
          start = len; // drop the start of an over-long line
        }
        System.arraycopy(buf, start, buf, 0, len - start);
        base += start;
        len -= start;
        scan = len;
        start = 0;
        if (len == buf.length) {
          buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int n = in.read(buf, len, buf.length - len);
        if (n < 0) {
          eof = true;
        } else {
          len += n;
        }
      }
    } catch (IOException | OutOfMemoryError e) {
      error(f, "cannot read: " + describe(e));
    }
  }

  private void tooLong(String shown, int lineNo) {
    errors.add(new ArticleError(shown + ":" + lineNo, "line longer than " + (MAX_BYTES >> 20) + " MB; skipped"));
  }

  /** One line {@code buf[from, to)} of a large JSON Lines file; {@code base} is the file offset of {@code buf[0]}. */
  private void byteLine(Path f, int lineNo, byte[] buf, int from, int to, long base) {
    String where = f + ":" + lineNo;
    String line = lineText(buf, from, to);
    if (line == null) {
      int nul = TextDecoding.indexOf(buf, from, to, (byte) 0);
      int bad = nul >= 0 ? nul : TextDecoding.firstInvalidUtf8(buf, from, to);
      errors.add(new ArticleError(where, (nul >= 0 ? "a NUL byte" : "bad byte 0x" + TextDecoding.hex(buf[bad]))
          + " at byte offset " + (base + bad) + ", not UTF-8 text; this line is skipped"));
    } else if (!line.isBlank()) {
      jsonLine(f.toString(), where, line, f, new ByteOrigin(f, base + from, to - from));
    }
  }

  /** The UTF-8 text of {@code buf[from, to)}, or null when it holds a NUL or is not UTF-8. */
  private static String lineText(byte[] buf, int from, int to) {
    if (TextDecoding.indexOf(buf, from, to, (byte) 0) >= 0 || TextDecoding.firstInvalidUtf8(buf, from, to) >= 0) {
      return null;
    }
    return new String(buf, from, to - from, StandardCharsets.UTF_8);
  }

  private void jsonLine(String shown, String where, String line, Path f, Origin origin) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      String col = loc != null && loc.getColumnNr() > 0 ? " at column " + loc.getColumnNr() : "";
      errors.add(new ArticleError(where, "not valid JSON" + col + ": " + shorten(firstLine(e.getOriginalMessage()))));
      return;
    }
    if (node == null || !node.isObject()) {
      errors.add(new ArticleError(where, "expected a JSON object with \"id\" and \"text\", found "
          + (node == null ? "nothing" : kind(node))));
      return;
    }
    JsonNode idNode = node.get("id");
    if (idNode == null || idNode.isNull()) {
      errors.add(new ArticleError(where, "no \"id\" (every line needs \"id\" and \"text\")"));
      return;
    }
    if (!idNode.isTextual() && !idNode.isIntegralNumber()) {
      errors.add(new ArticleError(where, "\"id\" must be a string, found " + kind(idNode)));
      return;
    }
    String id = idNode.asText().strip();
    if (id.isEmpty()) {
      errors.add(new ArticleError(where, "\"id\" is empty"));
      return;
    }
    JsonNode textNode = node.get("text");
    if (textNode == null || textNode.isNull()) {
      errors.add(new ArticleError(where, "article '" + id + "' has no \"text\""));
      return;
    }
    if (!textNode.isTextual()) {
      errors.add(new ArticleError(where, "article '" + id + "': \"text\" must be a string, found " + kind(textNode)));
      return;
    }
    String text = textNode.asText();
    if (text.isBlank()) {
      errors.add(new ArticleError(where, "article '" + id + "' has an empty \"text\""));
      return;
    }
    if (ids.containsKey(id)) {
      errors.add(new ArticleError(where, "duplicate article id '" + id + "' (already used by " + ids.get(id)
          + "); this line is skipped"));
      return;
    }
    LocalDate published = null;
    JsonNode date = node.get("published");
    if (date != null && !date.isNull()) {
      try {
        published = date(date.asText());
      } catch (DateTimeParseException e) {
        errors.add(new ArticleError(where, "article '" + id + "': bad \"published\" date '" + shorten(date.asText())
            + "' (expected YYYY-MM-DD or an ISO date-time); read without a date"));
      }
    }
    String story = textOrNull(node.get("story"));
    if (story == null || story.isBlank()) {
      JsonNode s = manifest(dirOf(f)).get(STORY_KEY);
      story = s == null || s.isNull() ? null : s.asText();
    }
    ids.put(id, where);
    sink.article(new Article(id, shown + "#" + id, textOrNull(node.get("source")), published, story,
        textOrNull(node.get("title")), textOrNull(node.get("url")), text, SourceMap.identity(text), List.of()), origin);
  }

  private static String kind(JsonNode n) {
    return switch (n.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "true/false";
      case NULL -> "null";
      default -> n.getNodeType().name().toLowerCase(Locale.ROOT);
    };
  }

  /** The file as text, or null after recording why it cannot be read. */
  private String read(Path f) {
    byte[] bytes;
    try {
      long size = Files.size(f);
      if (size > MAX_BYTES) {
        error(f, "too large (" + (size >> 20) + " MB; the limit is " + (MAX_BYTES >> 20) + " MB)");
        return null;
      }
      bytes = Files.readAllBytes(f);
    } catch (IOException | OutOfMemoryError e) {
      error(f, "cannot read: " + describe(e));
      return null;
    }
    if (bytes.length == 0) {
      error(f, "empty file");
      return null;
    }
    TextDecoding.Result r = TextDecoding.decode(bytes);
    if (r.error() != null) {
      error(f, r.error());
      return null;
    }
    if (r.note() != null) {
      notes.add(f + ": " + r.note());
    }
    if (r.text().isBlank()) {
      error(f, "no text (only white space)");
      return null;
    }
    return r.text();
  }

  private void error(Path p, String message) {
    errors.add(new ArticleError(p.toString(), message));
  }

  private static String describe(Throwable e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file (it went away while being read)";
    }
    if (e instanceof FileSystemException fse && fse.getReason() != null) {
      return fse.getReason();
    }
    if (e instanceof OutOfMemoryError) {
      return "not enough memory";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : firstLine(e.getMessage());
  }

  private Map<String, JsonNode> manifest(Path dir) {
    return manifests.computeIfAbsent(dir, d -> {
      Map<String, JsonNode> out = new java.util.LinkedHashMap<>();
      Path m = d.resolve(MANIFEST);
      if (!Files.isRegularFile(m)) {
        return out;
      }
      try {
        JsonNode root = YAML.readTree(Files.readString(m, StandardCharsets.UTF_8));
        if (root != null && root.isObject()) {
          if (root.has("story")) {
            out.put(STORY_KEY, root.get("story"));
          }
          JsonNode arts = root.get("articles");
          if (arts != null && arts.isObject()) {
            arts.properties().forEach(e -> {
              if (e.getValue().isObject()) {
                out.put(e.getKey(), e.getValue());
                e.getValue().fieldNames().forEachRemaining(k -> {
                  if (!FrontMatter.KEYS.contains(k)) {
                    notes.add(m + ": " + e.getKey() + ": unknown key '" + k
                        + "' ignored (known: source, published, title, url, story)");
                  }
                });
              } else if (!e.getValue().isNull()) {
                errors.add(new ArticleError(m.toString(), "articles: " + e.getKey()
                    + ": expected 'key: value' lines (source, published, title, url, story)"));
              }
            });
          } else if (arts != null && !arts.isNull()) {
            errors.add(new ArticleError(m.toString(), "'articles' must map file names to their metadata"));
          }
        } else if (root != null && !root.isNull() && !root.isMissingNode()) {
          errors.add(new ArticleError(m.toString(), "manifest must be a mapping with 'story' and 'articles'"));
        }
      } catch (JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        String where = loc != null && loc.getLineNr() > 0 ? m + ":" + loc.getLineNr() : m.toString();
        errors.add(new ArticleError(where, "not valid YAML (" + FrontMatter.yamlProblem(e.getOriginalMessage())
            + "); the folder's articles are read without their metadata"));
      } catch (IOException e) {
        errors.add(new ArticleError(m.toString(), "cannot read manifest: " + describe(e)));
      }
      return out;
    });
  }

  /** An ISO date, or the date part of an ISO date-time; null for blank. */
  static LocalDate date(String raw) {
    String s = raw.strip();
    if (s.isEmpty()) {
      return null;
    }
    return LocalDate.parse(s.length() > 10 && (s.charAt(10) == 'T' || s.charAt(10) == ' ') ? s.substring(0, 10) : s);
  }

  private static Path dirOf(Path f) {
    Path parent = f.getParent();
    return parent == null ? Path.of("") : parent;
  }

  private static String textOrNull(JsonNode n) {
    return n == null || n.isNull() ? null : n.asText();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  static String stripExtension(String name) {
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? name : name.substring(0, dot);
  }

  private static String firstLine(String s) {
    return s == null ? "" : s.lines().findFirst().orElse("").strip();
  }

  private static String shorten(String s) {
    return s.length() <= 160 ? s : s.substring(0, 157) + "...";
  }
}
