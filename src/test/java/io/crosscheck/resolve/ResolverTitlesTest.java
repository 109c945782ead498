package io.crosscheck.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.extract.Claim;
import io.crosscheck.extract.ClaimKind;
import io.crosscheck.extract.Title;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResolverTitlesTest {

  private static String key(Claim c) {
    return c.normalized().key();
  }

  @Test
  void shermansTitlesTakeTheOrganisationOfHerOtherTitlesOfThatOffice() {
    StoryBuilder b = new StoryBuilder()
        .article("001", "The head of the US delegation, Assistant Secretary of State Wendy Sherman, told reporters after the NATO talks.")
        .article("003", "\"There was no commitment to deescalate,\" U.S. Deputy Secretary of State Wendy Sherman told reporters.")
        .article("004", "\"The escalation obviously increases tensions,\" Deputy Secretary of State Wendy Sherman said after "
            + "meeting Deputy Foreign Minister Sergei Ryabkov on Monday.");
    b.title("001", "Wendy Sherman", "Assistant Secretary of State", "secretary of state", "assistant", "");
    b.title("003", "Wendy Sherman", "U.S. Deputy Secretary of State", "secretary of state", "deputy", "u.s.");
    b.title("004", "Wendy Sherman", "Deputy Secretary of State", "deputy secretary of state", "", "");
    List<Claim> out = b.resolve().claims();
    assertThat(out).extracting(ResolverTitlesTest::key).containsExactly(
        "assistant secretary of state @united states",
        "deputy secretary of state @united states",
        "deputy secretary of state @united states");
    assertThat(Titles.exclusive((Title) out.get(0).normalized(), (Title) out.get(1).normalized())).isTrue();
  }

  @Test
  void blinkensDeputyIsTheDeputyOfBlinkensOffice() {
    StoryBuilder b = new StoryBuilder()
        .article("000", "\"The jury's out,\" said Secretary of State Antony Blinken. The head of the US delegation, "
            + "Blinken's deputy Wendy Sherman, told reporters after the talks at NATO.")
        .article("003", "U.S. Deputy Secretary of State Wendy Sherman told reporters after a NATO meeting.")
        .article("001", "\"The jury decides,\" Secretary of State Antony Blinken said.");
    b.title("000", "Antony Blinken", "Secretary of State", "secretary of state", "", "");
    b.title("000", "Wendy Sherman", "Blinken's deputy", "deputy to blinken", "", "");
    b.title("003", "Wendy Sherman", "U.S. Deputy Secretary of State", "secretary of state", "deputy", "u.s.");
    b.title("001", "Antony Blinken", "Secretary of State", "secretary of state", "", "");
    List<Claim> out = b.resolve().claims();
    // Blinken's own titles say no organisation; Sherman's say the United States: both filled in
    assertThat(out).extracting(ResolverTitlesTest::key).containsExactly(
        "secretary of state",
        "deputy secretary of state @united states",
        "deputy secretary of state @united states",
        "secretary of state");
    assertThat(out.get(1).value()).isEqualTo("Blinken's deputy");
  }

  @Test
  void aDeputyOfSomeoneWithNoKnownTitleStaysADeputyOfThatPerson() {
    StoryBuilder b = new StoryBuilder()
        .article("a", "Her deputy, Lisa Monaco, said the Garland team met. Attorney General's aide: Garland's deputy Lisa Monaco.");
    b.title("a", "Lisa Monaco", "Garland's deputy", "deputy to garland", "", "");
    Title t = (Title) b.resolve().claims().get(0).normalized();
    assertThat(t.office()).isEqualTo("deputy to garland");
    assertThat(t.rank()).isEmpty();
  }

  @Test
  void viceIsDeputyAndCaseDoesNotMatter() {
    StoryBuilder b = new StoryBuilder()
        .article("a", "Vice Foreign Minister Sergei Ryabkov led the Russian delegation in Geneva.")
        .article("b", "Russia's deputy foreign minister, Sergei Ryabkov, said the talks had reached a dead end.")
        .article("c", "Russian Deputy Foreign Minister Sergei Ryabkov said Thursday.");
    b.title("a", "Sergei Ryabkov", "Vice Foreign Minister", "foreign minister", "vice", "");
    b.title("b", "Sergei Ryabkov", "deputy foreign minister", "deputy foreign minister", "", "russia's");
    b.title("c", "Sergei Ryabkov", "Russian Deputy Foreign Minister", "foreign minister", "deputy", "russian");
    assertThat(b.resolve().claims()).extracting(ResolverTitlesTest::key).containsOnly("deputy foreign minister @russia");
  }

  @Test
  void secretaryGeneralWithAndWithoutHyphen() {
    StoryBuilder b = new StoryBuilder()
        .article("a", "NATO Secretary General Jens Stoltenberg said NATO is willing to meet again.")
        .article("b", "NATO Secretary-General Jens Stoltenberg reiterated that only NATO can decide.");
    b.title("a", "Jens Stoltenberg", "NATO Secretary General", "secretary general", "", "nato");
    b.title("b", "Jens Stoltenberg", "NATO Secretary-General", "secretary-general", "", "NATO");
    assertThat(b.resolve().claims()).extracting(ResolverTitlesTest::key).containsOnly("secretary general @nato");
  }

  @Test
  void twoRolesOfOnePersonAreKeptAndDoNotConflict() {
    StoryBuilder b = new StoryBuilder()
        .article("001", "Polish Foreign Minister Zbigniew Rau, Chairman of the OSCE, warned after Thursday's meeting.")
        .article("002", "said Foreign Minister Zbigniew Rau of Poland, which took over the rotating chairmanship.");
    b.title("001", "Zbigniew Rau", "Polish Foreign Minister", "foreign minister", "", "polish");
    b.title("001", "Zbigniew Rau", "Chairman of the OSCE", "chairman", "", "of the osce");
    b.title("002", "Zbigniew Rau", "Foreign Minister", "foreign minister", "", "of poland");
    List<Claim> out = b.resolve().claims();
    assertThat(out).extracting(ResolverTitlesTest::key)
        .containsExactly("foreign minister @poland", "chair @osce", "foreign minister @poland");
    assertThat(Titles.exclusive((Title) out.get(0).normalized(), (Title) out.get(1).normalized())).isFalse();
  }

  @Test
  void aFormerRoleKeepsItsFlagAndGivesNoOrganisationToCurrentOnes() {
    StoryBuilder b = new StoryBuilder()
        .article("004", "\"The Russians are succeeding,\" said Sandy Vershbow, former U.S. ambassador to Russia. "
            + "\"They may be able to create more divisions,\" said Mr. Vershbow, a Russia expert at the Atlantic Council.")
        .article("x", "Ambassador Sandy Vershbow spoke at the conference.");
    b.title("004", "Sandy Vershbow", "former U.S. ambassador to Russia", "ambassador", "", "u.s.");
    b.title("x", "Sandy Vershbow", "Ambassador", "ambassador", "", "");
    // the extractor set the former flag itself on the first one
    b.claims().set(0, b.claims().get(0).withNormalized(new Title("ambassador", "", "u.s.", true, false)));
    List<Claim> out = b.resolve().claims();
    assertThat(out).extracting(ResolverTitlesTest::key).containsExactly("former ambassador @united states", "ambassador");
  }

  @Test
  void aRoleDescriptionAsSubjectGoesToItsHolder() {
    StoryBuilder b = new StoryBuilder()
        .article("004", "\"If NATO wants to dictate to us,\" Kremlin spokesman Dmitry Peskov told reporters Thursday. "
            + "\"We are talking about Russian territory,\" the Kremlin spokesman added. "
            + "\"That does give you an indication,\" White House spokeswoman Jen Psaki said.");
    b.title("004", "Dmitry Peskov", "Kremlin spokesman", "spokesman", "", "kremlin");
    b.title("004", "Jen Psaki", "White House spokeswoman", "spokeswoman", "", "white house");
    b.quote("004", "the Kremlin spokesman", "We are talking about Russian territory");
    List<Claim> out = b.resolve().claims();
    assertThat(out.get(2).subject()).isEqualTo("Dmitry Peskov");
    // two spokespeople of two governments: different organisations, never in conflict
    assertThat(Titles.exclusive((Title) out.get(0).normalized(), (Title) out.get(1).normalized())).isFalse();
  }

  @Test
  void blinkensDeputyAsASubjectIsSherman() {
    StoryBuilder b = new StoryBuilder()
        .article("a", "Secretary of State Antony Blinken spoke. Deputy Secretary of State Wendy Sherman spoke. "
            + "\"We are ready,\" Blinken's deputy said.");
    b.title("a", "Antony Blinken", "Secretary of State Antony", "secretary of state", "", "");
    b.title("a", "Wendy Sherman", "Deputy Secretary of State", "secretary of state", "deputy", "");
    b.quote("a", "Blinken's deputy", "We are ready");
    assertThat(b.resolve().claims().get(2).subject()).isEqualTo("Wendy Sherman");
  }

  @Test
  void titlesOfOtherKindsOfClaimAreLeftAlone() {
    StoryBuilder b = new StoryBuilder().article("a", "Carpenter said 57 countries attended.");
    b.claim("a", ClaimKind.QUANTITY, "OSCE", "members", "57",
        new io.crosscheck.extract.Quantity(io.crosscheck.extract.Interval.exact(57), "country", "", false), null);
    Claim c = b.resolve().claims().get(0);
    assertThat(c.normalized()).isEqualTo(b.claims().get(0).normalized());
  }
}
