package io.crosscheck.report;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/** Every output format by name. */
public final class Renderers {
  private static final Map<String, Supplier<Renderer>> BY_NAME = new TreeMap<>();

  static {
    BY_NAME.put("text", TextRenderer::new);
    BY_NAME.put("json", JsonRenderer::new);
  }

  private Renderers() {}

  /** The format names, sorted. */
  public static java.util.Set<String> names() {
    return java.util.Collections.unmodifiableSet(BY_NAME.keySet());
  }

  public static Renderer of(String name) {
    Supplier<Renderer> s = BY_NAME.get(name);
    if (s == null) {
      throw new IllegalArgumentException("unknown format '" + name + "' (" + String.join(", ", BY_NAME.keySet()) + ")");
    }
    return s.get();
  }
}
