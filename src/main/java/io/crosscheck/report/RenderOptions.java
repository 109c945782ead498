package io.crosscheck.report;

/**
 * What a renderer is told besides the report. Options are decided once by the caller (the CLI
 * looks at the terminal and the environment); renderers never look at global state, so the
 * same report and options give the same bytes.
 *
 * @param color whether the text report may use ANSI colours
 */
public record RenderOptions(boolean color) {
  /** No colour: what files, pipes and tests get. */
  public static final RenderOptions PLAIN = new RenderOptions(false);
}
