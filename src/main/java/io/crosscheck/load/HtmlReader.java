package io.crosscheck.load;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;

/**
 * Reads an HTML page: the text of its {@code <article>} (the longest, when there are several),
 * else its {@code <main>}, else its {@code <body>}, leaving out navigation, headers, footers,
 * asides, forms, scripts, styles, frames and preformatted blocks. Block elements become paragraph
 * breaks, {@code <br>} a line break; entities are decoded. Metadata: title from {@code og:title}
 * or {@code <title>}, published from {@code article:published_time} or the first
 * {@code <time datetime>}, source from {@code og:site_name}, url from the canonical link or
 * {@code og:url}. Nothing is ever fetched: the page is parsed from the string.
 */
final class HtmlReader {
  private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

  private HtmlReader() {}

  static Parsed read(String content, String path) {
    int[] lineStarts = SourceMap.lineStarts(content);
    Document doc = Parser.htmlParser().setTrackPosition(true).parseInput(content, "");
    Element root = contentRoot(doc);
    TextBuilder out = new TextBuilder(content);
    HtmlText.append(root, out, 0);
    Suppressions sup = new Suppressions(content, lineStarts, path);
    HtmlText.comments(doc, sup, 0);
    Map<String, String> meta = new HashMap<>();
    Map<String, Integer> lines = new HashMap<>();
    Heads h = heads(doc, root);
    put(meta, lines, lineStarts, "title", h.meta.get("og:title"));
    put(meta, lines, lineStarts, "title", h.title);
    put(meta, lines, lineStarts, "source", h.meta.get("og:site_name"));
    put(meta, lines, lineStarts, "published", h.meta.get("article:published_time"));
    put(meta, lines, lineStarts, "published", h.meta.get("datePublished"));
    put(meta, lines, lineStarts, "published", h.timeInRoot);
    put(meta, lines, lineStarts, "published", h.time);
    put(meta, lines, lineStarts, "url", h.canonical);
    put(meta, lines, lineStarts, "url", h.meta.get("og:url"));
    List<Suppression> suppressions = sup.finish();
    String text = out.text();
    return new Parsed(text, out.map(lineStarts), suppressions, meta, lines, List.of(), sup.notes());
  }

  /** The element holding the article: the longest {@code <article>}, a {@code <main>}, or the body. */
  static Element contentRoot(Document doc) {
    Elements articles = doc.select("article");
    Element best = null;
    int bestLength = -1;
    for (Element a : articles) {
      if (insideSkipped(a) || a.parents().stream().anyMatch(p -> p.normalName().equals("article"))) {
        continue;
      }
      int len = a.text().length();
      if (len > bestLength) {
        best = a;
        bestLength = len;
      }
    }
    if (best != null && bestLength > 0) {
      return best;
    }
    for (Element m : doc.select("main, [role=main]")) {
      if (!insideSkipped(m)) {
        return m;
      }
    }
    return doc.body();
  }

  private static boolean insideSkipped(Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (HtmlText.skipped(p)) {
        return true;
      }
    }
    return false;
  }

  /** The elements metadata comes from, found in one pass over the page (the first of each wins). */
  private static final class Heads {
    final Map<String, Element> meta = new HashMap<>();
    Element title;
    Element canonical;
    Element time;
    Element timeInRoot;
  }

  private static Heads heads(Document doc, Element root) {
    Heads h = new Heads();
    for (Element e : doc.getAllElements()) {
      switch (e.normalName()) {
        case "meta" -> {
          if (e.hasAttr("content")) {
            for (String key : new String[] {"property", "name", "itemprop"}) {
              String k = e.attr(key);
              if (!k.isEmpty()) {
                h.meta.putIfAbsent(k, e);
              }
            }
          }
        }
        case "title" -> {
          if (h.title == null && e.parent() != null && e.parent().normalName().equals("head")) {
            h.title = e;
          }
        }
        case "link" -> {
          if (h.canonical == null && e.attr("rel").equalsIgnoreCase("canonical") && e.hasAttr("href")) {
            h.canonical = e;
          }
        }
        case "time" -> {
          if (e.hasAttr("datetime")) {
            if (h.time == null) {
              h.time = e;
            }
            if (h.timeInRoot == null && isInside(e, root)) {
              h.timeInRoot = e;
            }
          }
        }
        default -> { }
      }
    }
    return h;
  }

  private static boolean isInside(Element e, Element root) {
    for (Element p = e; p != null; p = p.parent()) {
      if (p == root) {
        return true;
      }
    }
    return false;
  }

  /** Sets {@code key} from an element unless it is set already or the element has no value. */
  private static void put(Map<String, String> meta, Map<String, Integer> lines, int[] lineStarts, String key, Node n) {
    if (n == null || meta.containsKey(key)) {
      return;
    }
    String v;
    if (n instanceof Element e && e.normalName().equals("meta")) {
      v = e.attr("content");
    } else if (n instanceof Element e && e.normalName().equals("time")) {
      v = e.attr("datetime");
    } else if (n instanceof Element e && e.normalName().equals("link")) {
      v = e.attr("href");
    } else if (n instanceof Element e) {
      v = e.text();
    } else {
      return;
    }
    v = WHITESPACE.matcher(v).replaceAll(" ").strip();
    if (v.isEmpty()) {
      return;
    }
    meta.put(key, v);
    int pos = n.sourceRange().isTracked() ? n.sourceRange().start().pos() : 0;
    lines.put(key, SourceMap.lineOf(lineStarts, pos));
  }
}
