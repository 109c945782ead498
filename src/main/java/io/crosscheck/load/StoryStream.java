package io.crosscheck.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The inputs' articles one story at a time, in bounded memory: for archives too large to hold
 * (a 100,000-article JSON Lines file, a folder of years of coverage).
 *
 * <p>How: {@link #open} reads every input once, as {@link Loader#load} does (same errors, same
 * ids, same stories), but keeps only each article's metadata and where it came from (a file, a
 * line of a JSON Lines file, or a byte range of a large one), and the text of the first articles
 * up to {@code keepChars} characters. Stories are then given in order of first appearance, each
 * with its articles in reading order (the order {@link Loader#load} lists them); an article
 * whose text was not kept is read again when its story comes. So memory holds the metadata of
 * every article (a few hundred bytes each) and the texts of the stories being worked on, not the
 * whole archive. An article that changed or went away between the two readings is left out and
 * reported in {@link #errors()}.
 *
 * <p>{@link #next()} may be called from several threads, one call at a time.
 */
public final class StoryStream implements Iterator<List<Article>> {
  /** Texts kept from the first reading, in characters, unless told otherwise: small runs read once. */
  public static final long KEEP_CHARS = 32L << 20;

  /** One article: kept whole, or its metadata and where to read it again. */
  private record Entry(Article article, Loader.Origin origin, int textHash) {}

  private final Iterator<List<Entry>> stories;
  private final List<ArticleError> firstErrors;
  private final List<String> notes;
  private final int articles;
  private final int storyCount;
  private final Loader again = Loader.streaming((a, origin) -> {}, Loader.MAX_BYTES);

  private StoryStream(Map<String, List<Entry>> stories, List<ArticleError> errors, List<String> notes, int articles) {
    this.storyCount = stories.size();
    this.stories = stories.values().iterator();
    this.firstErrors = List.copyOf(errors);
    this.notes = List.copyOf(notes);
    this.articles = articles;
  }

  /** Reads the inputs once, keeping article texts up to {@link #KEEP_CHARS} characters. */
  public static StoryStream open(List<Path> inputs) {
    return open(inputs, KEEP_CHARS, Loader.MAX_BYTES);
  }

  static StoryStream open(List<Path> inputs, long keepChars, long wholeFileLimit) {
    Map<String, List<Entry>> stories = new LinkedHashMap<>();
    long[] kept = {0};
    int[] n = {0};
    Loader first = Loader.streaming((a, origin) -> {
      Entry e;
      if (kept[0] + a.text().length() <= keepChars) {
        kept[0] += a.text().length();
        e = new Entry(a, null, 0);
      } else {
        Article stub = new Article(a.id(), a.path(), a.source(), a.published(), a.story(), a.title(), a.url(), "",
            SourceMap.identity(""), List.of());
        e = new Entry(stub, origin, a.text().hashCode());
      }
      stories.computeIfAbsent(a.story(), k -> new ArrayList<>()).add(e);
      n[0]++;
    }, wholeFileLimit);
    first.inputs(inputs);
    return new StoryStream(stories, first.errors(), first.notes(), n[0]);
  }

  /** The next story, read ahead by {@link #hasNext} so that a story none of whose articles can be read again is skipped. */
  private List<Article> ahead;

  @Override
  public synchronized boolean hasNext() {
    if (ahead == null) {
      ahead = read();
    }
    return ahead != null;
  }

  /** The next story's articles (never empty). Articles that could not be read again are left out. */
  @Override
  public synchronized List<Article> next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    List<Article> out = ahead;
    ahead = null;
    return out;
  }

  /** The next story with at least one article that could be read, or null. */
  private List<Article> read() {
    while (stories.hasNext()) {
      List<Entry> entries = stories.next();
      stories.remove(); // what was kept is let go with the story
      List<Article> out = new ArrayList<>(entries.size());
      for (Entry e : entries) {
        if (e.origin() == null) {
          out.add(e.article());
          continue;
        }
        Article a = again.reread(e.article(), e.origin());
        if (a != null && a.text().hashCode() != e.textHash()) {
          again.errors().add(new ArticleError(a.path(), "changed while being read; skipped (run again)"));
          a = null;
        }
        if (a != null) {
          out.add(a);
        }
      }
      if (!out.isEmpty()) {
        return out;
      }
    }
    return null;
  }

  /** Articles read in the first reading. */
  public int articles() {
    return articles;
  }

  /** Stories found in the first reading. */
  public int stories() {
    return storyCount;
  }

  /** The inputs that failed: in the first reading, then those found since while reading again. */
  public synchronized List<ArticleError> errors() {
    List<ArticleError> out = new ArrayList<>(firstErrors);
    out.addAll(again.errors());
    return out;
  }

  /** Notes of the first reading (skipped files). */
  public List<String> notes() {
    return notes;
  }
}
