package io.crosscheck.extract;

import io.crosscheck.load.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every number a piece of text mentions, whatever it counts: the rules use it to tell a
 * restatement ("750 have been rescued" / "saved 750 people") from a contradiction. Rules ask
 * about the same few claim sentences again and again, so answers are cached (bounded).
 */
public final class NumberMentions {
  private static final int CACHE_LIMIT = 20_000;
  private static final Map<String, List<Double>> CACHE = new ConcurrentHashMap<>();

  private NumberMentions() {}

  /** The value of each number in the text ("1.8 million", "Twenty-nine", "4,100"), in text order. */
  public static List<Double> in(String text) {
    List<Double> known = CACHE.get(text);
    if (known != null) {
      return known;
    }
    Document doc = new Document(Article.plain("mention", "mention", text, null, null, null));
    List<Double> out = new ArrayList<>();
    for (Numbers.Num n : Numbers.of(doc)) {
      if (!n.vague()) {
        out.add(n.value());
      }
    }
    if (CACHE.size() >= CACHE_LIMIT) {
      CACHE.clear();
    }
    List<Double> result = List.copyOf(out);
    CACHE.put(text, result);
    return result;
  }
}
