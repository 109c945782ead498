package io.crosscheck.report;

import java.io.IOException;
import java.io.Writer;

/** Writes a report in one format. Output depends on the report only: same report, same bytes. */
public interface Renderer {
  void render(Report report, Writer out) throws IOException;
}
