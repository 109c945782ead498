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

  /** Bodies longer than this are parsed a piece at a time (see {@link #chunkEnd}). */
  static final int CHUNK = 1 << 20;

  private final String content;
  private int base;
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
    TextBuilder out = new TextBuilder(content);
    Suppressions sup = new Suppressions(content, lineStarts, path);
    MarkdownReader r = new MarkdownReader(content, fm.bodyStart(), out, sup);
    for (int start = fm.bodyStart(); start < content.length(); ) {
      int end = chunkEnd(content, start);
      r.base = start;
      r.walk(PARSER.parse(start == 0 && end == content.length() ? content : content.substring(start, end)));
      out.paragraphBreak();
      start = end;
    }
    Map<String, String> meta = new HashMap<>(fm.values());
    Map<String, Integer> lines = new HashMap<>(fm.lines());
    if (!meta.containsKey("title") && r.firstHeading != null && !r.firstHeading.isBlank()) {
      meta.put("title", r.firstHeading.strip());
    }
    List<Suppression> suppressions = sup.finish();
    String text = out.text();
    return new Parsed(text, out.map(lineStarts), suppressions, meta, lines, problems, sup.notes());
  }

  /**
   * Where the piece of Markdown that starts at {@code start} may end: the whole rest when it is
   * short, else the first line after {@link #CHUNK} characters that starts a new top-level block for
   * sure (a blank line before it, no indentation, not inside a code fence, an HTML comment or a
   * {@code <pre>}/{@code <script>}/{@code <style>}/{@code <textarea>} block). The syntax tree of a
   * whole 50 MB document would take gigabytes; a piece at a time it takes a few megabytes. What
   * this gives up: a reference link whose definition is in another piece keeps its brackets.
   */
  static int chunkEnd(String s, int start) {
    int n = s.length();
    if (n - start <= CHUNK) {
      return n;
    }
    char fence = 0;
    int fenceLength = 0;
    String htmlEnd = null;
    boolean previousBlank = false;
    int at = start;
    while (at < n) {
      int end = at;
      while (end < n && s.charAt(end) != '\n' && s.charAt(end) != '\r') {
        end++;
      }
      int next = end < n && s.charAt(end) == '\r' && end + 1 < n && s.charAt(end + 1) == '\n' ? end + 2 : end + 1;
      boolean blank = true;
      for (int i = at; i < end; i++) {
        if (!Character.isWhitespace(s.charAt(i))) {
          blank = false;
          break;
        }
      }
      char first = at < end ? s.charAt(at) : ' ';
      if (at - start >= CHUNK && previousBlank && fence == 0 && htmlEnd == null && !blank
          && first != ' ' && first != '\t' && first != '>') {
        return at;
      }
      int indent = 0;
      while (indent < 4 && at + indent < end && s.charAt(at + indent) == ' ') {
        indent++;
      }
      int p = at + indent;
      if (fence != 0) {
        int k = p;
        while (k < end && s.charAt(k) == fence) {
          k++;
        }
        if (indent < 4 && k - p >= fenceLength && s.substring(k, end).isBlank()) {
          fence = 0;
        }
      } else if (htmlEnd != null) {
        if (s.substring(at, end).toLowerCase(java.util.Locale.ROOT).contains(htmlEnd)) {
          htmlEnd = null;
        }
      } else if (indent < 4 && p < end && (s.charAt(p) == '`' || s.charAt(p) == '~')) {
        char c = s.charAt(p);
        int k = p;
        while (k < end && s.charAt(k) == c) {
          k++;
        }
        if (k - p >= 3) {
          fence = c;
          fenceLength = k - p;
        }
      } else if (indent < 4 && p < end && s.charAt(p) == '<') {
        String line = s.substring(p, end).toLowerCase(java.util.Locale.ROOT);
        String close = line.startsWith("<!--") ? "-->"
            : line.startsWith("<pre") ? "</pre>"
            : line.startsWith("<script") ? "</script>"
            : line.startsWith("<style") ? "</style>"
            : line.startsWith("<textarea") ? "</textarea>"
            : null;
        if (close != null && !line.substring(4).contains(close)) {
          htmlEnd = close;
        }
      }
      previousBlank = blank;
      at = next;
    }
    return n;
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
