package io.newsroom.nlp.en;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped place list as news spells places: without accents, by their regions and by their former names. */
class EnglishGazetteerTest {

    private static final EnglishGazetteer GAZETTEER = EnglishGazetteer.loadDefault();

    @Test
    void aNameIsAlsoSpeltWithoutItsAccentsAndWithItsUmlautsWrittenOut() {
        assertThat(EnglishGazetteer.wireSpellings("Mönchengladbach"))
                .containsExactly("Mönchengladbach", "Monchengladbach", "Moenchengladbach");
        assertThat(EnglishGazetteer.wireSpellings("Łódź")).containsExactly("Łódź", "Lodz");
        assertThat(EnglishGazetteer.wireSpellings("Paris")).containsExactly("Paris");
        assertThat(GAZETTEER.isPlace("Sao Paulo")).isTrue();
        assertThat(GAZETTEER.isPlace("São Paulo")).isTrue();
        assertThat(GAZETTEER.isPlace("Duesseldorf")).isTrue();
        assertThat(GAZETTEER.isCountry("Cote d'Ivoire")).isTrue();
    }

    @Test
    void aBareSpellingThatIsAnEnglishWordOrAFirstNameIsNoPlace() {
        // Būsh (Egypt), Göd (Hungary), Coín (Spain) keep their accents only
        assertThat(GAZETTEER.isPlace("Bush")).isFalse();
        assertThat(GAZETTEER.isPlace("God")).isFalse();
        assertThat(GAZETTEER.isPlace("Coin")).isFalse();
        // and no bare spelling makes a demonym's stem: "Salaman" is no people of Salamá
        assertThat(GAZETTEER.isDemonym("Salaman")).isFalse();
    }

    @Test
    void regionsWatersAndFormerNamesAreListed() {
        assertThat(GAZETTEER.isPlace("Kiev")).isTrue();
        assertThat(GAZETTEER.isPlace("Bombay")).isTrue();
        assertThat(GAZETTEER.isPlace("Kashmir")).isTrue();
        assertThat(GAZETTEER.isPlace("Black Sea")).isTrue();
        assertThat(GAZETTEER.isPlace("Mindanao")).isTrue();
        assertThat(GAZETTEER.isPlace("Java")).isFalse(); // as often a language or coffee
        assertThat(GAZETTEER.isPlace("Mediterranean")).isFalse(); // as often an adjective
    }

    @Test
    void peoplesAndFaithsAreNoNames() {
        assertThat(GAZETTEER.isDemonym("Czech")).isTrue();
        assertThat(GAZETTEER.isDemonym("Shia")).isTrue();
        assertThat(GAZETTEER.isDemonym("Nazi")).isTrue();
        assertThat(GAZETTEER.isDemonym("Christian")).isFalse(); // a first name as often
        assertThat(GAZETTEER.isDemonym("Iraqi")).isTrue();
        assertThat(GAZETTEER.isDemonym("Romiti")).isFalse(); // "-i" makes demonyms of countries only
    }
}
