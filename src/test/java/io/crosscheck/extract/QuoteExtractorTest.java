package io.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.load.Article;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Text in, quote claims out: "subject: value as written", with " (partial)" for partial quotes.
 * Paragraphs are lines, as in the fixture.
 */
class QuoteExtractorTest {

  static Stream<Arguments> texts() {
    return Stream.of(
        // attribution after the quote
        row("After Thursday’s meeting, US Ambassador to the OSCE Michael Carpenter told reporters about the war drum.\n"
                + "“We have to take this very seriously,” Carpenter said of the gathering of Russian troops along the border with Ukraine. “We need to prepare for the possibility of an escalation.”",
            "Michael Carpenter: We have to take this very seriously",
            "Michael Carpenter: We need to prepare for the possibility of an escalation."),
        row("“The jury’s out on which path Vladimir Putin is going to choose,” said Secretary of State Antony Blinken after the conclusion of the week’s meetings, in an interview with MSNBC. “Is he going to choose the path of diplomacy?”",
            "Antony Blinken: The jury’s out on which path Vladimir Putin is going to choose",
            "Antony Blinken: Is he going to choose the path of diplomacy?"),
        row("“The US and its NATO allies are not ready to meet Russia halfway on the key issues,” Russian Deputy Foreign Minister Sergei Ryabkov said Thrusday, according to state news agency TASS. “The main problem is that the United States and its NATO allies are not ready to meet our key demands.”",
            "Sergei Ryabkov: The US and its NATO allies are not ready to meet Russia halfway on the key issues",
            "Sergei Ryabkov: The main problem is that the United States and its NATO allies are not ready to meet our key demands."),
        row("Russian Foreign Minister Sergei Lavrov warned on Friday that Moscow was running out of patience.\n"
                + "“We will not wait forever,” Mr. Lavrov said.",
            "Sergei Lavrov: We will not wait forever"),
        row("“If we do not hear a constructive response,” Alexander Lukashevich said in remarks released by his office, “we will be forced to draw the corresponding conclusions.”",
            "Alexander Lukashevich: If we do not hear a constructive response",
            "Alexander Lukashevich: we will be forced to draw the corresponding conclusions."),
        row("U.S. and Western officials rejected the demands as “nonstarters,” according to State Department spokesman Ned Price.",
            "Ned Price: nonstarters (partial)"),
        row("“The talks have reached a dead end,” according to the state news agency TASS.",
            "TASS: The talks have reached a dead end"),
        // attribution before the quote
        row("Echoing the growing pessimism in Washington, Michael Carpenter told reporters that “the drumbeat of war is sounding loud.”",
            "Michael Carpenter: the drumbeat of war is sounding loud. (partial)"),
        row("Polish Foreign Minister Zbigniew Rau, Chairman of the OSCE, warned after Thursday’s meeting that “the risk of war in the OSCE area is now greater than ever in the past 30 years”.",
            "Zbigniew Rau: the risk of war in the OSCE area is now greater than ever in the past 30 years (partial)"),
        row("NATO Secretary General Jens Stoltenberg spoke after the meeting.\nStoltenberg said: “We are ready to sit down again.”",
            "Jens Stoltenberg: We are ready to sit down again."),
        row("Sergei Lavrov spoke in Moscow. Lavrov said: \"We will wait for it. And then we will determine our next steps.\"",
            "Sergei Lavrov: We will wait for it. And then we will determine our next steps."),
        row("Deputy Foreign Minister Alexander Grushko told reporters the talks uncovered “a big number of differences on fundamental issues.”",
            "Alexander Grushko: a big number of differences on fundamental issues. (partial)"),
        row("Jens Stoltenberg chaired the session. Stoltenberg reiterated that only NATO and applicant countries can decide on membership, saying Russia “does not have a veto” on whether Ukraine can join.",
            "Jens Stoltenberg: does not have a veto (partial)"),
        // attribution later in the sentence
        row("War between NATO and Russia is “unthinkable” because it would lead to a wider global conflict, Latvian Prime Minister Krisjanis Karins warned in an interview with TV3.",
            "Krisjanis Karins: unthinkable (partial)"),
        // pronouns
        row("Deputy Secretary of State Wendy Sherman led the talks.\n"
                + "Russia’s Foreign Minister Sergei Lavrov said on Thursday that the demands were clear.\n"
                + "“The Russian delegation sat through nearly four hours of a meeting,” she said Wednesday.",
            "Wendy Sherman: The Russian delegation sat through nearly four hours of a meeting"),
        row("Wendy Sherman met Victoria Nuland in Geneva.\n“We will keep talking,” she said.",
            "Victoria Nuland: We will keep talking"),
        row("Sergei Lavrov spoke after the meeting.\n“We will not wait forever,” she said.\n“Nor will we,” he said."
                + " Jeffrey Edmonds, a former White House adviser on Russia, disagreed.\n“There was never any real desire to reach a negotiated position,” he said.",
            "Sergei Lavrov: Nor will we",
            "Jeffrey Edmonds: There was never any real desire to reach a negotiated position"),
        row("Wendy Sherman led the talks. Sherman countered that no formal terms were put forward in what she called “discussions.”",
            "Wendy Sherman: discussions. (partial)"),
        // organisations
        row("Russia says US demands “unacceptable”",
            "Russia: unacceptable (partial)"),
        row("Ukraine said it was targeted by a cyberattack, and the White House said Moscow had planned “false-flag” operations.",
            "White House: false-flag (partial)"),
        row("The Russian Defense Ministry said in a statement that the Kremlin expects a “constructive dialogue” with the U.S.",
            "Russian Defense Ministry: constructive dialogue (partial)"),
        // a quote that runs on into the next paragraph
        row("Dmitry Peskov spoke to reporters.\n“We will respond in kind and without delay.\n“Nobody should doubt it,” Peskov said.",
            "Dmitry Peskov: We will respond in kind and without delay.",
            "Dmitry Peskov: Nobody should doubt it"),
        row("“We will respond,” Kremlin spokesman Dmitry Peskov said. “The answer will come soon.\n“And it will be firm.”",
            "Dmitry Peskov: We will respond",
            "Dmitry Peskov: The answer will come soon.",
            "Dmitry Peskov: And it will be firm."),
        // typing slips in the machine-reworded copy
        row("Wendy Sherman spoke on Wednesday.\n“I think it is not an easy thing to do. do, “she said on Wednesday.",
            "Wendy Sherman: I think it is not an easy thing to do. do"),
        // more news prose
        row("Lavrov’s spokeswoman, Maria Zakharova, called the proposals “a farce.”",
            "Maria Zakharova: a farce. (partial)"),
        row("“Diplomacy is the only way,” said Annalena Baerbock, Germany’s foreign minister.",
            "Annalena Baerbock: Diplomacy is the only way"),
        row("“He told me, ‘We will not attack,’ and I believed him,” Ukrainian Foreign Minister Dmytro Kuleba said.",
            "Dmytro Kuleba: He told me, ‘We will not attack,’ and I believed him"),
        row("“We are ready,” Stoltenberg said, adding that NATO would “never compromise” on its core principles.",
            "Stoltenberg: We are ready",
            "Stoltenberg: never compromise (partial)"),
        row("Asked whether talks would continue, national security adviser Jake Sullivan said: “We’ll see.” He called the talks “useful but difficult.”",
            "Jake Sullivan: We’ll see.",
            "Jake Sullivan: useful but difficult. (partial)"),
        row("Ms. Nuland, the under secretary of state, said the U.S. was “prepared either way.”\n“That’s not true,” she said.",
            "Nuland: prepared either way. (partial)",
            "Nuland: That’s not true"),
        row("NATO Secretary-General Jens Stoltenberg spoke.\n\n\"We will not compromise,\" Stoltenberg told reporters. \"Each nation chooses its path.\n\n\"That is not up for negotiation,\" he added.",
            "Jens Stoltenberg: We will not compromise",
            "Jens Stoltenberg: Each nation chooses its path.",
            "Jens Stoltenberg: That is not up for negotiation"),
        // nothing to find
        row("Analysts were skeptical. \"This is theater,\" said one European diplomat who asked not to be named."),
        row("“We’re not going to negotiate in public,” a State Department official said."),
        row("The word “dialogue” appears nowhere in the text."),
        row("Officials said the meeting, which ran to “nearly five hours,” ended without agreement."),
        row("Thursday’s meeting capped a week that the allies hoped could spur Russia to pursue a path of “de-escalation and diplomacy” rather than mobilizing troops."),
        row("War ‘unthinkable’"),
        row("One senior Russian diplomat said that talks with the West were approaching a “dead end,” while another said the Kremlin would wait."),
        row("Russia rejected blame, with its chief negotiator at the talks with NATO saying Moscow is a “guarantor of peace” in the region."),
        row("Sergei Lavrov spoke in Moscow.\n“We will not wait forever,” she said."),
        row("“We are worried,” a senior official said."),
        row("It’s the allies’ plan, and Russia’s reply, that count."),
        row("He was 6'2\" and weighed 90 kilos."));
  }

  private static Arguments row(String text, String... expected) {
    return Arguments.of(text, List.of(expected));
  }

  @ParameterizedTest
  @MethodSource("texts")
  void findsQuotes(String text, List<String> expected) {
    assertThat(quotes(text)).containsExactlyElementsOf(expected);
  }

  @Test
  void aSecondQuoteWithoutAttributionBelongsToTheFirstQuotesSpeaker() {
    String text = "US Ambassador Michael Carpenter spoke.\n"
        + "“We must never stand for the flouting of our principles,” Carpenter said. “That means no tolerance.”\n"
        + "“We are worried,” a senior official said. “Very worried.”";
    assertThat(quotes(text))
        .containsExactly(
            "Michael Carpenter: We must never stand for the flouting of our principles",
            "Michael Carpenter: That means no tolerance.");
  }

  @Test
  void normalisedValueSpeakerAndOffsets() {
    String text = "Sergey Lavrov spoke.\n“I don’t think we need to explain — of course, we won’t discuss 106,000 troops,” Lavrov said.";
    List<Claim> claims = new QuoteExtractor().extract(doc(text));
    assertThat(claims).hasSize(1);
    Claim c = claims.get(0);
    assertThat(c.kind()).isEqualTo(ClaimKind.QUOTE);
    assertThat(c.attribute()).isEqualTo("quote");
    assertThat(c.subject()).isEqualTo("Sergey Lavrov");
    assertThat(c.line()).isEqualTo(2);
    assertThat(c.column()).isEqualTo(2);
    assertThat(text.substring(c.start(), c.end())).isEqualTo(c.value());
    assertThat(c.normalized())
        .isEqualTo(new Quote("i don't think we need to explain of course we won't discuss 106000 troops", false, "Lavrov"));
    assertThat(c.event()).isEqualTo(EventContext.NONE);
  }

  @Test
  void pronounSpeakerIsTheFullName() {
    String text = "Wendy Sherman briefed reporters.\n“If Russia walks away, it will be apparent,” she noted.";
    Claim c = new QuoteExtractor().extract(doc(text)).get(0);
    assertThat(((Quote) c.normalized()).speaker()).isEqualTo("Wendy Sherman");
  }

  @Test
  void oddTextYieldsNothing() {
    for (String text : List.of("", "“", "”", "\"", "“”", "‘’", "“ ”", "“,” she said", "said “", "\n“\n“\n")) {
      assertThat(new QuoteExtractor().extract(doc(text))).as(text).isEmpty();
    }
  }

  static List<String> quotes(String text) {
    return new QuoteExtractor()
        .extract(doc(text)).stream()
            .sorted(Extraction.ORDER)
            .map(c -> c.subject() + ": " + c.value() + (((Quote) c.normalized()).partial() ? " (partial)" : ""))
            .toList();
  }

  static Document doc(String text) {
    return new Document(Article.plain("t", "t.txt", text, null, null, "s"));
  }
}
