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
    put(meta, lines, lineStarts, "title", metaTag(doc, "og:title"));
    if (!meta.containsKey("title")) {
      put(meta, lines, lineStarts, "title", doc.selectFirst("head > title"));
    }
    put(meta, lines, lineStarts, "source", metaTag(doc, "og:site_name"));
    put(meta, lines, lineStarts, "published", metaTag(doc, "article:published_time"));
    if (!meta.containsKey("published")) {
      put(meta, lines, lineStarts, "published", doc.selectFirst("meta[itemprop=datePublished][content]"));
    }
    if (!meta.containsKey("published")) {
      Element time = root.selectFirst("time[datetime]");
      put(meta, lines, lineStarts, "published", time == null ? doc.selectFirst("time[datetime]") : time);
    }
    put(meta, lines, lineStarts, "url", doc.selectFirst("link[rel=canonical][href]"));
    if (!meta.containsKey("url")) {
      put(meta, lines, lineStarts, "url", metaTag(doc, "og:url"));
    }
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

  private static Element metaTag(Document doc, String property) {
    Element e = doc.selectFirst("meta[property=" + property + "][content]");
    return e != null ? e : doc.selectFirst("meta[name=" + property + "][content]");
  }

  private static void put(Map<String, String> meta, Map<String, Integer> lines, int[] lineStarts, String key, Node n) {
    if (n == null) {
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
