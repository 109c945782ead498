package io.crosscheck.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.extract.Claim;
import io.crosscheck.extract.ClaimKind;
import io.crosscheck.extract.Quantity;
import io.crosscheck.extract.Interval;
import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResolverPeopleTest {

  private static List<String> subjects(ResolvedStory s) {
    return s.claims().stream().map(Claim::subject).toList();
  }

  @Test
  void transliterationsOfOneNameAreOnePerson() {
    StoryBuilder b = new StoryBuilder()
        .article("a", "Russian Foreign Minister Sergey Lavrov replied on Thursday that the US demands were \"unacceptable\".")
        .article("b", "\"I do not think we need to explain how absolutely unacceptable such demands are,\" "
            + "Russia's Foreign Minister Sergei Lavrov said on Thursday.")
        .article("c", "\"We will not wait forever,\" Mr. Lavrov said.");
    b.title("a", "Sergey Lavrov", "Foreign Minister", "foreign minister", "", "russian");
    b.title("b", "Sergei Lavrov", "Foreign Minister", "foreign minister", "", "russia's");
    b.quote("c", "Mr. Lavrov", "We will not wait forever");
    // one article each for Sergei and Sergey: the tie goes to the alphabetically first spelling
    assertThat(subjects(b.resolve())).containsOnly("Sergei Lavrov");
  }

  @Test
  void theSpellingMostArticlesUseIsCanonical() {
    StoryBuilder b = new StoryBuilder()
        .article("a", "Russian Foreign Minister Sergey Lavrov replied on Thursday.")
        .article("b", "In Moscow, Russian Foreign Minister Sergey Lavrov also adopted a pessimistic tone.")
        .article("c", "Russia's Foreign Minister Sergei Lavrov said on Thursday.");
    b.title("a", "Sergey Lavrov", "Foreign Minister", "foreign minister", "", "russian");
    b.title("b", "Sergey Lavrov", "Foreign Minister", "foreign minister", "", "russian");
    b.title("c", "Sergei Lavrov", "Foreign Minister", "foreign minister", "", "russia's");
    assertThat(subjects(b.resolve())).containsOnly("Sergey Lavrov");
  }

  @Test
  void slavicTransliterationsAndMiddleInitialsMerge() {
    StoryBuilder b = new StoryBuilder()
        .article("a", "Deputy Foreign Minister Sergei A. Ryabkov said the talks had reached a dead end. "
            + "Deputy Foreign Minister Aleksandr Grushko told reporters the talks uncovered differences. "
            + "\"The Russian leadership proves once again Moscow's voluntarism,\" said Ukraine's representative, Yevhenii Tsymbaliuk.")
        .article("b", "Deputy Foreign Minister Sergey Riabkov led the delegation. "
            + "Deputy Foreign Minister Alexander Grushko said no decision has been made yet. "
            + "Yevheniy Tsymbalyuk said the massing of troops needed to be reversed.");
    b.title("a", "Sergei A. Ryabkov", "Deputy Foreign Minister", "foreign minister", "deputy", "");
    b.title("a", "Aleksandr Grushko", "Deputy Foreign Minister Aleksandr", "foreign minister", "deputy", "");
    b.quote("a", "Yevhenii Tsymbaliuk", "The Russian leadership proves once again Moscow's voluntarism");
    b.title("b", "Sergey Riabkov", "Deputy Foreign Minister", "foreign minister", "deputy", "");
    b.title("b", "Alexander Grushko", "Deputy Foreign Minister Alexander", "foreign minister", "deputy", "");
    b.quote("b", "Yevheniy Tsymbalyuk", "the massing of troops needed to be reversed");
    List<String> s = subjects(b.resolve());
    assertThat(s.get(0)).isEqualTo(s.get(3));
    assertThat(s.get(1)).isEqualTo(s.get(4));
    assertThat(s.get(2)).isEqualTo(s.get(5));
    assertThat(s.get(1)).isEqualTo("Aleksandr Grushko"); // tie: alphabetical
    assertThat(s.get(2)).isEqualTo("Yevhenii Tsymbaliuk");
    assertThat(s.get(0)).isIn("Sergei A. Ryabkov", "Sergey Riabkov");
  }

  @Test
  void honorificsInitialsAndPossessivesResolveToTheFullName() {
    StoryBuilder b = new StoryBuilder()
        .article("a", "The head of the US delegation, Deputy Secretary of State Wendy R. Sherman, told reporters "
            + "after the talks at NATO that the Russians may not know yet what their next move is.")
        .article("b", "\"There was no commitment to deescalate,\" U.S. Deputy Secretary of State Wendy Sherman told reporters. "
            + "\"There is progress that can be made,\" Ms. Sherman said. Sherman's remarks were sharper. "
            + "\"We are preparing for every eventuality,\" W. Sherman added.");
    b.title("a", "Wendy R. Sherman", "Deputy Secretary of State", "secretary of state", "deputy", "");
    b.quote("b", "Wendy Sherman", "There was no commitment to deescalate");
    b.quote("b", "Ms. Sherman", "There is progress that can be made");
    b.claim("b", ClaimKind.DATE, "Sherman's", "date", "remarks were sharper",
        new io.crosscheck.extract.DateValue(null, DayOfWeek.WEDNESDAY, "said", true), null);
    b.quote("b", "W. Sherman", "We are preparing for every eventuality");
    List<String> s = subjects(b.resolve());
    assertThat(s).hasSize(5).containsOnly(s.get(0));
    assertThat(s.get(0)).isIn("Wendy Sherman", "Wendy R. Sherman");
  }

  @Test
  void aSurnameAloneGoesToTheOnePersonWithThatSurname() {
    StoryBuilder b = new StoryBuilder()
        .article("a", "After Thursday's meeting, US Ambassador to the OSCE Michael Carpenter told reporters that "
            + "\"the war drum is ringing loud.\"")
        .article("b", "\"We must never stand for the flouting or erosion of our bedrock principles,\" Carpenter said.");
    b.title("a", "Michael Carpenter", "Ambassador to the OSCE", "ambassador", "", "us");
    b.quote("b", "Carpenter", "We must never stand for the flouting or erosion of our bedrock principles");
    assertThat(subjects(b.resolve())).containsExactly("Michael Carpenter", "Michael Carpenter");
  }

  @Test
  void twoPeopleWithOneSurnameStayApart() {
    StoryBuilder b = new StoryBuilder()
        .article("a", "\"We're prepared to continue with diplomacy,\" U.S. national security adviser Jake Sullivan said Thursday.")
        .article("b", "Senator Dan Sullivan of Alaska said the sanctions bill would pass. "
            + "\"This is not the time to wait,\" Sullivan said.")
        .article("c", "National security adviser Jake Sullivan spoke first. Later Senator Dan Sullivan spoke. "
            + "\"Sanctions now,\" Sullivan said.");
    b.title("a", "Jake Sullivan", "national security adviser", "national security adviser", "", "u.s.");
    b.title("b", "Dan Sullivan", "Senator", "senator", "", "");
    b.quote("b", "Sullivan", "This is not the time to wait");
    b.title("c", "Jake Sullivan", "National security adviser", "national security adviser", "", "");
    b.title("c", "Dan Sullivan", "Senator Dan", "senator", "", "");
    b.quote("c", "Sullivan", "Sanctions now");
    assertThat(subjects(b.resolve()))
        .containsExactly("Jake Sullivan", "Dan Sullivan", "Dan Sullivan", "Jake Sullivan", "Dan Sullivan", "Dan Sullivan");
  }

  @Test
  void anAmbiguousSurnameGoesToTheMostRecentInTheArticle() {
    StoryBuilder b = new StoryBuilder()
        .article("a", "Senator Dan Sullivan spoke first. Then national security adviser Jake Sullivan took questions. "
            + "\"We are prepared,\" Sullivan said.")
        .article("b", "Senator Dan Sullivan of Alaska criticised the plan.");
    b.title("b", "Dan Sullivan", "Senator", "senator", "", "");
    b.title("a", "Jake Sullivan", "national security adviser", "national security adviser", "", "");
    b.quote("a", "Sullivan", "We are prepared");
    // "Dan Sullivan" in article a has no claim: the text itself shows who was named last
    assertThat(subjects(b.resolve())).containsExactly("Dan Sullivan", "Jake Sullivan", "Jake Sullivan");
  }

  @Test
  void peopleWithTheSameFirstNameStayApart() {
    StoryBuilder b = new StoryBuilder()
        .article("a", "Russia's Foreign Minister Sergei Lavrov spoke. Deputy Foreign Minister Sergei Ryabkov spoke. "
            + "Deputy Foreign Minister Alexander Grushko spoke. Russia's representative, Alexander Lukashevich, spoke.");
    b.title("a", "Sergei Lavrov", "Foreign Minister Sergei Lavrov", "foreign minister", "", "russia's");
    b.title("a", "Sergei Ryabkov", "Deputy Foreign Minister Sergei Ryabkov", "foreign minister", "deputy", "");
    b.title("a", "Alexander Grushko", "Deputy Foreign Minister Alexander Grushko", "foreign minister", "deputy", "");
    b.title("a", "Alexander Lukashevich", "representative", "representative", "", "russia's");
    assertThat(subjects(b.resolve()))
        .containsExactly("Sergei Lavrov", "Sergei Ryabkov", "Alexander Grushko", "Alexander Lukashevich");
  }

  @Test
  void aSurnameSlipThatSoundsTheSameMergesOneThatDoesNotStaysApart() {
    StoryBuilder b = new StoryBuilder()
        .article("a", "NATO Secretary General Jens Stoltenberg said NATO is willing to meet again. "
            + "Former secretary of state James Baker spoke.")
        .article("b", "NATO Secretary-General Jens Stoltenburg reiterated that only NATO can decide. "
            + "Analyst James Barker disagreed.");
    b.title("a", "Jens Stoltenberg", "NATO Secretary General", "secretary general", "", "nato");
    b.title("a", "James Baker", "Former secretary of state", new io.crosscheck.extract.Title("secretary of state", "", "", true, false));
    b.title("b", "Jens Stoltenburg", "NATO Secretary-General", "secretary-general", "", "nato");
    b.title("b", "James Barker", "Analyst", "analyst", "", "");
    assertThat(subjects(b.resolve())).containsExactly("Jens Stoltenberg", "James Baker", "Jens Stoltenberg", "James Barker");
  }

  @Test
  void masculineAndFeminineFormsAreTwoPeople() {
    StoryBuilder b = new StoryBuilder()
        .article("a", "Economist Alexander Ivanov said the rouble would fall.")
        .article("b", "Economist Alexandra Ivanova said the rouble would hold. \"It will hold,\" Ivanova said.");
    b.title("a", "Alexander Ivanov", "Economist", "economist", "", "");
    b.title("b", "Alexandra Ivanova", "Economist", "economist", "", "");
    b.quote("b", "Ivanova", "It will hold");
    assertThat(subjects(b.resolve())).containsExactly("Alexander Ivanov", "Alexandra Ivanova", "Alexandra Ivanova");
  }

  @Test
  void twoSpellingsSideBySideInOneArticleAreTwoPeople() {
    StoryBuilder b = new StoryBuilder()
        .article("a", "Analyst John Smith disagreed with economist John Smyth.")
        .article("b", "Economist John Smyth was not convinced.");
    b.title("a", "John Smith", "Analyst", "analyst", "", "");
    b.title("a", "John Smyth", "economist", "economist", "", "");
    b.title("b", "John Smyth", "Economist", "economist", "", "");
    assertThat(subjects(b.resolve())).containsExactly("John Smith", "John Smyth", "John Smyth");
  }

  @Test
  void aSpellingSlipAcrossArticlesIsOnePerson() {
    StoryBuilder b = new StoryBuilder()
        .article("a", "Polish Foreign Minister Zbigniew Rau opened the session.")
        .article("b", "Foreign Minister Zbigniew Rau of Poland spoke.")
        .article("c", "Foreign Minister Zbigneiw Rau, the chairman, spoke.")
        .article("d", "Analyst Krisjanis Karins spoke. Prime Minister Krišjānis Kariņš warned.");
    b.title("a", "Zbigniew Rau", "Foreign Minister", "foreign minister", "", "polish");
    b.title("b", "Zbigniew Rau", "Foreign Minister", "foreign minister", "", "of poland");
    b.title("c", "Zbigneiw Rau", "Foreign Minister", "foreign minister", "", "");
    b.title("d", "Krišjānis Kariņš", "Prime Minister", "prime minister", "", "");
    b.title("d", "Krisjanis Karins", "Analyst", "analyst", "", "");
    List<String> s = subjects(b.resolve());
    assertThat(s.subList(0, 3)).containsOnly("Zbigniew Rau");
    // accents folded: one spelling, one person, even in one article
    assertThat(s.get(3)).isEqualTo(s.get(4));
  }

  @Test
  void subjectsThatAreNotPeopleGoThroughTheAliasLexicon() {
    StoryBuilder b = new StoryBuilder()
        .article("a", "Thursday's meeting at the Organization for Security and Cooperation in Europe (OSCE) capped a week. "
            + "Russia had massed tens of thousands of Russian troops. The Kremlin said 100,000 troops stayed.")
        .article("b", "A meeting of the 57-country Organization for Security and Co-operation in Europe took place.");
    Quantity q = new Quantity(Interval.closed(10_000, 100_000), "troop", "tens of thousands of", true);
    b.claim("a", ClaimKind.QUANTITY, "Russian troops", "troops", "tens of thousands", q, null);
    b.claim("a", ClaimKind.QUANTITY, "the Kremlin", "troops", "100,000", q, null);
    b.claim("b", ClaimKind.QUANTITY, "Organization for Security and Co-operation in Europe", "members", "57-country", q, null);
    b.claim("a", ClaimKind.QUANTITY, "meeting in Vienna", "length", "capped a week", q, null);
    b.claim("a", ClaimKind.QUANTITY, "Atlantic Council", "x", "Thursday", q, null);
    assertThat(subjects(b.resolve())).containsExactly("Russian troops", "Russia", "OSCE", "meeting in Vienna", "Atlantic Council");
  }
}
