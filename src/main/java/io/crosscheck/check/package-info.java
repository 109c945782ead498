/**
 * The whole check, stage by stage: {@link io.crosscheck.check.Checker} takes loaded articles
 * through extraction (per article, in parallel), resolution and rules (per story, in parallel)
 * to a {@link io.crosscheck.report.Report}. Also the user's tuning: {@link
 * io.crosscheck.check.Config} ({@code crosscheck.yaml}), inline suppressions and {@link
 * io.crosscheck.check.Baseline}s of known findings.
 */
package io.crosscheck.check;
