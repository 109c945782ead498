package io.crosscheck.resolve;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Replaces each token by its transliteration key ({@link Names#translit}): Sergey and Sergei index alike. */
final class TranslitFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  TranslitFilter(TokenStream in) {
    super(in);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    String t = Names.translit(term.toString());
    term.setEmpty().append(t);
    return true;
  }
}
