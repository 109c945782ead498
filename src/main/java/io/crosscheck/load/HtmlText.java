package io.crosscheck.load;

import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The readable text of parsed HTML (jsoup with position tracking), written into a
 * {@link TextBuilder} so that every character maps back to the file. Shared by the HTML reader and
 * the HTML blocks of Markdown.
 */
final class HtmlText {
  /** Elements whose content is never article text. */
  static final Set<String> SKIPPED = Set.of(
      "head", "script", "style", "noscript", "template", "iframe", "frame", "frameset", "object", "embed",
      "applet", "svg", "math", "canvas", "video", "audio", "map", "form", "button", "select", "textarea",
      "input", "option", "label", "dialog", "header", "footer", "nav", "aside", "menu", "pre");

  /** Elements that start and end a paragraph. */
  static final Set<String> BLOCKS = Set.of(
      "html", "body", "address", "article", "blockquote", "center", "dd", "details", "dir", "div", "dl", "dt",
      "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hgroup", "hr", "li", "main",
      "ol", "p", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "ul",
      "legend");

  private HtmlText() {}

  /** Whether an element and everything in it is left out of the text. */
  static boolean skipped(Element e) {
    return SKIPPED.contains(e.normalName())
        || e.hasAttr("hidden")
        || "true".equalsIgnoreCase(e.attr("aria-hidden"))
        || e.attr("style").replace(" ", "").toLowerCase(java.util.Locale.ROOT).contains("display:none");
  }

  /**
   * Appends the text under {@code root}; jsoup positions are offsets into the parsed string, which
   * starts at file offset {@code base}.
   */
  static void append(Element root, TextBuilder out, int base) {
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
          text(t, out, base);
          return FilterResult.CONTINUE;
        }
        if (node instanceof Element e) {
          if (node != root && skipped(e)) {
            return FilterResult.SKIP_ENTIRELY;
          }
          String name = e.normalName();
          if (name.equals("br")) {
            out.lineBreak();
          } else if (BLOCKS.contains(name)) {
            out.paragraphBreak();
          }
          return FilterResult.CONTINUE;
        }
        return FilterResult.SKIP_ENTIRELY;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
          out.paragraphBreak();
        }
        return FilterResult.CONTINUE;
      }
    }, root);
  }

  private static void text(TextNode t, TextBuilder out, int base) {
    String whole = t.getWholeText();
    Range r = t.sourceRange();
    if (r.isTracked() && r.end().pos() >= r.start().pos()) {
      out.mapped(whole, base + r.start().pos(), base + r.end().pos());
      return;
    }
    int at = base;
    for (Node p = t.parent(); p != null; p = p.parent()) {
      if (p.sourceRange().isTracked()) {
        at = base + p.sourceRange().start().pos();
        break;
      }
    }
    out.mapped(whole, at, at);
  }

  /** Feeds every comment under {@code root} to {@code sink}. */
  static void comments(Node root, Suppressions sink, int base) {
    NodeTraversor.traverse((node, depth) -> {
      if (node instanceof Comment c) {
        Range r = c.sourceRange();
        int start = r.isTracked() ? base + r.start().pos() : base;
        int end = r.isTracked() ? base + r.end().pos() : base;
        sink.comment(c.getData(), start, end);
      }
    }, root);
  }
}
