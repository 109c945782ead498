/**
 * Reports: what a run found, written in one format for people or for tools.
 *
 * <p>{@link io.crosscheck.report.Report} holds the findings (sorted by {@link
 * io.crosscheck.report.Finding#ORDER}) apart from the inputs that could not be read and the
 * rules that failed. A {@link io.crosscheck.report.Renderer} writes it; {@link
 * io.crosscheck.report.Renderers#of(String, RenderOptions)} picks one by name:
 *
 * <ul>
 *   <li>{@code text} (default): compiler-style lines, each piece of evidence with its source line
 *       and a caret under the value; ANSI colour when {@link io.crosscheck.report.RenderOptions}
 *       allows it.
 *   <li>{@code json}: the contract other tools read ({@code crosscheck-report/1}).
 *   <li>{@code sarif}: SARIF 2.1.0 for code scanning; the finding fingerprint is the
 *       {@code crosscheck/v1} partial fingerprint.
 *   <li>{@code github}: GitHub Actions workflow commands, one annotation per finding.
 *   <li>{@code markdown}: a pull-request comment: summary table, then quoted evidence.
 *   <li>{@code html}: one self-contained page (no script, nothing fetched) with a view per article.
 * </ul>
 *
 * <p>Every renderer's output depends on the report and the options only: the same report gives
 * the same bytes.
 */
package io.crosscheck.report;
