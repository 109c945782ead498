package io.crosscheck.load;

/**
 * An inline suppression found in an article: {@code <!-- crosscheck-disable rule -->} ...
 * {@code <!-- crosscheck-enable rule -->} or {@code <!-- crosscheck-disable-next-line rule -->}.
 *
 * @param rule the rule id, or {@code "*"} for every rule
 * @param fromLine first silenced line (1-based, in the file)
 * @param toLine last silenced line, inclusive ({@code Integer.MAX_VALUE} when never re-enabled)
 * @param at where the comment stands, for reporting a suppression that silences nothing
 */
public record Suppression(String rule, int fromLine, int toLine, Position at) {
  public Suppression {
    if (rule == null || rule.isBlank()) {
      throw new IllegalArgumentException("suppression needs a rule id or *");
    }
  }

  public boolean covers(String ruleId, int line) {
    return (rule.equals("*") || rule.equals(ruleId)) && line >= fromLine && line <= toLine;
  }
}
