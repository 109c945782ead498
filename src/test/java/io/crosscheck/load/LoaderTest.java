package io.crosscheck.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plain text, encodings, JSON Lines, folders, manifests and the CLI seam. */
class LoaderTest {
  @TempDir Path dir;

  static final String GOOD = "Wendy Sherman led the U.S. delegation in Geneva on Monday.\n"
      + "The talks lasted nearly eight hours.\n";

  private Path write(String name, String content) throws IOException {
    return write(name, content.getBytes(StandardCharsets.UTF_8));
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.write(p, bytes);
    return p;
  }

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  private static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] out = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }

  static LoadResult load(Path... paths) {
    return Loader.load(List.of(paths));
  }

  static List<String> errorLines(LoadResult r) {
    return r.errors().stream().map(ArticleError::line).toList();
  }

  static List<String> ids(LoadResult r) {
    return r.articles().stream().map(Article::id).toList();
  }

  static Article only(LoadResult r) {
    assertThat(r.errors()).isEmpty();
    assertThat(r.articles()).hasSize(1);
    return r.articles().get(0);
  }

  /** Where a word first stands in the article text, as file line:column. */
  static String at(Article a, String word) {
    int i = a.text().indexOf(word);
    assertThat(i).as("'%s' in the text", word).isGreaterThanOrEqualTo(0);
    Position p = a.position(i);
    return p.line() + ":" + p.column();
  }

  // ---- plain text and encodings ----

  @Test
  void plainUtf8TextIsTheWholeFile() throws IOException {
    Article a = only(load(write("a.txt", GOOD)));
    assertThat(a.id()).isEqualTo("a");
    assertThat(a.text()).isEqualTo(GOOD);
    assertThat(at(a, "nearly")).isEqualTo("2:18");
  }

  @Test
  void utf8ByteOrderMarkIsDroppedAndColumnsCountFromTheFirstLetter() throws IOException {
    Path p = write("bom.txt", concat(bytes(0xEF, 0xBB, 0xBF), GOOD.getBytes(StandardCharsets.UTF_8)));
    Article a = only(load(p));
    assertThat(a.text()).startsWith("Wendy");
    assertThat(at(a, "Wendy")).isEqualTo("1:1");
    assertThat(at(a, "Geneva")).isEqualTo("1:42");
    assertThat(at(a, "eight")).isEqualTo("2:25");
  }

  @Test
  void utf16WithByteOrderMarkInBothByteOrders() throws IOException {
    String text = "Lavrov told reporters in Vienna: \u201cWe see no reason for optimism.\u201d\r\nCaf\u00e9 talk.\r\n";
    Path le = write("le.txt", concat(bytes(0xFF, 0xFE), text.getBytes(StandardCharsets.UTF_16LE)));
    Path be = write("be.txt", concat(bytes(0xFE, 0xFF), text.getBytes(StandardCharsets.UTF_16BE)));
    LoadResult r = load(le, be);
    assertThat(r.errors()).isEmpty();
    assertThat(r.articles()).extracting(Article::text).containsExactly(text, text);
    for (Article a : r.articles()) {
      assertThat(at(a, "Vienna")).isEqualTo("1:26");
      assertThat(at(a, "talk")).isEqualTo("2:6");
    }
  }

  @Test
  void utf16WithAnUnpairedSurrogateIsAnError() throws IOException {
    Path bad = write("bad16.txt", concat(bytes(0xFF, 0xFE), bytes('H', 0, 'i', 0, 0x00, 0xD8, 'x', 0)));
    Path good = write("good.txt", GOOD);
    LoadResult r = load(bad, good);
    assertThat(errorLines(r)).containsExactly(bad + ": not valid UTF-16 LE text (unpaired surrogate)");
    assertThat(ids(r)).containsExactly("good");
  }

  @Test
  void windows1252TextIsDecodedWithANote() throws IOException {
    // "The minister said “we are ready” – in Vienna, café." in Windows-1252
    byte[] cp1252 = "The minister said \u201cwe are ready\u201d \u2013 in Vienna, caf\u00e9.\n"
        .getBytes(Charset.forName("windows-1252"));
    assertThat(cp1252[18]).isEqualTo((byte) 0x93);
    Path p = write("legacy.txt", cp1252);
    LoadResult r = load(p);
    Article a = only(r);
    assertThat(a.text()).isEqualTo("The minister said \u201cwe are ready\u201d \u2013 in Vienna, caf\u00e9.\n");
    assertThat(r.notes()).containsExactly(p + ": not UTF-8 (byte 0x93 at offset 18); read as Windows-1252");
    assertThat(at(a, "Vienna")).isEqualTo("1:39");
  }

  @Test
  void invalidUtf8ThatIsNotPlausibleWindows1252IsAnErrorWithTheByteOffset() throws IOException {
    // a broken two-byte sequence, and a control byte that no Windows-1252 prose holds
    Path bad = write("bad.txt", concat("Talks in Gen".getBytes(StandardCharsets.US_ASCII), bytes(0xC3, 0x28),
        "va\u0002 ended.".getBytes(StandardCharsets.US_ASCII)));
    // 0x81 is undefined in Windows-1252
    Path undefined = write("undefined.txt", concat("Abc ".getBytes(StandardCharsets.US_ASCII), bytes(0x81, 0x41)));
    Path good = write("good.txt", GOOD);
    LoadResult r = load(bad, undefined, good);
    assertThat(errorLines(r)).containsExactly(
        bad + ": not valid UTF-8 text (bad byte 0xC3 at byte offset 12)",
        undefined + ": not valid UTF-8 text (bad byte 0x81 at byte offset 4)");
    assertThat(ids(r)).containsExactly("good");
  }

  @Test
  void overlongAndSurrogateUtf8SequencesAreInvalid() {
    assertThat(TextDecoding.firstInvalidUtf8(bytes('a', 0xC0, 0xAF), 0)).isEqualTo(1);
    assertThat(TextDecoding.firstInvalidUtf8(bytes('a', 'b', 0xED, 0xA0, 0x80), 0)).isEqualTo(2);
    assertThat(TextDecoding.firstInvalidUtf8(bytes(0xF4, 0x90, 0x80, 0x80), 0)).isEqualTo(0);
    assertThat(TextDecoding.firstInvalidUtf8(bytes(0xE2, 0x80), 0)).isEqualTo(0);
    assertThat(TextDecoding.firstInvalidUtf8("\u201cOK\u201d \uD83D\uDE00".getBytes(StandardCharsets.UTF_8), 0))
        .isEqualTo(-1);
  }

  @Test
  void crlfLineEndingsMapToTheRightCharacter() throws IOException {
    Article a = only(load(write("crlf.txt", "First paragraph.\r\n\r\nThe meeting in Vienna ended.\r\nLast.\r\n")));
    assertThat(at(a, "Vienna")).isEqualTo("3:16");
    assertThat(at(a, "Last")).isEqualTo("4:1");
    assertThat(a.text().charAt(a.map().fileOffset(a.text().indexOf("Vienna")))).isEqualTo('V');
  }

  @Test
  void loneCarriageReturnsCountAsLineEnds() throws IOException {
    Article a = only(load(write("cr.txt", "One line.\rTwo lines in Geneva.\rThree.")));
    assertThat(at(a, "Geneva")).isEqualTo("2:14");
    assertThat(at(a, "Three")).isEqualTo("3:1");
  }

  @Test
  void emptyAndWhitespaceOnlyFilesAreErrorsAndTheGoodOneLoads() throws IOException {
    Path empty = write("empty.txt", "");
    Path blank = write("blank.txt", " \n\t\r\n  \n");
    Path bomOnly = write("bom-only.txt", bytes(0xEF, 0xBB, 0xBF));
    Path good = write("good.txt", GOOD);
    LoadResult r = load(empty, blank, bomOnly, good);
    assertThat(errorLines(r)).containsExactly(
        empty + ": empty file",
        blank + ": no text (only white space)",
        bomOnly + ": no text (only white space)");
    assertThat(ids(r)).containsExactly("good");
  }

  @Test
  void binaryFilesAreOneLineEach() throws IOException {
    Path png = write("photo.txt", bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'));
    Path zip = write("story.md", bytes('P', 'K', 3, 4, 20, 0, 0, 0, 8, 0));
    Path nul = write("nul.html", concat("<p>Hello".getBytes(StandardCharsets.US_ASCII), bytes(0), "</p>".getBytes(
        StandardCharsets.US_ASCII)));
    Path pdf = write("doc.txt", "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1));
    Path good = write("good.txt", GOOD);
    LoadResult r = load(png, zip, nul, pdf, good);
    assertThat(errorLines(r)).containsExactly(
        png + ": binary file (PNG image), not text",
        zip + ": binary file (ZIP archive, or a .docx/.epub/.odt built on one), not text",
        nul + ": binary file (NUL byte at offset 8), not text",
        pdf + ": binary file (PDF document), not text");
    assertThat(ids(r)).containsExactly("good");
  }

  @Test
  void aLargeFileIsRefusedWithoutReadingIt() throws IOException {
    Path big = dir.resolve("huge.txt");
    try (var ch = java.nio.channels.FileChannel.open(big, java.nio.file.StandardOpenOption.CREATE_NEW,
        java.nio.file.StandardOpenOption.WRITE)) {
      ch.write(java.nio.ByteBuffer.wrap(new byte[] {'x'}), Loader.MAX_BYTES); // sparse: no disk used
    }
    LoadResult r = load(big, write("good.txt", GOOD));
    assertThat(errorLines(r)).containsExactly(big + ": too large (256 MB; the limit is 256 MB)");
    assertThat(ids(r)).containsExactly("good");
  }

  // ---- JSON Lines ----

  @Test
  void jsonLinesReadsEveryGoodLineAndNamesEachBadOne() throws IOException {
    Path p = write("corpus.jsonl", String.join("\n",
        "{\"id\": \"a\", \"text\": \"Sherman met Ryabkov in Geneva.\", \"source\": \"Reuters\", "
            + "\"published\": \"2022-01-10\", \"story\": \"geneva\", \"title\": \"Talks\", \"url\": \"https://example.org/a\"}",
        "{\"id\": \"b\", \"text\": \"broken\" ",
        "",
        "[1, 2]",
        "{\"text\": \"no id here\"}",
        "{\"id\": \"c\"}",
        "{\"id\": \"a\", \"text\": \"Same id again.\"}",
        "{\"id\": \"d\", \"text\": \"Talks on Thursday.\", \"published\": \"2022-13-45\"}",
        "{\"id\": \"e\", \"text\": \"Fine.\"} {\"id\": \"f\", \"text\": \"Two on one line.\"}",
        "{\"id\": {\"x\": 1}, \"text\": \"Odd id.\"}",
        "{\"id\": \"g\", \"text\": 42}",
        "{\"id\": \"h\", \"text\": \"   \"}",
        "{\"id\": 7, \"text\": \"Numeric ids are fine.\", \"published\": \"2022-01-13T09:30:00Z\"}\r"));
    LoadResult r = load(p);
    List<String> lines = errorLines(r);
    assertThat(lines).hasSize(10);
    // Jackson words the JSON problem; the line and the column are ours to get right
    assertThat(lines.get(0)).startsWith(p + ":2: not valid JSON at column 30: Unexpected end-of-input");
    assertThat(lines.get(6)).startsWith(p + ":9: not valid JSON at column 30: Trailing token");
    assertThat(lines).containsSubsequence(
        p + ":4: expected a JSON object with \"id\" and \"text\", found an array",
        p + ":5: no \"id\" (every line needs \"id\" and \"text\")",
        p + ":6: article 'c' has no \"text\"",
        p + ":7: duplicate article id 'a' (already used by " + p + ":1); this line is skipped",
        p + ":8: article 'd': bad \"published\" date '2022-13-45' (expected YYYY-MM-DD or an ISO date-time);"
            + " read without a date",
        p + ":10: \"id\" must be a string, found an object",
        p + ":11: article 'g': \"text\" must be a string, found a number",
        p + ":12: article 'h' has an empty \"text\"");
    assertThat(ids(r)).containsExactly("a", "d", "7");
    Article a = r.articles().get(0);
    assertThat(a.path()).isEqualTo(p + "#a");
    assertThat(a.source()).isEqualTo("Reuters");
    assertThat(a.published()).isEqualTo(LocalDate.of(2022, 1, 10));
    assertThat(a.story()).isEqualTo("geneva");
    assertThat(a.title()).isEqualTo("Talks");
    assertThat(a.url()).isEqualTo("https://example.org/a");
    assertThat(r.articles().get(1).published()).isNull();
    assertThat(r.articles().get(2).published()).isEqualTo(LocalDate.of(2022, 1, 13));
    assertThat(r.articles().get(2).story()).isEqualTo(Article.DEFAULT_STORY);
  }

  @Test
  void aLargeJsonLinesFileIsReadLineByLineWithTheSameResult() throws IOException {
    Path p = write("corpus.jsonl", String.join("\n",
        "{\"id\": \"a\", \"text\": \"Sherman met Ryabkov in Geneva.\", \"story\": \"geneva\"}",
        "{\"id\": \"b\", \"text\": \"broken\" ",
        "",
        "   ",
        "{\"id\": \"a\", \"text\": \"Same id again.\"}",
        "{\"id\": \"c\", \"text\": \"Grüße aus Genf — “nearly eight hours”.\"}\r",
        "{\"id\": 7, \"text\": \"Numeric ids are fine.\"}\r"));
    LoadResult whole = load(p);
    LoadResult lines = Loader.load(List.of(p), 0); // every JSON Lines file is "large"
    assertThat(errorLines(lines)).isEqualTo(errorLines(whole)).hasSize(2);
    assertThat(ids(lines)).isEqualTo(ids(whole)).containsExactly("a", "c", "7");
    assertThat(lines.articles()).extracting(Article::text).isEqualTo(whole.articles().stream().map(Article::text).toList());
    assertThat(lines.articles().get(1).text()).isEqualTo("Grüße aus Genf — “nearly eight hours”.");
  }

  @Test
  void aLargeJsonLinesFileNamesEachBadLineAndReadsTheRest() throws IOException {
    byte[] bom = bytes(0xEF, 0xBB, 0xBF);
    byte[] good = "{\"id\": \"a\", \"text\": \"Talks in Geneva.\"}\n".getBytes(StandardCharsets.UTF_8);
    byte[] latin1 = "{\"id\": \"b\", \"text\": \"Gr\u00fc\u00dfe.\"}\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] nul = concat("{\"id\": \"c\", \"text\": \"x".getBytes(StandardCharsets.UTF_8), bytes(0), "\"}\n".getBytes(StandardCharsets.UTF_8));
    byte[] last = "{\"id\": \"d\", \"text\": \"No line feed at the end.\"}".getBytes(StandardCharsets.UTF_8);
    Path p = write("big.jsonl", concat(bom, good, latin1, nul, last));
    LoadResult r = Loader.load(List.of(p), 0);
    int latin1At = bom.length + good.length + "{\"id\": \"b\", \"text\": \"Gr".length();
    int nulAt = bom.length + good.length + latin1.length + "{\"id\": \"c\", \"text\": \"x".length();
    assertThat(errorLines(r)).containsExactly(
        p + ":2: bad byte 0xFC at byte offset " + latin1At + ", not UTF-8 text; this line is skipped",
        p + ":3: a NUL byte at byte offset " + nulAt + ", not UTF-8 text; this line is skipped");
    assertThat(ids(r)).containsExactly("a", "d");

    Path utf16 = write("utf16.jsonl", concat(bytes(0xFF, 0xFE), "{".getBytes(StandardCharsets.UTF_16LE)));
    Path zip = write("zip.jsonl", bytes('P', 'K', 3, 4, 0, 0, 0, 0));
    assertThat(errorLines(Loader.load(List.of(utf16, zip), 0))).containsExactly(
        utf16 + ": UTF-16 or UTF-32 text; a JSON Lines file this large is read only as UTF-8 (save it as UTF-8)",
        zip + ": binary file (ZIP archive, or a .docx/.epub/.odt built on one), not text");
  }

  @Test
  void jsonLinesDuplicateIdsAcrossFilesNameTheFirstPlace() throws IOException {
    Path one = write("one.jsonl", "{\"id\": \"x\", \"text\": \"First.\"}\n");
    Path two = write("two.jsonl", "\n{\"id\": \"x\", \"text\": \"Second.\"}\n");
    LoadResult r = load(one, two);
    assertThat(errorLines(r)).containsExactly(
        two + ":2: duplicate article id 'x' (already used by " + one + ":1); this line is skipped");
    assertThat(r.articles()).extracting(Article::text).containsExactly("First.");
  }

  @Test
  void aVeryLongJsonLineLoads() throws IOException {
    String text = "The talks lasted nearly eight hours. ".repeat(10 * 1024 * 1024 / 37 + 1);
    Path p = write("long.jsonl", "{\"id\": \"long\", \"text\": \"" + text + "\"}\n{\"id\": \"short\", \"text\": \"Hi.\"}\n");
    LoadResult r = load(p);
    assertThat(r.errors()).isEmpty();
    assertThat(ids(r)).containsExactly("long", "short");
    assertThat(r.articles().get(0).text()).hasSize(text.length()).isEqualTo(text);
  }

  // ---- folders ----

  @Test
  void foldersAreReadRecursivelyInSortedOrderSkippingOtherTypesWithANote() throws IOException {
    write("b.txt", GOOD);
    write("a.txt", GOOD);
    write("sub/deeper/d.html", "<html><body><article><p>Talks in Vienna.</p></article></body></html>");
    write("sub/c.md", "# Talks\n\nSherman spoke.\n");
    Path jpg = write("sub/photo.jpg", bytes(0xFF, 0xD8, 0xFF, 0xE0));
    write(".hidden/secret.txt", GOOD);
    Path dsStore = write(".DS_Store", bytes(0, 0, 0, 1));
    write("notes/README", "not an article");
    LoadResult r = load(dir);
    assertThat(r.errors()).isEmpty();
    assertThat(ids(r)).containsExactly("a", "b", "c", "d");
    assertThat(r.notes()).containsExactlyInAnyOrder(
        dir.resolve(".hidden") + ": skipped (hidden folder)",
        dsStore + ": skipped (hidden file)",
        dir.resolve("notes/README") + ": skipped (not an article type)",
        jpg + ": skipped (not an article type)");
  }

  @Test
  void aNamedFileOfAnotherTypeIsAnError() throws IOException {
    Path csv = write("data.csv", "a,b\n1,2\n");
    LoadResult r = load(csv, write("good.txt", GOOD));
    assertThat(errorLines(r)).containsExactly(
        csv + ": not an article (expected .txt, .md, .markdown, .html, .htm or .jsonl)");
    assertThat(ids(r)).containsExactly("good");
  }

  @Test
  void missingPathsAreErrorsAndTheRestLoads() throws IOException {
    Path good = write("good.txt", GOOD);
    Path missing = dir.resolve("no-such-folder");
    Path missingFile = dir.resolve("gone.md");
    LoadResult r = load(missing, good, missingFile);
    assertThat(errorLines(r)).containsExactly(
        missing + ": no such file or folder",
        missingFile + ": no such file or folder");
    assertThat(ids(r)).containsExactly("good");
  }

  @Test
  void aSymbolicLinkLoopIsReportedOnceAndTheWalkGoesOn() throws IOException {
    write("a.txt", GOOD);
    write("sub/b.txt", GOOD);
    Path loop = dir.resolve("sub/loop");
    Files.createSymbolicLink(loop, dir);
    write("z/c.txt", GOOD);
    LoadResult r = load(dir);
    assertThat(errorLines(r)).containsExactly(
        loop + ": symbolic link loop (it leads back to a folder being read); not followed");
    assertThat(ids(r)).containsExactly("a", "b", "c");
  }

  @Test
  void linkedFilesAreReadOnceAndBrokenLinksAreErrors(@TempDir Path elsewhere) throws IOException {
    Path outside = elsewhere.resolve("outside.txt");
    Files.writeString(outside, GOOD, StandardCharsets.UTF_8);
    Files.createSymbolicLink(dir.resolve("linked.txt"), outside);
    Path original = write("original.txt", GOOD);
    Path alias = dir.resolve("z-alias.txt");
    Files.createSymbolicLink(alias, original);
    Path broken = dir.resolve("broken.md");
    Files.createSymbolicLink(broken, dir.resolve("nowhere.md"));
    LoadResult r = load(dir);
    assertThat(errorLines(r)).containsExactly(broken + ": broken symbolic link (its target does not exist)");
    assertThat(ids(r)).containsExactly("linked", "original");
    assertThat(r.notes()).containsExactly(alias + ": skipped (the same file was read already, through another name)");
    LoadResult named = load(broken);
    assertThat(errorLines(named)).containsExactly(broken + ": broken symbolic link (its target does not exist)");
  }

  @Test
  void anUnreadableFileIsAnErrorAndTheOthersLoad() throws IOException {
    assumeTrue(!"root".equals(System.getProperty("user.name")), "root reads every file; see the FIFO test");
    Path secret = write("secret.txt", GOOD);
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
    write("good.txt", GOOD);
    LoadResult r = load(dir);
    assertThat(errorLines(r)).containsExactly(secret + ": cannot read: permission denied");
    assertThat(ids(r)).containsExactly("good");
  }

  @Test
  void aPipeOrDeviceIsNeverOpened() throws Exception {
    Path fifo = dir.resolve("pipe.txt");
    Process p;
    try {
      p = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (IOException e) {
      assumeTrue(false, "no mkfifo here");
      return;
    }
    assumeTrue(p.waitFor() == 0 && Files.exists(fifo), "mkfifo failed");
    write("good.txt", GOOD);
    LoadResult folder = load(dir);
    assertThat(folder.errors()).isEmpty();
    assertThat(folder.notes()).containsExactly(fifo + ": skipped (not a regular file)");
    assertThat(ids(folder)).containsExactly("good");
    LoadResult named = load(fifo);
    assertThat(errorLines(named)).containsExactly(fifo + ": not a regular file (a device, pipe or socket)");
  }

  @Test
  void aFolderNamedLikeAnArticleIsReadAsAFolder() throws IOException {
    write("odd.txt/inner.txt", GOOD);
    LoadResult r = load(dir.resolve("odd.txt"));
    assertThat(ids(r)).containsExactly("inner");
  }

  @Test
  void sameFileNamesInTwoFoldersGetPathIds() throws IOException {
    write("cnn/index.html", "<article><p>Talks lasted four hours.</p></article>");
    Path second = write("wsj/index.html", "<article><p>Talks lasted eight hours.</p></article>");
    write("wsj/deep/index.html", "<article><p>Talks lasted a day.</p></article>");
    LoadResult r = load(dir);
    assertThat(r.errors()).isEmpty();
    assertThat(ids(r)).containsExactly("index", "wsj/deep/index", "wsj/index");
    assertThat(r.notes()).contains(second + ": article id 'wsj/index' (the id 'index' is taken by "
        + dir.resolve("cnn/index.html") + ")");
    Path sibling = write("cnn/index.md", "Same story as Markdown.\n");
    LoadResult both = load(dir.resolve("cnn"));
    assertThat(ids(both)).containsExactly("index", "index.md");
    assertThat(both.notes()).containsExactly(sibling + ": article id 'index.md' (the id 'index' is taken by "
        + dir.resolve("cnn/index.html") + ")");
    Path clash = write("flat/index.txt", GOOD);
    LoadResult twice = load(dir.resolve("cnn/index.html"), dir.resolve("cnn/index.md"), clash);
    assertThat(ids(twice)).containsExactly("index", "index.md", "index.txt");
    LoadResult thrice = load(dir.resolve("cnn/index.html"), clash, clash.resolveSibling("index.txt"));
    assertThat(errorLines(thrice)).isEmpty();
    assertThat(thrice.notes()).contains(clash + ": skipped (the same file was read already, through another name)");
    Path third = write("other/index.txt", GOOD);
    LoadResult four = load(dir.resolve("cnn/index.html"), clash, third);
    assertThat(errorLines(four)).containsExactly(third + ": duplicate article id 'index' (already used by "
        + dir.resolve("cnn/index.html") + "); rename one of them");
  }

  // ---- manifest.yaml ----

  @Test
  void manifestGivesMetadataToEveryFileTypeAndOverridesTheFile() throws IOException {
    write("manifest.yaml", """
        story: vienna-osce
        articles:
          a.txt:
            source: CNN
            published: 2022-01-13
            title: Talks end
            url: https://example.org/a
          b.md:
            source: Override Times
          c.txt:
            published: 2022-02-30
          typo.txt:
            source: Nobody
          a.md:
            date: 2022-01-01
        """);
    write("a.txt", GOOD);
    write("b.md", "---\nsource: Markdown Daily\npublished: 2022-01-12\n---\nText of b.\n");
    write("c.txt", GOOD);
    LoadResult r = load(dir);
    assertThat(errorLines(r)).containsExactly(dir.resolve("manifest.yaml") + ": c.txt: bad published date"
        + " '2022-02-30' (expected YYYY-MM-DD or an ISO date-time); read without a date");
    Article a = r.articles().get(0);
    assertThat(a.source()).isEqualTo("CNN");
    assertThat(a.published()).isEqualTo(LocalDate.of(2022, 1, 13));
    assertThat(a.title()).isEqualTo("Talks end");
    assertThat(a.url()).isEqualTo("https://example.org/a");
    assertThat(a.story()).isEqualTo("vienna-osce");
    Article b = r.articles().get(1);
    assertThat(b.source()).isEqualTo("Override Times");
    assertThat(b.published()).isEqualTo(LocalDate.of(2022, 1, 12));
    assertThat(b.story()).isEqualTo("vienna-osce");
    assertThat(r.articles().get(2).published()).isNull();
    Path m = dir.resolve("manifest.yaml");
    assertThat(r.notes()).containsExactly(
        m + ": a.md: unknown key 'date' ignored (known: source, published, title, url, story)",
        m + ": 'typo.txt' names no file in this folder",
        m + ": 'a.md' names no file in this folder");
  }

  @Test
  void aBrokenManifestIsReportedWithItsLineAndTheArticlesStillLoad() throws IOException {
    Path m = write("manifest.yaml", "story: x\narticles:\n  a.txt:\n    source: [unclosed\n");
    write("a.txt", GOOD);
    LoadResult r = load(dir);
    // the error names the line where the unclosed list starts
    assertThat(errorLines(r)).singleElement().asString()
        .startsWith(m + ":4: not valid YAML (while parsing a flow sequence: expected ',' or ']'")
        .endsWith("); the folder's articles are read without their metadata");
    assertThat(ids(r)).containsExactly("a");
  }

  @Test
  void theSeedFixtureLoadsWithItsManifest() {
    LoadResult r = load(Path.of("fixtures/ukraine-talks-2022"));
    assertThat(r.errors()).isEmpty();
    // the folder also holds the fixture's expectation files: skipped, with a note each
    assertThat(r.notes()).allSatisfy(n -> assertThat(n).endsWith(".yaml: skipped (not an article type)"));
    assertThat(ids(r)).containsExactly("000_b7ca71d79ab89d77", "001_47233b69de273cc9", "002_83c99723467baf51",
        "003_bb869597a4b66297", "004_26dff11e0349677d");
    assertThat(r.articles()).extracting(Article::story).containsOnly("ukraine-talks-2022");
    assertThat(r.articles()).extracting(Article::published).containsExactly(LocalDate.of(2022, 1, 13), null,
        LocalDate.of(2022, 1, 13), LocalDate.of(2022, 1, 12), LocalDate.of(2022, 1, 14));
    Article cnn = r.articles().get(0);
    assertThat(cnn.source()).isEqualTo("CNN");
    assertThat(cnn.text()).startsWith("(CNN)The last of three meetings");
    assertThat(at(cnn, "Thursday\u2019s meeting in Vienna")).isEqualTo("2:1");
  }

  // ---- the CLI seam ----

  @Test
  void checkExitsWithFiveWhenOneInputIsUnreadableAndReportsTheOthers() throws IOException {
    write("a.txt", "Wendy Sherman, the deputy secretary of state, led the talks in Geneva.\n");
    write("b.md", "---\nsource: Example\n---\n# Geneva\n\nThe talks in Geneva lasted nearly eight hours.\n");
    Path png = write("c.txt", bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = new io.crosscheck.cli.Cli(new PrintWriter(out), new PrintWriter(err)).run("check", dir.toString());
    assertThat(code).isEqualTo(5);
    assertThat(err.toString()).contains(png + ": binary file (PNG image), not text");
    assertThat(out.toString()).contains("2 articles").contains("(1 input could not be read)");
  }
}
