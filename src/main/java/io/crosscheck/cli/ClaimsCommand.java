package io.crosscheck.cli;

import io.crosscheck.check.Checker;
import io.crosscheck.check.Config;
import io.crosscheck.extract.Claim;
import io.crosscheck.extract.Extraction;
import io.crosscheck.load.ArticleError;
import io.crosscheck.load.LoadResult;
import io.crosscheck.load.Loader;
import io.crosscheck.report.JsonRenderer;
import io.crosscheck.report.Report;
import io.crosscheck.resolve.Lexicon;
import io.crosscheck.resolve.Resolver;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;

/** {@code crosscheck claims PATH...}: what the tool read, for fact-checkers and for debugging. */
@Command(
    mixinStandardHelpOptions = true,
    name = "claims", description = "List the claims extracted from articles, with normalised values.")
final class ClaimsCommand implements Callable<Integer> {
  @ParentCommand Cli cli;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders.")
  List<Path> paths = new ArrayList<>();

  @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--kind", paramLabel = "KIND", description = "Only claims of this kind: quantity, duration, date, title, quote.")
  String kind;

  @Override
  public Integer call() throws IOException {
    if (!format.equals("text") && !format.equals("json")) {
      throw new CliException(ExitCode.USAGE, "crosscheck: claims --format must be text or json");
    }
    LoadResult loaded = Loader.load(paths);
    Report report = Claims.resolved(loaded, Lexicon.standard());
    for (ArticleError e : report.articleErrors()) {
      cli.err().println(e.line());
    }
    List<Claim> claims = report.claims().stream().filter(c -> kind == null || c.kind().id().equals(kind)).toList();
    if (format.equals("json")) {
      Map<String, Object> root = new LinkedHashMap<>();
      root.put("schema", "crosscheck-claims/1");
      root.put("claims", JsonRenderer.claims(claims));
      JsonRenderer.write(root, cli.out());
    } else {
      for (Claim c : claims) {
        String ctx = c.event().label();
        cli.out().printf("%s:%d:%d: %s %s [%s] '%s' = %s%s%n", pathOf(report, c), c.line(), c.column(), c.kind().id(),
            c.subject().isEmpty() ? "-" : c.subject(), c.attribute(), c.value(), c.normalized().fields(),
            ctx.isEmpty() ? "" : " (" + ctx + ")");
      }
      cli.out().printf("%d claims in %d articles%n", claims.size(), report.articles().size());
    }
    cli.out().flush();
    return report.articleErrors().isEmpty() ? ExitCode.OK.code : ExitCode.UNREADABLE.code;
  }

  private static String pathOf(Report r, Claim c) {
    return r.articles().stream().filter(a -> a.id().equals(c.article())).findFirst().map(a -> a.path()).orElse(c.article());
  }

  /** Extraction and resolution without rules. */
  static final class Claims {
    private Claims() {}

    static Report resolved(LoadResult loaded, Lexicon lexicon) {
      Checker checker = new Checker(Extraction.standard(), new Resolver(lexicon), null, Config.DEFAULT,
          Runtime.getRuntime().availableProcessors());
      return checker.claimsOnly(loaded);
    }
  }
}
