package io.crosscheck.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.extract.Claim;
import io.crosscheck.extract.ClaimKind;
import io.crosscheck.extract.ClaimValue;
import io.crosscheck.extract.DateValue;
import io.crosscheck.extract.Document;
import io.crosscheck.extract.EventContext;
import io.crosscheck.extract.Quote;
import io.crosscheck.extract.Title;
import io.crosscheck.load.Article;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds a story's articles and hand-made claims the way extractors make them. */
final class StoryBuilder {
  private final Map<String, Article> articles = new LinkedHashMap<>();
  private final Map<String, Document> docs = new LinkedHashMap<>();
  private final List<Claim> claims = new ArrayList<>();

  private String anchor;

  StoryBuilder article(String id, String text) {
    return article(Article.plain(id, id + ".txt", text, null, null, "story"));
  }

  StoryBuilder article(Article a) {
    String id = a.id();
    articles.put(id, a);
    docs.put(id, new Document(a));
    return this;
  }

  /** The next claim's value is searched from the first occurrence of this text on. */
  StoryBuilder after(String text) {
    this.anchor = text;
    return this;
  }

  /** A claim whose value is the first occurrence of {@code valueText} in the article (after the anchor). */
  Claim claim(String article, ClaimKind kind, String subject, String attribute, String valueText, ClaimValue v,
      EventContext ctx) {
    Document d = docs.get(article);
    int from = 0;
    if (anchor != null) {
      from = d.text().indexOf(anchor);
      assertThat(from).as("'%s' in %s", anchor, article).isGreaterThanOrEqualTo(0);
      anchor = null;
    }
    int start = d.text().indexOf(valueText, from);
    assertThat(start).as("'%s' in %s", valueText, article).isGreaterThanOrEqualTo(0);
    Claim c = d.claim(kind, subject, attribute, start,
        start + valueText.length(), v, ctx).withId("c" + (claims.size() + 1));
    claims.add(c);
    return c;
  }

  Claim title(String article, String subject, String valueText, String office, String rank, String org) {
    return title(article, subject, valueText, new Title(office, rank, org, false, false));
  }

  Claim title(String article, String subject, String valueText, Title t) {
    return claim(article, ClaimKind.TITLE, subject, "title", valueText, t, null);
  }

  Claim quote(String article, String subject, String words) {
    return claim(article, ClaimKind.QUOTE, subject, "quote", words,
        new Quote(words.toLowerCase(java.util.Locale.ROOT), false, subject), null);
  }

  Claim said(String article, String subject, String valueText, DayOfWeek day, EventContext ctx) {
    return claim(article, ClaimKind.DATE, subject, "date", valueText, new DateValue(null, day, "said", true), ctx);
  }

  ResolvedStory resolve() {
    return resolve(Lexicon.standard());
  }

  ResolvedStory resolve(Lexicon lex) {
    return new Resolver(lex).resolve("story", new ArrayList<>(articles.values()), claims);
  }

  List<Claim> claims() {
    return claims;
  }
}
