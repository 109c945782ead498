package io.crosscheck.resolve;

/** A lexicon file that cannot be read or is not valid: the message names the file and entry. */
public final class LexiconException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public LexiconException(String message) {
    super(message);
  }

  public LexiconException(String message, Throwable cause) {
    super(message, cause);
  }
}
