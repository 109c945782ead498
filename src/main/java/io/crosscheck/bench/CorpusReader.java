package io.crosscheck.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.crosscheck.load.Article;
import io.crosscheck.load.SourceMap;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Streams a JSON Lines corpus story by story: consecutive articles with the same {@code story}
 * form one element. Articles are built as the loader builds them (path {@code file#id}, text as
 * given), but only one story is held at a time, so a corpus of any size reads in constant memory.
 * Not thread-safe: callers serialise {@code next()} (as {@link io.crosscheck.check.Checker#checkStories}
 * does).
 */
public final class CorpusReader implements Iterator<List<Article>>, Closeable {
  private static final JsonFactory JSON = new JsonFactory();

  private final String file;
  private final Reader in;
  private final JsonParser parser;
  private Article pending;
  private boolean done;
  private long articles;
  private long textChars;

  private CorpusReader(Path file) throws IOException {
    this.file = file.toString();
    this.in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
    this.parser = JSON.createParser(in);
    this.pending = read();
  }

  public static CorpusReader open(Path file) throws IOException {
    return new CorpusReader(file);
  }

  /** Articles handed out so far. */
  public long articles() {
    return articles;
  }

  /** Characters of article text handed out so far. */
  public long textChars() {
    return textChars;
  }

  @Override
  public boolean hasNext() {
    return pending != null;
  }

  @Override
  public List<Article> next() {
    if (pending == null) {
      throw new NoSuchElementException();
    }
    List<Article> story = new ArrayList<>(8);
    String id = pending.story();
    try {
      while (pending != null && pending.story().equals(id)) {
        story.add(pending);
        articles++;
        textChars += pending.text().length();
        pending = read();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
    return story;
  }

  private Article read() throws IOException {
    if (done) {
      return null;
    }
    JsonToken t = parser.nextToken();
    if (t == null) {
      done = true;
      return null;
    }
    if (t != JsonToken.START_OBJECT) {
      throw new IOException("line " + parser.currentLocation().getLineNr() + ": not a JSON object");
    }
    String id = null;
    String text = null;
    String title = null;
    String source = null;
    String published = null;
    String url = null;
    String story = null;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken v = parser.nextToken();
      String value = v == JsonToken.VALUE_NULL ? null : v.isScalarValue() ? parser.getText() : null;
      if (!v.isScalarValue()) {
        parser.skipChildren();
      }
      switch (name) {
        case "id" -> id = value;
        case "text" -> text = value;
        case "title" -> title = value;
        case "source" -> source = value;
        case "published" -> published = value;
        case "url" -> url = value;
        case "story" -> story = value;
        default -> { }
      }
    }
    if (id == null || text == null) {
      throw new IOException("line " + parser.currentLocation().getLineNr() + ": an article needs \"id\" and \"text\"");
    }
    LocalDate date = published == null || published.isBlank() ? null
        : LocalDate.parse(published.length() > 10 ? published.substring(0, 10) : published);
    return new Article(id, file + "#" + id, source, date, story, title, url, text, SourceMap.identity(text), List.of());
  }

  @Override
  public void close() throws IOException {
    parser.close();
    in.close();
  }
}
