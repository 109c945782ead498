package io.crosscheck.rules;

import java.util.List;

/** The rule files cannot be used: each problem is one line, {@code file:line: message}. */
public final class RulesException extends Exception {
  private static final long serialVersionUID = 1L;
  private final List<String> problems;

  public RulesException(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
