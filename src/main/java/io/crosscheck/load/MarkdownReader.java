package io.crosscheck.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads a Markdown file (CommonMark): optional YAML front matter ({@link FrontMatter}), then the
 * text of headings, paragraphs, lists and block quotes. Left out: code blocks (fenced and
 * indented), link targets (the link text stays), images, raw HTML tags and HTML comments (whose
 * crosscheck directives become suppressions). The text of HTML blocks is kept, read as HTML. A
 * soft line break is a space; a paragraph ends with a blank line.
 */
final class MarkdownReader {
  private static final Parser PARSER =
      Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

  private final String content;
  private final int base;
  private final TextBuilder out;
  private final Suppressions sup;
  private int headingStart = -1;
  private String firstHeading;

  private MarkdownReader(String content, int base, TextBuilder out, Suppressions sup) {
    this.content = content;
    this.base = base;
    this.out = out;
    this.sup = sup;
  }

  static Parsed read(String content, String path) {
    int[] lineStarts = SourceMap.lineStarts(content);
    FrontMatter fm = FrontMatter.parse(content, lineStarts);
    List<Parsed.Problem> problems = new ArrayList<>();
    if (fm.error() != null) {
      problems.add(new Parsed.Problem(fm.errorLine(), fm.error()));
    }
    int base = fm.bodyStart();
    Node doc = PARSER.parse(base == 0 ? content : content.substring(base));
    TextBuilder out = new TextBuilder(content);
    Suppressions sup = new Suppressions(content, lineStarts, path);
    MarkdownReader r = new MarkdownReader(content, base, out, sup);
    r.walk(doc);
    Map<String, String> meta = new HashMap<>(fm.values());
    Map<String, Integer> lines = new HashMap<>(fm.lines());
    if (!meta.containsKey("title") && r.firstHeading != null && !r.firstHeading.isBlank()) {
      meta.put("title", r.firstHeading.strip());
    }
    List<Suppression> suppressions = sup.finish();
    String text = out.text();
    return new Parsed(text, out.map(lineStarts), suppressions, meta, lines, problems, sup.notes());
  }

  /** Depth-first, without recursion: documents may nest deeper than the stack allows. */
  private void walk(Node root) {
    Node node = root.getFirstChild();
    while (node != null) {
      if (enter(node) && node.getFirstChild() != null) {
        node = node.getFirstChild();
        continue;
      }
      exit(node);
      while (node != null && node.getNext() == null) {
        node = node.getParent();
        if (node == root || node == null) {
          node = null;
          break;
        }
        exit(node);
      }
      if (node != null) {
        node = node.getNext();
      }
    }
  }

  /** Handles a node; true to go into its children. */
  private boolean enter(Node node) {
    if (node instanceof Text t) {
      literal(t, t.getLiteral());
      return false;
    }
    if (node instanceof Code c) {
      literal(c, c.getLiteral());
      return false;
    }
    if (node instanceof SoftLineBreak) {
      out.space();
      return false;
    }
    if (node instanceof HardLineBreak) {
      out.lineBreak();
      return false;
    }
    if (node instanceof HtmlInline h) {
      String lit = h.getLiteral();
      if (lit.startsWith("<!--") && !h.getSourceSpans().isEmpty()) {
        int start = base + h.getSourceSpans().get(0).getInputIndex();
        int end = spanEnd(h);
        int dataEnd = lit.endsWith("-->") ? lit.length() - 3 : lit.length();
        sup.comment(lit.substring(4, Math.max(4, dataEnd)), start, end);
      }
      return false;
    }
    if (node instanceof Image
        || node instanceof FencedCodeBlock
        || node instanceof IndentedCodeBlock
        || node instanceof LinkReferenceDefinition) {
      return false;
    }
    if (node instanceof ThematicBreak) {
      out.paragraphBreak();
      return false;
    }
    if (node instanceof Link link) {
      return !isAutolink(link);
    }
    if (node instanceof HtmlBlock h) {
      htmlBlock(h);
      return false;
    }
    if (node instanceof Heading h) {
      out.paragraphBreak();
      if (h.getLevel() == 1 && firstHeading == null) {
        headingStart = out.length();
      }
      return true;
    }
    if (node instanceof Block) {
      out.paragraphBreak();
    }
    return true;
  }

  private void exit(Node node) {
    if (node instanceof Heading && headingStart >= 0 && firstHeading == null) {
      firstHeading = out.substring(headingStart);
      headingStart = -1;
    }
    if (node instanceof Block) {
      out.paragraphBreak();
    }
  }

  private void literal(Node node, String literal) {
    List<SourceSpan> spans = node.getSourceSpans();
    if (spans.isEmpty()) {
      out.follow(literal);
      return;
    }
    out.mapped(literal, base + spans.get(0).getInputIndex(), spanEnd(node));
  }

  private int spanEnd(Node node) {
    List<SourceSpan> spans = node.getSourceSpans();
    SourceSpan last = spans.get(spans.size() - 1);
    return base + last.getInputIndex() + last.getLength();
  }

  /** {@code <https://example.com>}: the link text is the address, which is not article text. */
  private boolean isAutolink(Link link) {
    List<SourceSpan> spans = link.getSourceSpans();
    return !spans.isEmpty() && content.charAt(base + spans.get(0).getInputIndex()) == '<';
  }

  /** An HTML block: its text counts (read as HTML), its tags do not; its comments may suppress. */
  private void htmlBlock(HtmlBlock h) {
    List<SourceSpan> spans = h.getSourceSpans();
    if (spans.isEmpty()) {
      return;
    }
    int start = base + spans.get(0).getInputIndex();
    int end = spanEnd(h);
    org.jsoup.nodes.Document doc =
        org.jsoup.parser.Parser.htmlParser().setTrackPosition(true).parseInput(content.substring(start, end), "");
    out.paragraphBreak();
    HtmlText.append(doc.body(), out, start);
    out.paragraphBreak();
    HtmlText.comments(doc, sup, start);
  }
}
