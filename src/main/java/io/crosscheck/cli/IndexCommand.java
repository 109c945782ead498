package io.crosscheck.cli;

import io.crosscheck.check.Config;
import io.crosscheck.extract.Extraction;
import io.crosscheck.index.Indexer;
import io.crosscheck.load.ArticleError;
import io.crosscheck.load.StoryStream;
import io.crosscheck.resolve.Lexicon;
import io.crosscheck.resolve.Resolver;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.lucene.store.LockObtainFailedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;

/** {@code crosscheck index PATH... --index DIR}: adds articles and their claims to an archive index. */
@Command(
    mixinStandardHelpOptions = true,
    name = "index",
    description = {
      "Add articles and their claims to an archive index (Lucene), for 'crosscheck check DRAFT --against DIR'.",
      "Incremental: unchanged articles are skipped by content hash, changed ones replaced. The run is one commit:",
      "if it fails or is interrupted, the index stays as it was. Inputs are read story by story, so an archive",
      "of any size (a JSON Lines file of 100,000 articles) is indexed in bounded memory."
    },
    sortOptions = false)
final class IndexCommand implements Callable<Integer> {
  @ParentCommand Cli cli;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders (.txt, .md, .html, .jsonl).")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--index", required = true, paramLabel = "DIR", description = "The index folder (created when missing).")
  Path index;

  @Option(names = "--prune", description = "Drop archived articles whose files are gone (or no longer hold them).")
  boolean prune;

  @Option(names = "--rebuild", description = "Write the index from scratch (the old one stays readable until the new one is committed).")
  boolean rebuild;

  @Option(names = "--config", paramLabel = "FILE",
      description = "Configuration file for lexicons (default: the nearest crosscheck.yaml at or above the inputs).")
  Path config;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() {
    if (threads < 1) {
      throw new CliException(ExitCode.USAGE, "crosscheck: --threads must be at least 1");
    }
    RuleOptions options = new RuleOptions();
    options.config = config;
    Config cfg = options.config(paths);
    long t0 = System.nanoTime();
    StoryStream stories = StoryStream.open(paths);
    List<ArticleError> errors = stories.errors();
    for (ArticleError e : errors) {
      cli.err().println(e.line());
    }
    Indexer indexer = new Indexer(Extraction.standard(), new Resolver(Lexicon.withFiles(cfg.lexicons())), threads);
    Indexer.Stats s;
    try {
      s = indexer.update(index, stories, prune, rebuild);
    } catch (LockObtainFailedException e) {
      throw new CliException(ExitCode.USAGE, "crosscheck: " + index + ": another run is writing this index");
    } catch (IOException e) {
      throw new CliException(ExitCode.USAGE, "crosscheck: " + index + ": " + e.getMessage());
    }
    List<ArticleError> later = stories.errors();
    for (ArticleError e : later.subList(errors.size(), later.size())) {
      cli.err().println(e.line());
    }
    long ms = (System.nanoTime() - t0) / 1_000_000;
    cli.out().printf("%s: %d added, %d replaced, %d unchanged, %d pruned; %d claims written in %d ms%n", index,
        s.added(), s.replaced(), s.unchanged(), s.pruned(), s.claims(), ms);
    cli.out().flush();
    return later.isEmpty() ? ExitCode.OK.code : ExitCode.UNREADABLE.code;
  }
}
