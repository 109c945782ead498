package io.crosscheck.index;

import io.crosscheck.extract.Claim;
import io.crosscheck.extract.ClaimKind;
import io.crosscheck.extract.Document;
import io.crosscheck.extract.EventContext;
import io.crosscheck.extract.Extraction;
import io.crosscheck.extract.Extractor;
import io.crosscheck.extract.Title;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small title extractor for the archive and bench tests, independent of the real extractors:
 * "[U.S.|Russian] [Deputy|Assistant|Under|Vice] Secretary of State|Foreign Minister|Defense
 * Minister|National Security Adviser First Last" becomes a title claim about "First Last" ("Vice"
 * read as "deputy", as the title lexicon does). It also reads "Blinken's deputy Wendy Sherman" (fixture 000) as
 * "Under Secretary of State": a deliberately wrong reading, so that the archive holds a conflict
 * between archive articles alone, which a draft check must not report.
 */
public final class TitleReading implements Extractor {
  private static final Pattern TITLE = Pattern.compile(
      "\\b(?:(?:U\\.S\\.|US|Russian) )?(?:(Deputy|Assistant|Under|Vice|deputy|assistant|under) )?"
          + "(Secretary of State|Foreign Minister|foreign minister|Defense Minister|National Security Adviser) "
          + "((?:[A-Z][\\w'-]+ )?[A-Z][\\w'-]+)");
  private static final Pattern WRONG = Pattern.compile("Blinken\u2019s deputy (Wendy Sherman)");

  public static Extraction extraction() {
    return new Extraction(List.of(new TitleReading()));
  }

  @Override
  public List<Claim> extract(Document doc) {
    List<Claim> out = new ArrayList<>();
    Matcher m = TITLE.matcher(doc.text());
    while (m.find()) {
      String rank = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT).replace("vice", "deputy");
      Title t = new Title(m.group(2).toLowerCase(Locale.ROOT), rank, "", false, false);
      out.add(doc.claim(ClaimKind.TITLE, m.group(3), "title", m.start(), m.start(3) - 1, t, EventContext.NONE));
    }
    Matcher w = WRONG.matcher(doc.text());
    while (w.find()) {
      Title t = new Title("secretary of state", "under", "", false, false);
      out.add(doc.claim(ClaimKind.TITLE, w.group(1), "title", w.start(), w.start(1) - 1, t, EventContext.NONE));
    }
    return out;
  }
}
