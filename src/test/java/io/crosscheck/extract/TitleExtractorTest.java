package io.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.load.Article;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Sentence in, title claims out: "subject | value as written | former rank office @org". */
class TitleExtractorTest {

  static Stream<Arguments> sentences() {
    return Stream.of(
        // from the seed articles
        row("U.S. Deputy Secretary of State Wendy Sherman told reporters after a NATO meeting with Russia on Wednesday.",
            "Wendy Sherman | U.S. Deputy Secretary of State | deputy secretary of state @u.s."),
        row("The head of the US delegation, Assistant Secretary of State Wendy Sherman, told reporters after the NATO talks.",
            "Wendy Sherman | Assistant Secretary of State | assistant secretary of state"),
        row("The head of the US delegation, Blinken’s deputy Wendy Sherman, told reporters after the talks at NATO.",
            "Wendy Sherman | Blinken’s deputy | deputy to blinken"),
        row("“This is what we call a dead end,” Russia’s deputy foreign minister, Sergei Ryabkov, said.",
            "Sergei Ryabkov | Russia’s deputy foreign minister | deputy foreign minister @russia"),
        row("Russian deputy Foreign Minister Sergei Ryabkov. (Denis Balibouse/Pool/AFP via Getty Images/TNS)",
            "Sergei Ryabkov | Russian deputy Foreign Minister | deputy foreign minister @russian"),
        row("U.S. Deputy Secretary of State Wendy Sherman, left, and Russian deputy Foreign Minister Sergei Ryabkov.",
            "Wendy Sherman | U.S. Deputy Secretary of State | deputy secretary of state @u.s.",
            "Sergei Ryabkov | Russian deputy Foreign Minister | deputy foreign minister @russian"),
        row("Polish Foreign Minister Zbigniew Rau, Chairman of the OSCE, warned after Thursday’s meeting.",
            "Zbigniew Rau | Polish Foreign Minister | foreign minister @polish",
            "Zbigniew Rau | Chairman of the OSCE | chairman @osce"),
        row("“It seems so,” said Foreign Minister Zbigniew Rau of Poland, which took over the rotating chairmanship.",
            "Zbigniew Rau | Foreign Minister | foreign minister @poland"),
        row("After Thursday’s meeting, US Ambassador to the OSCE Michael Carpenter told reporters that the war drum is ringing.",
            "Michael Carpenter | US Ambassador to the OSCE | ambassador @us"),
        row("The US representative to Thursday’s meeting, Michael Carpenter, also depicted the two sides as engaged in a standoff.",
            "Michael Carpenter | US representative to Thursday’s meeting | representative @us"),
        row("“The Russian leadership proves once again,” said Ukraine’s representative, Yevhenii Tsymbaliuk.",
            "Yevhenii Tsymbaliuk | Ukraine’s representative | representative @ukraine"),
        row("Alexander Lukashevich, Russia’s representative at talks with the West, spoke to the media in Vienna.",
            "Alexander Lukashevich | Russia’s representative at talks with the West | representative @russia"),
        row("“The diplomacy may not have run its course,” said Sandy Vershbow, former U.S. ambassador to Russia.",
            "Sandy Vershbow | former U.S. ambassador to Russia | former ambassador @u.s."),
        row("“They may be able to create more divisions,” said Mr. Vershbow, a Russia expert at the Atlantic Council, a Washington think tank.",
            "Vershbow | Russia expert at the Atlantic Council | expert @atlantic council"),
        row("One option is a large-scale operation, according to Oleksandr Danylyuk, a former secretary of Ukraine’s national security council.",
            "Oleksandr Danylyuk | former secretary of Ukraine’s national security council | former secretary @ukraine's national security council"),
        row("“It’s hard to say,” said Evelyn Farkas, a former defense official in the Obama administration.",
            "Evelyn Farkas | former defense official in the Obama administration | former defense official @obama administration"),
        row("Jeffrey Edmonds, a former White House adviser on Russia, said the talks were a pretext.",
            "Jeffrey Edmonds | former White House adviser on Russia | former adviser @white house"),
        row("“We are talking about Russian territory,” Kremlin spokesman Dmitry Peskov told reporters Thursday.",
            "Dmitry Peskov | Kremlin spokesman | spokesman @kremlin"),
        row("“That does give you an indication,” White House spokeswoman Jen Psaki said.",
            "Jen Psaki | White House spokeswoman | spokeswoman @white house"),
        row("U.S. and Western officials rejected the demands as nonstarters, according to State Department spokesman Ned Price.",
            "Ned Price | State Department spokesman | spokesman @state department"),
        row("NATO Secretary General Jens Stoltenberg said NATO is willing to meet again.",
            "Jens Stoltenberg | NATO Secretary General | secretary general @nato"),
        row("War between NATO and Russia is unthinkable, Latvian Prime Minister Krisjanis Karins warned in an interview with TV3.",
            "Krisjanis Karins | Latvian Prime Minister | prime minister @latvian"),
        row("It was clear that Russia’s next move would be up to President Vladimir Putin, who, his spokesperson said Thursday, was being briefed regularly.",
            "Vladimir Putin | President | president"),
        row("Western diplomats continue trying to discern Russian President Vladimir Putin’s real intentions toward Ukraine.",
            "Vladimir Putin | Russian President | president @russian"),
        row("“We’re prepared to continue with diplomacy,” U.S. national security adviser Jake Sullivan said Thursday.",
            "Jake Sullivan | U.S. national security adviser | national security adviser @u.s."),
        // written for these tests
        row("OSCE chairperson Zbigniew Rau, who is also the foreign minister of Poland, opened the session.",
            "Zbigniew Rau | OSCE chairperson | chairperson @osce",
            "Zbigniew Rau | foreign minister of Poland | foreign minister @poland"),
        row("Wendy Sherman, the deputy secretary of state, led the American delegation in Geneva.",
            "Wendy Sherman | deputy secretary of state | deputy secretary of state"),
        row("Secretary of State Antony Blinken and Foreign Minister Sergei Lavrov met in Geneva on Friday.",
            "Antony Blinken | Secretary of State | secretary of state",
            "Sergei Lavrov | Foreign Minister | foreign minister"),
        row("Under Secretary of State Victoria Nuland flew to Kyiv on Tuesday.",
            "Victoria Nuland | Under Secretary of State | under secretary of state"),
        row("Vice President Kamala Harris will travel to Munich.",
            "Kamala Harris | Vice President | vice president"),
        row("German Chancellor Olaf Scholz and UN Secretary-General Antonio Guterres spoke by phone.",
            "Olaf Scholz | German Chancellor | chancellor @german",
            "Antonio Guterres | UN Secretary-General | secretary-general @un"),
        row("The acting Defense Secretary, Mark Esper, declined to comment.",
            "Mark Esper | acting Defense Secretary | acting defense secretary"),
        row("Dmitry Peskov, the Kremlin’s spokesman, said the talks were useful.",
            "Dmitry Peskov | Kremlin’s spokesman | spokesman @kremlin"),
        row("In Moscow, Russian Foreign Minister Sergey Lavrov also adopted a pessimistic tone.",
            "Sergey Lavrov | Russian Foreign Minister | foreign minister @russian"),
        row("Vladimir Putin met reporters. Later, President Putin said he was in no hurry.",
            "Putin | President | president"),
        row("“We will not let this pass,” the country’s foreign minister, Dmytro Kuleba, said on Friday.",
            "Dmytro Kuleba | foreign minister | foreign minister"),
        row("Lavrov’s deputy, Sergei Ryabkov, led the Russian side.",
            "Sergei Ryabkov | Lavrov’s deputy | deputy to lavrov"),
        row("Lavrov’s spokeswoman, Maria Zakharova, called the proposals a farce.",
            "Maria Zakharova | Lavrov’s spokeswoman | spokeswoman"),
        row("Members of Congress, including Sen. Bob Menendez, the chairman of the Senate Foreign Relations Committee, urged sanctions.",
            "Bob Menendez | chairman of the Senate Foreign Relations Committee | chairman @senate foreign relations committee"),
        row("Ms. Nuland, the under secretary of state for political affairs, said the U.S. was prepared.",
            "Nuland | under secretary of state for political affairs | under secretary of state"),
        row("Russia’s former ambassador to the U.S., Anatoly Antonov, said the talks were over.",
            "Anatoly Antonov | Russia’s former ambassador to the U.S. | former ambassador @russia"),
        row("Putin’s deputy chief of staff Dmitry Kozak met his French counterpart.",
            "Dmitry Kozak | Putin’s deputy chief of staff | deputy chief of staff"),
        row("Karen Donfried, assistant secretary of state for European affairs, briefed allies.",
            "Karen Donfried | assistant secretary of state for European affairs | assistant secretary of state"),
        // nothing to find
        row("NATO leaders noted that Wednesday was the first time Russia had agreed to a meeting with the alliance in two years."),
        row("U.S. officials made it clear ahead of the talks that they did not know whether Russia was serious about diplomacy."),
        row("White House officials and senior diplomats said they still don’t know which path Moscow will take."),
        row("The head of the US delegation told reporters that the talks had been useful."),
        row("Ned Price said the department would respond in writing next week."),
        row("CNN’s Anna Chernova, Zahra Ullah and Mick Krever contributed to this report."),
        row("Russia rejected blame, with its chief negotiator at the talks with NATO saying Moscow is a guarantor of peace."),
        row("Last weekend, a senior Biden administration official looked at Russia’s military pressure on Ukraine."),
        row("The president said on Monday that no decision had been made."),
        row("Foreign Minister Talks Fail In Geneva"),
        row("Russia-U.S. Talks Concluded With Posturing and Threats, but No Movement on Either Side"),
        row("No one above the ambassador rank was in attendance from the key countries involved."),
        row("The Atlantic Council, a Washington think tank, published the study."));
  }

  private static Arguments row(String text, String... expected) {
    return Arguments.of(text, List.of(expected));
  }

  @ParameterizedTest
  @MethodSource("sentences")
  void findsTitles(String text, List<String> expected) {
    assertThat(titles(text)).containsExactlyElementsOf(expected);
  }

  @Test
  void claimCarriesPositionKindAndAttribute() {
    String text = "Talks ended.\nThe head of the US delegation, Assistant Secretary of State Wendy Sherman, spoke.";
    List<Claim> claims = new TitleExtractor().extract(doc(text));
    assertThat(claims).hasSize(1);
    Claim c = claims.get(0);
    assertThat(c.kind()).isEqualTo(ClaimKind.TITLE);
    assertThat(c.attribute()).isEqualTo("title");
    assertThat(c.line()).isEqualTo(2);
    assertThat(c.column()).isEqualTo(text.indexOf("Assistant") - text.indexOf('\n'));
    assertThat(c.normalized()).isEqualTo(new Title("secretary of state", "assistant", "", false, false));
    assertThat(c.event()).isEqualTo(EventContext.NONE);
  }

  @Test
  void oddTextYieldsNothing() {
    for (String text : List.of("", " ", "\n\n", "Mr.", ", the", "Secretary of", "Blinken’s deputy", "“", "former U.S.")) {
      assertThat(new TitleExtractor().extract(doc(text))).as(text).isEmpty();
    }
  }

  static List<String> titles(String text) {
    return new TitleExtractor()
        .extract(doc(text)).stream()
            .sorted(Extraction.ORDER)
            .map(c -> {
              Title t = (Title) c.normalized();
              String key = (t.former() ? "former " : "") + (t.acting() ? "acting " : "")
                  + (t.rank().isEmpty() ? "" : t.rank() + " ") + t.office() + (t.org().isEmpty() ? "" : " @" + t.org());
              return c.subject() + " | " + c.value() + " | " + key;
            })
            .toList();
  }

  static Document doc(String text) {
    return new Document(Article.plain("t", "t.txt", text, null, null, "s"));
  }
}
