/**
 * The Drools side. {@link io.crosscheck.rules.RuleSet} compiles the DRL files of {@code rules/}
 * and {@code --rules} folders at run time (executable model); {@link
 * io.crosscheck.rules.RuleEngine} runs one session per story, taken from the rule set's pool and given
 * back emptied.
 *
 * <p>The fact model rules see is small: {@link io.crosscheck.rules.ClaimGroup} (claims that state
 * one value about one subject, attribute and event), {@link io.crosscheck.rules.Settings}
 * (thresholds), and the helpers of {@link io.crosscheck.rules.Compare}. A rule's consequence only
 * inserts a {@link io.crosscheck.rules.Hit}; the engine adds the rule's {@code @id} and {@code
 * @severity}.
 */
package io.crosscheck.rules;
