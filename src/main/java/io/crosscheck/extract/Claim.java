package io.crosscheck.extract;

import java.util.Objects;

/**
 * One factual statement an article makes.
 *
 * @param id unique in a run ("c1", "c2", ... in article and text order); "" until numbered
 * @param article the article id
 * @param kind the claim kind
 * @param subject who or what it is about: as written after extraction, canonical after resolution
 * @param attribute what about the subject ("title", "troops", "duration", "members", "quote", "date")
 * @param value the value as written in the article ("nearly eight hours")
 * @param normalized the normalised value
 * @param start text offset of the value's first character
 * @param end text offset after its last character
 * @param line 1-based line in the file
 * @param column 1-based column in the file
 * @param sentence the sentence the value stands in
 * @param event the event context
 */
public record Claim(
    String id,
    String article,
    ClaimKind kind,
    String subject,
    String attribute,
    String value,
    ClaimValue normalized,
    int start,
    int end,
    int line,
    int column,
    String sentence,
    EventContext event) {

  public Claim {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(attribute, "attribute");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(normalized, "normalized");
    Objects.requireNonNull(sentence, "sentence");
    event = event == null ? EventContext.NONE : event;
    if (normalized.kind() != kind) {
      throw new IllegalArgumentException("a " + kind + " claim with a " + normalized.kind() + " value");
    }
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }

  public Claim withId(String newId) {
    return new Claim(newId, article, kind, subject, attribute, value, normalized, start, end, line, column, sentence, event);
  }

  public Claim withSubject(String newSubject) {
    return new Claim(id, article, kind, newSubject, attribute, value, normalized, start, end, line, column, sentence, event);
  }

  /** The claim with another normalised value of the same kind (resolution canonicalises titles). */
  public Claim withNormalized(ClaimValue newNormalized) {
    return new Claim(id, article, kind, subject, attribute, value, newNormalized, start, end, line, column, sentence, event);
  }

  public Claim withEvent(EventContext newEvent) {
    return new Claim(id, article, kind, subject, attribute, value, normalized, start, end, line, column, sentence, newEvent);
  }

  /** Column just after the value, when it stands on one line. */
  public int endColumn() {
    return column + (end - start);
  }
}
