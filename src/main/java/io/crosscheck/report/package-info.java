/**
 * Reports: {@link io.crosscheck.report.Report} holds findings apart from input and rule errors,
 * sorted by one comparator so that two runs print the same bytes. One {@link
 * io.crosscheck.report.Renderer} per format, registered by name in {@link
 * io.crosscheck.report.Renderers}. {@link io.crosscheck.report.JsonRenderer} writes the
 * {@code crosscheck-report/1} contract.
 */
package io.crosscheck.report;
