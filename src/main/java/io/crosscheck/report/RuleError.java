package io.crosscheck.report;

/**
 * A rule that failed while running (its consequence threw, or the story ran out of time). The
 * run goes on; the error is reported.
 *
 * @param rule the rule id or name
 * @param story the story being checked
 * @param message what went wrong
 */
public record RuleError(String rule, String story, String message) {}
