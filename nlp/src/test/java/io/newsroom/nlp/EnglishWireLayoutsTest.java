package io.newsroom.nlp;

import io.newsroom.events.EnrichedArticle;
import io.newsroom.events.EnrichedArticle.Entity;
import io.newsroom.events.EnrichedArticle.EntityType;
import io.newsroom.events.EnrichedArticle.Mention;
import io.newsroom.events.RawArticle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Wire layouts the 13th session's invented newswire sets showed the tagger misreading, through the standard
 * pipeline: scorecard rows (cricket, rugby and football scorers, race classifications), scoreboards' venue lines,
 * sports grounds, clubs' nicknames, a nationality before a person, places listed after their kind or after "in",
 * press digests' newspapers, credit lines, market tables, diaries' days.
 */
class EnglishWireLayoutsTest {

    private static EnrichmentPipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = EnrichmentPipeline.standard();
    }

    static EnrichedArticle enrich(String text) {
        return pipeline.enrich(new RawArticle(RawArticle.SCHEMA_VERSION, "00000000-0000-0000-0000-0000000000e3", "r1",
                Instant.EPOCH, "text/plain", null, null, text, null, null, null, null, null, null, null, null));
    }

    static List<String> names(EnrichedArticle article, EntityType type) {
        return article.entities().stream().filter(e -> e.type() == type).map(Entity::name).toList();
    }

    static List<String> mentions(EnrichedArticle article, EntityType type) {
        return article.entities().stream().filter(e -> e.type() == type)
                .flatMap(e -> e.mentions().stream().map(Mention::text)).toList();
    }

    @Test
    void aCricketScorecardNamesBatsmenFieldersAndBowlers() {
        EnrichedArticle a = enrich("CRICKET - SOUTH AFRICA V INDIA SCOREBOARD .\n"
                + "DURBAN 1996-12-27\n"
                + "Scoreboard on the first day of the second test between South Africa and India on Friday :\n"
                + "India first innings\n"
                + "V. Rathore c Richardson b Donald 11\n"
                + "N. Mongia lbw b Pollock 4\n"
                + "R. Dravid c and b Klusener 61\n"
                + "S. Tendulkar not out 48\n"
                + "A. Jadeja run out 9\n"
                + "Did not bat : A. Kumble , J. Srinath\n"
                + "Bowling : Donald 14-3-40-1 , Pollock 12-4-31-1 , Klusener 9.2-1-35-1\n");
        assertThat(names(a, EntityType.PERSON)).contains("V. Rathore", "Richardson", "Donald", "N. Mongia", "Pollock",
                "R. Dravid", "Klusener", "S. Tendulkar", "A. Jadeja", "A. Kumble", "J. Srinath");
        assertThat(names(a, EntityType.ORGANIZATION)).isEmpty();
        assertThat(names(a, EntityType.LOCATION)).contains("South Africa", "India", "Durban");
    }

    @Test
    void aBattingLineNeedsItsLayout() {
        // a tweet with "not" after a capital and a number at the end is no batting line
        EnrichedArticle a = enrich("Can not wait for the weekend , only 3 more days to go until 3");
        assertThat(a.entities()).noneMatch(e -> e.name().equals("Can"));
    }

    @Test
    void rugbyAndFootballScorersArePlayersAndTheTeamBeforeTheDashIsAClub() {
        EnrichedArticle a = enrich("RUGBY UNION - FRANCE BEAT WALES IN CARDIFF .\n"
                + "CARDIFF 1996-03-16\n"
                + "France beat Wales 22-18 in a Five Nations match on Saturday .\n"
                + "Scorers :\n"
                + "Wales - Try : Thomas . Penalties : Jenkins 5 .\n"
                + "France - Tries : Sadourny , Benazzi . Conversion : Lacroix . Penalties : Lacroix 2 .\n");
        assertThat(names(a, EntityType.PERSON)).contains("Thomas", "Jenkins", "Sadourny", "Benazzi", "Lacroix");
        EnrichedArticle b = enrich("SOCCER - DUTCH FIRST DIVISION RESULT .\n"
                + "AMSTERDAM 1996-10-20\n"
                + "Ajax 2 Twente 1\n"
                + "Scorers : Ajax - Kanu 12 , Finidi George 77 ; Twente - Hoogma 40\n");
        assertThat(names(b, EntityType.PERSON)).contains("Kanu", "Finidi George", "Hoogma");
        assertThat(names(b, EntityType.ORGANIZATION)).contains("Ajax", "Twente");
    }

    @Test
    void aRaceClassificationNamesTheRiderAndHisTeam() {
        EnrichedArticle a = enrich("CYCLING - ZUELLE WINS STAGE , OLANO KEEPS LEAD .\n"
                + "SAN SEBASTIAN , Spain 1996-09-14\n"
                + "Leading results of the 12th stage of the Tour of Spain on Saturday :\n"
                + "1. Alex Zuelle ( Switzerland ) ONCE 4:51:12\n"
                + "2. Laurent Jalabert ( France ) ONCE same time\n"
                + "3. Fernando Escartin ( Spain ) Kelme at 0:14\n"
                + "4. Abraham Olano ( Spain ) Mapei +0:20\n");
        assertThat(names(a, EntityType.PERSON)).contains("Alex Zuelle", "Laurent Jalabert", "Fernando Escartin",
                "Abraham Olano");
        assertThat(names(a, EntityType.ORGANIZATION)).contains("ONCE", "Kelme", "Mapei");
        assertThat(names(a, EntityType.LOCATION)).contains("Switzerland", "France", "Spain");
    }

    @Test
    void clubsWithTheirCountryAcrossAScoreAreClubs() {
        EnrichedArticle a = enrich("SOCCER - CUP WINNERS ' CUP RESULTS .\n"
                + "LONDON 1996-10-17\n"
                + "Results of Cup Winners ' Cup second round , first leg matches on Thursday :\n"
                + "In Vienna : Rapid Vienna ( Austria ) 2 Sporting ( Portugal ) 0\n"
                + "In Larnaca : AEK Larnaca ( Cyprus ) 1 Brann ( Norway ) 3\n");
        assertThat(names(a, EntityType.ORGANIZATION)).contains("Rapid Vienna", "Sporting", "AEK Larnaca", "Brann");
        assertThat(mentions(a, EntityType.LOCATION)).contains("Vienna", "Larnaca", "Austria", "Norway");
        // and an athlete with his country is a person ("beat", a time or a gap after the brackets)
        EnrichedArticle b = enrich("TENNIS - RESULTS IN MOSCOW .\n"
                + "MOSCOW 1996-11-06\n"
                + "Results of first-round matches at the Kremlin Cup on Wednesday :\n"
                + "Yevgeny Kafelnikov ( Russia ) beat Jan Siemerink ( Netherlands ) 6-4 6-3\n");
        assertThat(names(b, EntityType.PERSON)).contains("Yevgeny Kafelnikov", "Jan Siemerink");
    }

    @Test
    void aScoreboardsVenueLineIsThePlaceNotTheClub() {
        EnrichedArticle a = enrich("BASEBALL - MAJOR LEAGUE RESULTS THURSDAY .\n"
                + "NEW YORK 1996-08-29\n"
                + "Results of games played on Thursday ( home team in CAPS ) :\n"
                + "AT CLEVELAND\n"
                + "CLEVELAND 7 Detroit 2\n"
                + "AT SAN DIEGO\n"
                + "Montreal 4 SAN DIEGO 3\n"
                + "In Cleveland , Manny Ramirez hit two home runs as the Indians beat Detroit .\n");
        Entity clevelandClub = a.entities().stream()
                .filter(e -> e.type() == EntityType.ORGANIZATION && e.name().equalsIgnoreCase("Cleveland")).findFirst()
                .orElseThrow();
        assertThat(clevelandClub.mentions()).extracting(Mention::text).containsExactly("CLEVELAND");
        assertThat(mentions(a, EntityType.LOCATION)).contains("CLEVELAND", "SAN DIEGO", "Cleveland");
    }

    @Test
    void aSportsGroundIsAPlace() {
        EnrichedArticle a = enrich("Arsenal beat Chelsea 2-0 at the Emirates Stadium on Sunday , a week after "
                + "losing 1-0 at the Allianz Arena , where Bayern had won all season .\n");
        assertThat(names(a, EntityType.LOCATION)).contains("Emirates Stadium", "Allianz Arena");
        assertThat(names(a, EntityType.ORGANIZATION)).doesNotContain("Emirates Stadium", "Allianz Arena", "Allianz");
    }

    @Test
    void aNationalityBeforeAPersonIsNoPartOfTheName() {
        EnrichedArticle a = enrich("Boris Becker needed three sets to beat Swede Magnus Larsson , while "
                + "Russian Andrei Olhovskiy lost to Frenchman Cedric Pioline .\n");
        assertThat(names(a, EntityType.PERSON)).contains("Magnus Larsson", "Andrei Olhovskiy", "Cedric Pioline");
        EnrichedArticle c = enrich("Barcelona won at the Nou Camp , where Brazilian Ronaldo scored twice , and in "
                + "Belgrade Yugoslav President Zoran Lilic met U.S. envoy John Kornblum .\n");
        assertThat(names(c, EntityType.PERSON)).contains("Ronaldo", "Zoran Lilic");
        assertThat(a.entities()).noneMatch(e -> e.name().startsWith("Brazilian") || e.name().startsWith("Yugoslav"));
        // and a first name after a nationality opens a person the model left out
        EnrichedArticle b = enrich("Italian Paolo Di Canio had given the visitors a lead shortly before halftime .\n");
        assertThat(names(b, EntityType.PERSON)).containsExactly("Paolo Di Canio");
        assertThat(a.entities()).noneMatch(e -> e.name().startsWith("Swede") || e.name().startsWith("Russian")
                || e.name().startsWith("Frenchman"));
    }

    @Test
    void placesListedAfterTheirKindOrAfterInArePlaces() {
        EnrichedArticle a = enrich("Rebels said helicopters had flown over the villages of Shatoi and Vedeno , and "
                + "refugees were told to register in towns such as Brcko and Srebrenica .\n"
                + "The conductor studied in Vienna and Leipzig before settling north of Copenhagen .\n"
                + "Investors were told the money would fund flats in Manchester , Leeds and Glasgow .\n");
        assertThat(names(a, EntityType.LOCATION)).contains("Shatoi", "Vedeno", "Brcko", "Srebrenica", "Vienna",
                "Leipzig", "Copenhagen", "Manchester", "Leeds", "Glasgow");
        assertThat(names(a, EntityType.PERSON)).isEmpty();
        assertThat(names(a, EntityType.ORGANIZATION)).isEmpty();
    }

    @Test
    void aNorthAmericanClubsNicknameIsTheClubInASportsStory() {
        EnrichedArticle a = enrich("BASKETBALL - KNICKS BEAT HEAT .\n"
                + "NEW YORK 1997-01-12\n"
                + "Patrick Ewing scored 31 points as the New York Knicks beat the Miami Heat 99-92 on Sunday .\n"
                + "Knicks coach Jeff Van Gundy said the win was the best of the season .\n"
                + "In Denver , the Nuggets lost 110-101 to the Utah Jazz .\n");
        assertThat(names(a, EntityType.ORGANIZATION)).contains("New York Knicks", "Miami Heat", "Utah Jazz");
        assertThat(mentions(a, EntityType.ORGANIZATION)).contains("Knicks", "Nuggets");
        assertThat(mentions(a, EntityType.LOCATION)).contains("Denver");
        // no sports story, no club: "the Heat" of a weather report stays a word
        EnrichedArticle weather = enrich("The Heat of the summer drove Miami residents to the beaches on Sunday .\n");
        assertThat(names(weather, EntityType.ORGANIZATION)).doesNotContain("Heat", "Miami Heat");
    }

    @Test
    void aPressDigestsNewspapersAreOrganisations() {
        EnrichedArticle a = enrich("PRESS DIGEST - HUNGARY - OCT 14 .\n"
                + "BUDAPEST 1996-10-14\n"
                + "These are the leading stories in the Budapest press on Monday .\n"
                + "NEPSZABADSAG\n"
                + "- The government will present its 1997 budget to parliament on Tuesday .\n"
                + "MAGYAR HIRLAP\n"
                + "- The forint is expected to weaken slightly against the basket this week .\n");
        assertThat(mentions(a, EntityType.ORGANIZATION)).contains("NEPSZABADSAG", "MAGYAR HIRLAP");
        assertThat(names(a, EntityType.PERSON)).isEmpty();
    }

    @Test
    void aCreditLineNamesItsJournalistsAndTheirPlaces() {
        EnrichedArticle a = enrich("Oil prices rose on Monday after producers agreed to extend output cuts .\n"
                + "( Reporting by Ines Kowalczyk in Warsaw and Tomoko Hara in Tokyo ; Editing by Graham Pell )\n");
        assertThat(names(a, EntityType.PERSON)).contains("Ines Kowalczyk", "Tomoko Hara", "Graham Pell");
        assertThat(names(a, EntityType.LOCATION)).contains("Warsaw", "Tokyo");
        assertThat(names(a, EntityType.ORGANIZATION)).isEmpty();
    }

    @Test
    void aMarketTablesRowsAreCompaniesButNotIndicesOrContracts() {
        EnrichedArticle a = enrich("TOKYO STOCKS CLOSE MIXED .\n"
                + "TOKYO 1996-09-02\n"
                + "Leading shares at the close on Monday :\n"
                + "Nippon Steel 1,412 unch\n"
                + "Kawasaki Steel 3,880 +20\n"
                + "Sumitomo Metal 1,210.50 -10\n"
                + "TOPIX 1,642.18 +15.02\n"
                + "Wheat July 5.12 +0.04\n");
        assertThat(names(a, EntityType.ORGANIZATION)).contains("Nippon Steel", "Kawasaki Steel", "Sumitomo Metal")
                .doesNotContain("TOPIX", "Wheat July", "Wheat");
        assertThat(names(a, EntityType.PERSON)).isEmpty();
    }

    @Test
    void aDiarysDaysAndALeaguesDivisionsAreNoNames() {
        EnrichedArticle a = enrich("DIARY - EUROPE .\n"
                + "MONDAY , NOVEMBER 18\n"
                + "BRUSSELS - European Union farm ministers meet .\n"
                + "TUESDAY , NOVEMBER 19\n"
                + "GENEVA - World Trade Organization general council meets .\n");
        assertThat(a.entities()).noneMatch(e -> e.name().equalsIgnoreCase("Monday") || e.name().equalsIgnoreCase("Tuesday"));
        assertThat(mentions(a, EntityType.LOCATION)).contains("BRUSSELS", "GENEVA"); // a diary's entries open with a place
        assertThat(names(a, EntityType.ORGANIZATION)).contains("European Union", "World Trade Organization");
        EnrichedArticle b = enrich("ICE HOCKEY - NHL STANDINGS .\n"
                + "NEW YORK 1996-12-01\n"
                + "EASTERN CONFERENCE\n"
                + "ATLANTIC DIVISION\n"
                + "W L T GF GA PTS\n"
                + "FLORIDA 15 5 4 74 50 34\n"
                + "PHILADELPHIA 14 9 2 71 63 30\n");
        assertThat(b.entities()).noneMatch(e -> e.name().toUpperCase().contains("DIVISION")
                || e.name().toUpperCase().contains("CONFERENCE"));
        assertThat(mentions(b, EntityType.ORGANIZATION)).contains("FLORIDA", "PHILADELPHIA");
    }

    @Test
    void aCapitalStandingForItsGovernmentIsAPlaceButAClubInSport() {
        EnrichedArticle a = enrich("Turkish President Suleyman Demirel said Ankara was ready to host new talks , "
                + "and Foreign Minister Yukihiko Ikeda said Tokyo was in close contact with Washington .\n"
                + "Beijing , which has declined to comment , said it supported all efforts for peace .\n");
        assertThat(names(a, EntityType.LOCATION)).contains("Ankara", "Tokyo", "Washington", "Beijing");
        assertThat(names(a, EntityType.ORGANIZATION)).isEmpty();
        EnrichedArticle left = enrich("French Foreign Minister Herve de Charette said Paris still believed a force "
                + "was needed , and a WFP official in Kigali said air drops were planned under the Paris agreement .\n");
        assertThat(mentions(left, EntityType.LOCATION)).containsExactlyInAnyOrder("Paris", "Kigali");
        EnrichedArticle sport = enrich("SOCCER - RUSSIAN LEAGUE RESULT .\n"
                + "MOSCOW 1996-09-14\n"
                + "Result of a Russian first division match on Saturday :\n"
                + "Dynamo Moscow 2 Rotor Volgograd 1\n"
                + "Dynamo Moscow beat Rotor Volgograd 2-1 to stay top .\n");
        assertThat(names(sport, EntityType.ORGANIZATION)).contains("Dynamo Moscow", "Rotor Volgograd");
    }

    @Test
    void aNameBeforeTheAcronymItGoesByInItsOwnLanguageIsAnOrganisation() {
        EnrichedArticle a = enrich("The Law and Justice ( PiS ) party took 36 percent and the Civic Coalition ( KO ) "
                + "31 percent , an exit poll showed .\n"
                + "Traffic was slow near Nottingham Railway Station ( NOT ) on Sunday .\n");
        assertThat(names(a, EntityType.ORGANIZATION)).contains("Law and Justice", "Civic Coalition");
        assertThat(mentions(a, EntityType.ORGANIZATION)).contains("PiS", "KO").doesNotContain("NOT");
    }

    @Test
    void sharePricesNameCompaniesAndAgenciesAreOrganisations() {
        EnrichedArticle a = enrich("Chemical shares led the gains , with Bayer up 1.35 marks at 60.10 , Hoechst 0.90 "
                + "higher at 57.20 and Michelin down 0.75 at 278.80 .\n"
                + "Societe Generale edged down 1.00 to 560.00 , dealers said .\n"
                + "\" There will be no return to war , \" ITAR-TASS quoted the official as saying .\n");
        assertThat(names(a, EntityType.ORGANIZATION)).contains("Bayer", "Hoechst", "Michelin", "Societe Generale")
                .doesNotContain("Chemical");
        assertThat(mentions(a, EntityType.ORGANIZATION)).contains("ITAR-TASS");
        assertThat(names(a, EntityType.PERSON)).isEmpty();
        // an athlete's time is no share price
        EnrichedArticle b = enrich("Michael Johnson ran 19.85 seconds , and Frankie Fredericks was 0.20 slower .\n");
        assertThat(names(b, EntityType.ORGANIZATION)).isEmpty();
    }

    @Test
    void aTeamSheetOfInitialsAndSurnamesNamesThePlayers() {
        EnrichedArticle a = enrich("CRICKET - SHEFFIELD SHIELD SCOREBOARD .\n"
                + "PERTH 1996-11-14\n"
                + "New South Wales : M. Slater , R. Chee Quee , C. Richards , M. Bevan , S. Lee\n");
        assertThat(names(a, EntityType.PERSON)).contains("M. Slater", "R. Chee Quee", "C. Richards", "M. Bevan",
                "S. Lee");
    }

    @Test
    void aCompanysKindBeforeItsNameMakesAnOrganisationButNotOfAPerson() {
        EnrichedArticle a = enrich("Polish conglomerate Elektrim said it would buy 51 percent of cable maker "
                + "Kablownia Wielkopolska , and copper producer Codelco agreed supply contracts .\n"
                + "In 1832 the cloister was sold to the manufacturer Georg Reichenbach .\n");
        assertThat(names(a, EntityType.ORGANIZATION)).contains("Elektrim", "Kablownia Wielkopolska", "Codelco");
        assertThat(names(a, EntityType.PERSON)).contains("Georg Reichenbach");
    }

    @Test
    void theSidesOfACricketMatchAreTeamsAndACountrysSideAPlace() {
        EnrichedArticle a = enrich("CRICKET - WESTERN AUSTRALIA V NEW SOUTH WALES SCOREBOARD .\n"
                + "PERTH 1996-11-14\n"
                + "Close of play on the first day of the match between Western Australia and New South Wales :\n"
                + "Western Australia first innings\n"
                + "J. Langer c Emery b McGrath 12\n"
                + "Fall of wickets : 1-22 2-61\n"
                + "Elsewhere , England v Pakistan was drawn .\n");
        assertThat(names(a, EntityType.ORGANIZATION)).contains("Western Australia", "New South Wales");
        assertThat(names(a, EntityType.LOCATION)).contains("England", "Pakistan").doesNotContain("Western Australia");
    }

    @Test
    void aTownInBracketsAfterAScorerIsHisClubInALineOfClubs() {
        EnrichedArticle a = enrich("SOCCER - ENGLISH LEAGUE LEADING SCORERS .\n"
                + "LONDON 1996-11-17\n"
                + "Leading scorers in the English premier league after Saturday 's matches :\n"
                + "10 - Alan Shearer ( Newcastle )\n"
                + "8 - Robbie Fowler ( Liverpool ) , Ian Wright ( Arsenal ) , Fabrizio Ravanelli ( Middlesbrough )\n");
        assertThat(mentions(a, EntityType.ORGANIZATION)).contains("Liverpool", "Arsenal", "Middlesbrough");
        // an athlete's town or island in brackets stays the place he comes from
        EnrichedArticle b = enrich("ATHLETICS - RESULTS IN ZURICH .\n"
                + "ZURICH 1996-08-14\n"
                + "Leading results at the grand prix meeting on Wednesday , where the crowd was the biggest of the "
                + "season :\n"
                + "100 metres : 1. Donovan Bailey ( Canada ) 9.93 2. Ato Boldon ( Trinidad ) 10.01\n");
        assertThat(mentions(b, EntityType.LOCATION)).contains("Canada", "Trinidad");
    }

    @Test
    void aStockIndexIsNoName() {
        EnrichedArticle a = enrich("German shares closed at a record high on Thursday , and the 30-share DAX index "
                + "ended 21.45 points higher , while the Nikkei average rose 168.42 points in Tokyo .\n");
        assertThat(a.entities()).noneMatch(e -> e.name().equalsIgnoreCase("DAX") || e.name().equalsIgnoreCase("Nikkei"));
    }

    @Test
    void aResultsLineMakesASportsStoryForNicknamesWithoutADashedScore() {
        EnrichedArticle a = enrich("ICE HOCKEY - NHL RESULTS .\n"
                + "NEW YORK 1996-11-14\n"
                + "Results of National Hockey League games on Wednesday ( home team in CAPS ) :\n"
                + "FLORIDA 3 Boston 0\n"
                + "John Vanbiesbrouck stopped 29 shots for his third shutout of the season as the Florida Panthers "
                + "stretched their unbeaten run .\n");
        assertThat(names(a, EntityType.ORGANIZATION)).contains("Florida Panthers");
    }
}
