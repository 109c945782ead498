package io.crosscheck.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads files and folders into articles. A bad input becomes an {@link ArticleError}; it never
 * ends the run. Folders are read recursively in sorted order; {@code .txt} files take their
 * metadata from the folder's {@code manifest.yaml}.
 */
public final class Loader {
  /** The per-folder metadata file for plain-text articles. */
  public static final String MANIFEST = "manifest.yaml";

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<Article> articles = new ArrayList<>();
  private final List<ArticleError> errors = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private final Set<String> ids = new HashSet<>();
  private final Map<Path, Map<String, JsonNode>> manifests = new HashMap<>();

  private Loader() {}

  public static LoadResult load(List<Path> inputs) {
    Loader l = new Loader();
    for (Path p : inputs) {
      l.input(p);
    }
    return new LoadResult(l.articles, l.errors, l.notes);
  }

  private void input(Path p) {
    if (!Files.exists(p)) {
      errors.add(new ArticleError(p.toString(), "no such file or folder"));
    } else if (Files.isDirectory(p)) {
      folder(p);
    } else {
      file(p, true);
    }
  }

  private void folder(Path dir) {
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException | java.io.UncheckedIOException e) {
      errors.add(new ArticleError(dir.toString(), "cannot read folder: " + e.getMessage()));
      return;
    }
    for (Path f : files) {
      file(f, false);
    }
  }

  private void file(Path f, boolean named) {
    String name = f.getFileName().toString();
    String ext = extension(name);
    switch (ext) {
      case "txt" -> text(f);
      case "jsonl" -> jsonLines(f);
      case "md", "markdown", "html", "htm" ->
          errors.add(new ArticleError(f.toString(), "." + ext + " articles are not supported yet"));
      default -> {
        if (name.equals(MANIFEST) || name.equals("crosscheck.yaml")) {
          return;
        }
        if (named) {
          errors.add(new ArticleError(f.toString(), "not an article (expected .txt, .md, .html or .jsonl)"));
        } else {
          notes.add(f + ": skipped (not an article type)");
        }
      }
    }
  }

  private void text(Path f) {
    String content = read(f);
    if (content == null) {
      return;
    }
    String id = stripExtension(f.getFileName().toString());
    JsonNode meta = manifest(f.getParent()).get(f.getFileName().toString());
    String source = meta == null ? null : textOrNull(meta.get("source"));
    LocalDate published = null;
    String story = null;
    String title = null;
    String url = null;
    if (meta != null) {
      try {
        published = date(meta.get("published"));
      } catch (DateTimeParseException e) {
        errors.add(new ArticleError(f.getParent().resolve(MANIFEST).toString(),
            f.getFileName() + ": bad published date '" + meta.get("published").asText() + "'"));
      }
      story = textOrNull(meta.get("story"));
      title = textOrNull(meta.get("title"));
      url = textOrNull(meta.get("url"));
    }
    if (story == null) {
      story = manifestStory(f.getParent());
    }
    add(f.toString(), new Article(id, f.toString(), source, published, story, title, url, content,
        SourceMap.identity(content), List.of()));
  }

  private void jsonLines(Path f) {
    String content = read(f);
    if (content == null) {
      return;
    }
    String[] lines = content.split("\r\n|\n|\r", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank()) {
        continue;
      }
      String where = f + ":" + (i + 1);
      JsonNode node;
      try {
        node = JSON.readTree(line);
      } catch (IOException e) {
        errors.add(new ArticleError(where, "not a JSON object: " + firstLine(e.getMessage())));
        continue;
      }
      if (node == null || !node.isObject()) {
        errors.add(new ArticleError(where, "not a JSON object"));
        continue;
      }
      String id = textOrNull(node.get("id"));
      String text = textOrNull(node.get("text"));
      if (id == null || id.isBlank()) {
        errors.add(new ArticleError(where, "missing \"id\""));
        continue;
      }
      if (text == null) {
        errors.add(new ArticleError(where, "article '" + id + "' has no \"text\""));
        continue;
      }
      LocalDate published;
      try {
        published = date(node.get("published"));
      } catch (DateTimeParseException e) {
        errors.add(new ArticleError(where, "article '" + id + "' has a bad \"published\" date '"
            + node.get("published").asText() + "'"));
        continue;
      }
      add(where, new Article(id, f + "#" + id, textOrNull(node.get("source")), published,
          textOrNull(node.get("story")), textOrNull(node.get("title")), textOrNull(node.get("url")), text,
          SourceMap.identity(text), List.of()));
    }
  }

  private void add(String where, Article a) {
    if (!ids.add(a.id())) {
      errors.add(new ArticleError(where, "duplicate article id '" + a.id() + "' (ids must be unique in a run)"));
      return;
    }
    articles.add(a);
  }

  /** The file as text, or null after recording why it cannot be read. */
  private String read(Path f) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(f);
    } catch (IOException e) {
      errors.add(new ArticleError(f.toString(), "cannot read: " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : " " + e.getMessage())));
      return null;
    }
    if (bytes.length == 0) {
      errors.add(new ArticleError(f.toString(), "empty file"));
      return null;
    }
    for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
      if (bytes[i] == 0) {
        errors.add(new ArticleError(f.toString(), "binary file (NUL byte at offset " + i + "), not text"));
        return null;
      }
    }
    String s;
    try {
      s = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      errors.add(new ArticleError(f.toString(), "not valid UTF-8 text"));
      return null;
    }
    if (s.startsWith("\uFEFF")) {
      s = " " + s.substring(1);
    }
    if (s.isBlank()) {
      errors.add(new ArticleError(f.toString(), "no text (only white space)"));
      return null;
    }
    return s;
  }

  private Map<String, JsonNode> manifest(Path dir) {
    return manifests.computeIfAbsent(dir, d -> {
      Map<String, JsonNode> out = new HashMap<>();
      Path m = d.resolve(MANIFEST);
      if (!Files.isRegularFile(m)) {
        return out;
      }
      try {
        JsonNode root = YAML.readTree(Files.readString(m));
        if (root != null && root.isObject()) {
          if (root.has("story")) {
            out.put("\u0000story", root.get("story"));
          }
          JsonNode arts = root.get("articles");
          if (arts != null && arts.isObject()) {
            arts.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue()));
          }
        } else {
          errors.add(new ArticleError(m.toString(), "manifest must be a mapping with 'articles'"));
        }
      } catch (IOException e) {
        errors.add(new ArticleError(m.toString(), "cannot read manifest: " + firstLine(e.getMessage())));
      }
      return out;
    });
  }

  private String manifestStory(Path dir) {
    JsonNode s = manifest(dir).get("\u0000story");
    return s == null ? null : s.asText();
  }

  static LocalDate date(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    String s = n.asText().strip();
    if (s.isEmpty()) {
      return null;
    }
    return LocalDate.parse(s.length() > 10 && s.charAt(10) == 'T' ? s.substring(0, 10) : s);
  }

  private static String textOrNull(JsonNode n) {
    return n == null || n.isNull() ? null : n.asText();
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
    return s == null ? "" : s.lines().findFirst().orElse("");
  }
}
