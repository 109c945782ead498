package io.crosscheck.report;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/** Every output format by name. */
public final class Renderers {
  private static final Map<String, Function<RenderOptions, Renderer>> BY_NAME = new TreeMap<>();

  static {
    BY_NAME.put("text", TextRenderer::new);
    BY_NAME.put("json", o -> new JsonRenderer());
    BY_NAME.put("sarif", o -> new SarifRenderer());
    BY_NAME.put("github", o -> new GithubRenderer());
    BY_NAME.put("markdown", o -> new MarkdownRenderer());
    BY_NAME.put("html", o -> new HtmlRenderer());
  }

  private Renderers() {}

  /** The format names, sorted. */
  public static Set<String> names() {
    return Collections.unmodifiableSet(BY_NAME.keySet());
  }

  /** The renderer of a format, without colour. */
  public static Renderer of(String name) {
    return of(name, RenderOptions.PLAIN);
  }

  public static Renderer of(String name, RenderOptions options) {
    Function<RenderOptions, Renderer> f = BY_NAME.get(name);
    if (f == null) {
      throw new IllegalArgumentException("unknown format '" + name + "' (" + String.join(", ", BY_NAME.keySet()) + ")");
    }
    return f.apply(Objects.requireNonNull(options, "options"));
  }
}
