package io.crosscheck.extract;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Words in quotation marks attributed to a speaker.
 *
 * @param words the quoted words, normalised for comparison: lower case, straight apostrophes,
 *     punctuation removed, single spaces
 * @param partial true for a few quoted words inside the writer's own sentence
 * @param speaker the speaker as the article names them at the attribution ("Carpenter", or the
 *     full name a pronoun was resolved to)
 */
public record Quote(String words, boolean partial, String speaker) implements ClaimValue {
  public Quote {
    Objects.requireNonNull(words, "words");
    speaker = speaker == null ? "" : speaker;
  }

  @Override
  public ClaimKind kind() {
    return ClaimKind.QUOTE;
  }

  @Override
  public Map<String, Object> fields() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("words", words);
    if (partial) {
      m.put("partial", true);
    }
    if (!speaker.isEmpty()) {
      m.put("speaker", speaker);
    }
    return m;
  }

  @Override
  public String key() {
    return words;
  }
}
