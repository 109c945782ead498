package io.crosscheck.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crosscheck.extract.Title;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LexiconTest {
  private static final Lexicon LEX = Lexicon.standard();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      OSCE                                                   | OSCE
      Organization for Security and Co-operation in Europe   | OSCE
      the Organization for Security and Cooperation in Europe| OSCE
      NATO                                                   | NATO
      North Atlantic Treaty Organization                     | NATO
      the alliance                                           | NATO
      U.S.                                                   | United States
      US                                                     | United States
      the United States                                      | United States
      American                                               | United States
      Russia's                                               | Russia
      Russia’s                                               | Russia
      Moscow                                                 | Russia
      the Kremlin                                            | Russia
      Polish                                                 | Poland
      Ukrainian                                              | Ukraine
      Russia's troops                                        | Russian troops
      the Russian troops                                     | Russian troops
      U.S. officials                                         | US officials
      American officials                                     | US officials
      meeting in Vienna                                      | meeting in Vienna
      Genève                                                 | Geneva
      troops                                                 | troops
      """)
  void subjectsThatAreNotPeople(String written, String canonical) {
    assertThat(LEX.subject(written)).isEqualTo(canonical);
  }

  @Test
  void metonymsAreActorsNotPlaces() {
    assertThat(LEX.entity("Moscow")).map(Lexicon.Entity::id).contains("russia");
    assertThat(LEX.properName("Moscow")).isEmpty();
    assertThat(LEX.properName("Brussels")).map(Lexicon.Entity::seatOf).hasValueSatisfying(s -> assertThat(s).contains("nato"));
  }

  @Test
  void usersAddEntitiesPeopleOfficesAndRanks(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("ours.yaml");
    Files.writeString(file, """
        entities:
          - name: IAEA
            aliases: [International Atomic Energy Agency]
          - name: Russia
            id: russia
            metonyms: [Smolenskaya Square]
        people:
          - name: Alexander Vershbow
            aliases: [Sandy Vershbow]
        offices:
          - name: director general
            aliases: [director-general, DG]
        ranks:
          - name: deputy
            aliases: [vize]
        """, StandardCharsets.UTF_8);
    Lexicon lex = Lexicon.withFiles(List.of(file));
    assertThat(lex.subject("International Atomic Energy Agency")).isEqualTo("IAEA");
    assertThat(lex.subject("Smolenskaya Square")).isEqualTo("Russia");
    // the bundled names of an extended entity still work
    assertThat(lex.subject("the Kremlin")).isEqualTo("Russia");
    assertThat(Titles.canonical(new Title("director-general", "", "of the iaea", false, false), lex).key())
        .isEqualTo("director general @iaea");
    assertThat(Titles.canonical(new Title("vize foreign minister", "", "", false, false), lex).key())
        .isEqualTo("deputy foreign minister");
    // the standard lexicon is not changed by user files
    assertThat(LEX.subject("International Atomic Energy Agency")).isEqualTo("International Atomic Energy Agency");

    StoryBuilder b = new StoryBuilder()
        .article("a", "\"The diplomacy may not have run its course,\" said Sandy Vershbow.")
        .article("b", "Former ambassador Alexander Vershbow said so.");
    b.title("b", "Alexander Vershbow", "Former ambassador", new Title("ambassador", "", "", true, false));
    b.quote("a", "Sandy Vershbow", "The diplomacy may not have run its course");
    assertThat(b.resolve(lex).claims()).extracting(c -> c.subject()).containsOnly("Alexander Vershbow");
  }

  @Test
  void badFilesAreReportedWithTheirPlace(@TempDir Path dir) throws Exception {
    Path typo = dir.resolve("typo.yaml");
    Files.writeString(typo, "entitys:\n  - name: IAEA\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Lexicon.withFiles(List.of(typo)))
        .isInstanceOf(LexiconException.class)
        .hasMessageContaining("typo.yaml").hasMessageContaining("unknown key 'entitys'");

    Path noName = dir.resolve("noname.yaml");
    Files.writeString(noName, "entities:\n  - name: IAEA\n  - aliases: [x]\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Lexicon.withFiles(List.of(noName)))
        .hasMessageContaining("noname.yaml: entities[2]: 'name' is missing");

    Path kind = dir.resolve("kind.yaml");
    Files.writeString(kind, "entities:\n  - name: Mars\n    kind: planet\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Lexicon.withFiles(List.of(kind))).hasMessageContaining("kind 'planet'");

    Path yaml = dir.resolve("broken.yaml");
    Files.writeString(yaml, "entities: [\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Lexicon.withFiles(List.of(yaml))).hasMessageContaining("broken.yaml: not valid YAML");

    assertThatThrownBy(() -> Lexicon.withFiles(List.of(dir.resolve("missing.yaml"))))
        .hasMessageContaining("missing.yaml: cannot read lexicon");
  }

  @Test
  void anEmptyFileAddsNothing(@TempDir Path dir) throws Exception {
    Path empty = dir.resolve("empty.yaml");
    Files.writeString(empty, "# nothing yet\n", StandardCharsets.UTF_8);
    assertThat(Lexicon.withFiles(List.of(empty)).subject("the alliance")).isEqualTo("NATO");
  }
}
