package io.crosscheck.report;

import io.crosscheck.load.ArticleError;
import java.io.IOException;
import java.io.Writer;

/**
 * GitHub Actions workflow commands: one {@code ::error}, {@code ::warning} or {@code ::notice}
 * annotation per finding at its first piece of evidence, the other evidence listed in the
 * message, then the summary line. Unreadable inputs and failed rules become {@code ::error}
 * annotations too.
 *
 * <pre>
 * ::error file=a/001.txt,line=3,col=35,endColumn=63,title=crosscheck title-conflict::Wendy Sherman is ...
 * </pre>
 */
public final class GithubRenderer implements Renderer {
  @Override
  public void render(Report report, Writer out) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (Finding f : report.findings()) {
      Evidence p = f.primary();
      StringBuilder msg = new StringBuilder(f.message());
      for (int i = 1; i < f.evidence().size(); i++) {
        Evidence e = f.evidence().get(i);
        msg.append('\n').append(e.path()).append(':').append(e.line()).append(':').append(e.column()).append(": '")
            .append(e.value()).append('\'').append(e.context().isEmpty() ? "" : " (" + e.context() + ")");
      }
      sb.append("::").append(command(f.severity()))
          .append(" file=").append(property(p.path()))
          .append(",line=").append(p.line())
          .append(",col=").append(p.column())
          .append(",endColumn=").append(Math.max(p.column(), p.endColumn()))
          .append(",title=").append(property("crosscheck " + f.rule()))
          .append("::").append(data(msg.toString())).append('\n');
    }
    for (ArticleError e : report.articleErrors()) {
      sb.append("::error file=").append(property(e.path())).append(",title=").append(property("crosscheck input"))
          .append("::").append(data(e.message())).append('\n');
    }
    for (RuleError e : report.ruleErrors()) {
      sb.append("::error title=").append(property("crosscheck " + e.rule())).append("::")
          .append(data("rule failed in story " + e.story() + ": " + e.message())).append('\n');
    }
    sb.append(TextRenderer.summary(report)).append('\n');
    out.write(sb.toString());
  }

  static String command(Severity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "notice";
    };
  }

  /** A command's message: %, CR and LF escaped. */
  static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** A command's property value: as {@link #data} and also ':' and ','. */
  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
