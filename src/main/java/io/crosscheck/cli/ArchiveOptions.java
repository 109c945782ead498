package io.crosscheck.cli;

import io.crosscheck.check.Checker;
import io.crosscheck.index.Archive;
import io.crosscheck.load.LoadResult;
import io.crosscheck.report.Report;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;

/**
 * {@code check --against DIR [--since DATE] [--related N]}: the inputs are drafts, checked against
 * an archive index built by {@code crosscheck index}. Only findings with evidence from a draft are
 * reported; one line per draft story on stderr says which archive articles it was compared with.
 */
final class ArchiveOptions {
  /** Archive articles named on the stderr line; the rest are counted. */
  private static final int LISTED = 10;

  @Option(names = "--against", paramLabel = "DIR",
      description = "Check the inputs as drafts against this archive index (see 'crosscheck index'); "
          + "report only findings that involve a draft.")
  Path against;

  @Option(names = "--since", paramLabel = "DATE",
      description = "With --against: compare only with archive articles published on or after DATE (YYYY-MM-DD).")
  String since;

  @Option(names = "--related", paramLabel = "N",
      description = "With --against: how many similar archive articles a draft with no known story is compared with (default: 10).")
  Integer related;

  /** True when the inputs are drafts to check against an archive. */
  boolean active() {
    if (against == null && (since != null || related != null)) {
      throw new CliException(ExitCode.USAGE, "crosscheck: --since and --related need --against DIR");
    }
    return against != null;
  }

  /** Checks the loaded drafts against the archive and says on {@code err} what they were compared with. */
  Report check(Checker checker, LoadResult drafts, Set<String> baseline, PrintWriter err) {
    LocalDate from = null;
    if (since != null) {
      try {
        from = LocalDate.parse(since.strip());
      } catch (DateTimeParseException e) {
        throw new CliException(ExitCode.USAGE, "crosscheck: --since: not a date (YYYY-MM-DD): '" + since + "'");
      }
    }
    int n = related == null ? 10 : related;
    if (n < 1) {
      throw new CliException(ExitCode.USAGE, "crosscheck: --related must be at least 1");
    }
    try (Archive archive = Archive.open(against, from, n)) {
      Report report = checker.checkDrafts(drafts, archive, baseline);
      for (Archive.Comparison c : archive.comparisons()) {
        err.println(describe(c));
      }
      err.flush();
      return report;
    } catch (IOException e) {
      throw new CliException(ExitCode.USAGE, "crosscheck: --against " + e.getMessage());
    } catch (UncheckedIOException e) {
      throw new CliException(ExitCode.INTERNAL, "crosscheck: cannot read the archive " + against + ": " + e.getCause().getMessage());
    }
  }

  /** "crosscheck: story 's': compared with 3 similar archive articles (12 claims about its subjects): a (CNN, 2022-01-13), ..." */
  static String describe(Archive.Comparison c) {
    StringBuilder sb = new StringBuilder("crosscheck: story '").append(c.story()).append("': ");
    if (c.articles().isEmpty()) {
      return sb.append("no related archive articles found; nothing to compare with").toString();
    }
    sb.append("compared with ").append(c.articles().size()).append(c.articles().size() == 1 ? " " : " ")
        .append(c.how().equals("story") ? "archive article" + (c.articles().size() == 1 ? "" : "s") + " of the same story"
            : "similar archive article" + (c.articles().size() == 1 ? "" : "s"))
        .append(" (").append(c.claims()).append(c.claims() == 1 ? " claim" : " claims").append(" about its subjects")
        .append(c.truncated() ? ", truncated" : "").append("): ");
    List<String> items = new ArrayList<>();
    for (Archive.Related r : c.articles().subList(0, Math.min(LISTED, c.articles().size()))) {
      List<String> meta = new ArrayList<>();
      if (r.source() != null) {
        meta.add(r.source());
      }
      if (r.published() != null) {
        meta.add(r.published().toString());
      }
      if (c.how().equals("similarity")) {
        meta.add(String.format(java.util.Locale.ROOT, "score %.1f", r.score()));
      }
      items.add(r.id() + (meta.isEmpty() ? "" : " (" + String.join(", ", meta) + ")"));
    }
    sb.append(String.join(", ", items));
    if (c.articles().size() > LISTED) {
      sb.append(", and ").append(c.articles().size() - LISTED).append(" more");
    }
    return sb.toString();
  }
}
