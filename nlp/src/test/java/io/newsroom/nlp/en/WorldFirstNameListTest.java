package io.newsroom.nlp.en;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How the world first-name list reads Datafaker's locale files and spells Cyrillic names as English news does. */
class WorldFirstNameListTest {

    @Test
    void readsInlineAndBlockListsOfFirstNamesOnly() {
        String yaml = """
                xx:
                  faker:
                    name:
                      male_first_name: [Jozef, "Farooq", May]
                      female_first_name:
                        - "Zsofia"
                        - Ewa
                      last_name: [Kowalski, Novak]
                      first_name:
                        - "#{female_first_name}"
                    address:
                      city: [Warsaw]
                """;
        assertThat(WorldFirstNameList.firstNames(yaml)).containsExactlyInAnyOrder("Jozef", "Farooq", "Zsofia", "Ewa");
    }

    @Test
    void spellsCyrillicNamesTheWaysEnglishNewsDoes() {
        assertThat(WorldFirstNameList.spellings("Сергей")).contains("Sergei", "Sergey");
        assertThat(WorldFirstNameList.spellings("Дмитрий")).contains("Dmitry", "Dmitri");
        assertThat(WorldFirstNameList.spellings("Александр")).contains("Aleksandr", "Alexander");
        assertThat(WorldFirstNameList.spellings("Юрий")).contains("Yuri", "Yury");
        assertThat(WorldFirstNameList.spellings("Ёж1")).isEmpty();
    }

    @Test
    void shippedListKnowsNamesOfWireCopyTheEnglishListDoesNot() {
        EnglishGazetteer gazetteer = EnglishGazetteer.loadDefault();
        for (String name : new String[] {"Viktor", "Anatoly", "Farooq", "Jozef", "Sergei"}) {
            assertThat(gazetteer.isFirstName(name)).as(name).isFalse();
            assertThat(gazetteer.isWorldFirstName(name)).as(name).isTrue();
        }
        assertThat(gazetteer.isWorldFirstName("Chernomyrdin")).isFalse();
    }
}
