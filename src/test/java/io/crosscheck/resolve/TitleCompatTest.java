package io.crosscheck.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.extract.Title;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Titles as extractors write them -> canonical values, and which pairs can both be true. */
class TitleCompatTest {
  private static final Lexicon LEX = Lexicon.standard();

  private static Title t(String office, String rank, String org) {
    return new Title(office, rank, org, false, false);
  }

  static Stream<Arguments> canonical() {
    return Stream.of(
        // office as written, rank, org as written -> canonical key (Title.key())
        Arguments.of("secretary of state", "deputy", "u.s.", "deputy secretary of state @united states"),
        Arguments.of("deputy secretary of state", "", "", "deputy secretary of state"),
        Arguments.of("assistant secretary of state", "", "", "assistant secretary of state"),
        Arguments.of("under-secretary of state", "", "us", "under secretary of state @united states"),
        Arguments.of("undersecretary of state", "", "", "under secretary of state"),
        Arguments.of("foreign minister", "vice", "russian", "deputy foreign minister @russia"),
        Arguments.of("deputy foreign minister", "", "russia's", "deputy foreign minister @russia"),
        Arguments.of("russian deputy foreign minister", "", "", "deputy foreign minister @russia"),
        Arguments.of("first deputy foreign minister", "", "", "first deputy foreign minister"),
        Arguments.of("minister of foreign affairs", "", "of poland", "foreign minister @poland"),
        Arguments.of("foreign minister", "", "polish", "foreign minister @poland"),
        Arguments.of("secretary-general", "", "nato", "secretary general @nato"),
        Arguments.of("secretary general", "", "North Atlantic Treaty Organization", "secretary general @nato"),
        Arguments.of("chairman", "", "of the osce", "chair @osce"),
        Arguments.of("chairman of the osce", "", "", "chair @osce"),
        Arguments.of("chairwoman", "", "", "chair"),
        Arguments.of("spokesman", "", "kremlin", "spokesperson @russia"),
        Arguments.of("spokeswoman", "", "white house", "spokesperson @united states"),
        Arguments.of("ambassador", "", "us to the osce", "ambassador @united states"),
        Arguments.of("ambassador to the osce", "", "", "ambassador @osce"),
        Arguments.of("representative", "", "to the osce", "ambassador @osce"),
        Arguments.of("representative to the osce", "", "", "ambassador @osce"),
        Arguments.of("delegate", "", "to the organization for security and co-operation in europe", "ambassador @osce"),
        Arguments.of("representative", "", "ukraine's", "representative @ukraine"),
        Arguments.of("head of the us delegation", "", "", "head of delegation @united states"),
        Arguments.of("former u.s. ambassador to russia", "", "", "former ambassador @united states"),
        Arguments.of("acting secretary of state", "", "", "secretary of state"),
        Arguments.of("vice chairman", "", "", "deputy chair"),
        Arguments.of("deputy to blinken", "", "", "deputy to blinken"),
        Arguments.of("minister of health", "deputy", "", "deputy minister of health"),
        Arguments.of("secretary", "", "of ukraine's national security council", "secretary @ukraine"),
        Arguments.of("secretary", "", "national security council", "secretary @national security council"));
  }

  @ParameterizedTest(name = "{0} / {1} / {2}")
  @MethodSource
  void canonical(String office, String rank, String org, String key) {
    assertThat(Titles.canonical(t(office, rank, org), LEX).key()).isEqualTo(key);
  }

  @org.junit.jupiter.api.Test
  void actingAndFormerWordsBecomeFlags() {
    Title acting = Titles.canonical(t("acting secretary of state", "", ""), LEX);
    assertThat(acting.acting()).isTrue();
    assertThat(acting.office()).isEqualTo("secretary of state");
    Title former = Titles.canonical(t("ex-ambassador", "", "u.s."), LEX);
    assertThat(former.former()).isTrue();
    assertThat(former.office()).isEqualTo("ambassador");
  }

  static Stream<Arguments> exclusive() {
    Title deputySos = t("secretary of state", "deputy", "united states");
    Title assistantSos = t("secretary of state", "assistant", "united states");
    Title underSos = t("secretary of state", "under", "");
    Title sos = t("secretary of state", "", "united states");
    return Stream.of(
        // the same office at exclusive ranks
        Arguments.of(deputySos, assistantSos, true),
        Arguments.of(deputySos, underSos, true),
        Arguments.of(deputySos, sos, true),
        Arguments.of(t("foreign minister", "deputy", "russia"), t("foreign minister", "", "russia"), true),
        // the same title
        Arguments.of(deputySos, deputySos, false),
        // two offices, one person: Polish foreign minister and chair of the OSCE
        Arguments.of(t("foreign minister", "", "poland"), t("chair", "", "osce"), false),
        // ambassador to the OSCE and (after the lexicon) representative to the OSCE
        Arguments.of(t("ambassador", "", "osce"), t("ambassador", "", "united states"), false),
        // a former role never conflicts with a current one
        Arguments.of(new Title("ambassador", "deputy", "united states", true, false), t("ambassador", "", "united states"), false),
        Arguments.of(new Title("secretary of state", "assistant", "united states", true, false), deputySos, false),
        // acting and first deputy do not exclude deputy
        Arguments.of(new Title("secretary of state", "", "united states", false, true), deputySos, false),
        Arguments.of(t("foreign minister", "first deputy", "russia"), t("foreign minister", "deputy", "russia"), false),
        // different organisations: different posts
        Arguments.of(t("foreign minister", "deputy", "russia"), t("foreign minister", "", "poland"), false));
  }

  @ParameterizedTest(name = "{0} / {1}")
  @MethodSource
  void exclusive(Title a, Title b, boolean expected) {
    assertThat(Titles.exclusive(a, b)).isEqualTo(expected);
    assertThat(Titles.exclusive(b, a)).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void representativeAmbassadorAndDelegateToTheOsceAreOneRole() {
    Title amb = Titles.canonical(t("ambassador", "", "us"), LEX);
    Title rep = Titles.canonical(t("representative", "", "us"), LEX);
    Title del = Titles.canonical(t("delegate to the osce", "", ""), LEX);
    Title amb2 = Titles.canonical(t("ambassador to the osce", "", ""), LEX);
    assertThat(Titles.exclusive(amb, del)).isFalse();
    assertThat(Titles.sameRole(del, amb2)).isTrue();
    // "the US representative" with no "to": not turned into an ambassador, and no conflict
    assertThat(rep.office()).isEqualTo("representative");
    assertThat(Titles.exclusive(amb, rep)).isFalse();
  }
}
