package io.crosscheck.rules;

import io.crosscheck.report.Severity;

/**
 * A rule as its DRL file declares it.
 *
 * @param id the stable id ({@code @id}); baselines, configuration and SARIF key on it
 * @param name the DRL rule name
 * @param severity the default severity ({@code @severity})
 * @param description one line ({@code @description})
 * @param file the DRL file
 * @param line the line of {@code rule "..."} in it
 * @param doc the block comment right above the rule, or ""
 */
public record RuleMeta(String id, String name, Severity severity, String description, String file, int line, String doc) {}
