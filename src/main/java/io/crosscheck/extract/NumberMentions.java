package io.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Every number a piece of text mentions, whatever it counts: the rules use it to tell a
 * restatement ("750 have been rescued" / "saved 750 people") from a contradiction.
 */
public final class NumberMentions {
  private NumberMentions() {}

  /** The value of each number in the text ("1.8 million", "Twenty-nine", "4,100"), in text order. */
  public static List<Double> in(String text) {
    List<Double> out = new ArrayList<>();
    Document doc = new Document(io.crosscheck.load.Article.plain("mention", "mention", text, null, null, null));
    for (Numbers.Num n : Numbers.of(doc)) {
      if (!n.vague()) {
        out.add(n.value());
      }
    }
    return out;
  }
}
