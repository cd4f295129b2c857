package io.newsroom.nlp.en;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes the English place gazetteer ({@code en-places.tsv}: {@code country|place<TAB>name} lines):
 * {@code PlaceList <geonames.mo> <iso_3166-1.json> <out file>}. Places are the English names of GeoNames
 * (Debian's {@code libgeonames-common}: {@code /usr/share/locale/en/LC_MESSAGES/geonames.mo}, cities and
 * regions, CC BY 4.0 geonames.org); countries are ISO 3166-1 names (Debian's {@code iso-codes}:
 * {@code /usr/share/iso-codes/json/iso_3166-1.json}) with the short forms news uses ("Russia", "Britain").
 */
public final class PlaceList {

    /** Country names in the forms news writes them, which ISO's formal names ("Russian Federation") miss. */
    private static final List<String> SHORT_COUNTRY_NAMES = List.of("Russia", "Britain", "Great Britain", "England",
            "Scotland", "Wales", "Northern Ireland", "Iran", "Syria", "South Korea", "North Korea", "Korea", "Vietnam",
            "Laos", "Bolivia", "Venezuela", "Tanzania", "Moldova", "Taiwan", "Czech Republic", "Holland", "Palestine",
            "America", "United States", "United States of America", "U.S.", "USA", "UK", "U.K.", "Ivory Coast",
            "Congo", "Macedonia", "Burma", "Brunei", "Kosovo", "Vatican", "Micronesia", "Yugoslavia", "Soviet Union",
            "USSR", "Czechoslovakia", "Zaire", "East Timor", "Bosnia", "Herzegovina", "Cape Verde", "Swaziland",
            "Europe", "Asia", "Africa", "Latin America", "South America", "North America", "Middle East", "Gulf",
            "Balkans", "Caribbean", "Scandinavia", "Antarctica", "Oceania", "Arctic", "Pacific", "Atlantic");

    /**
     * Places news names that GeoNames' English city-and-region names lack: regions, islands, waters and mountains
     * ("Kashmir", "Mindanao", "Black Sea", "Urals"), and the English names cities had in the wire copy of the 1990s
     * ("Kiev", "Bombay", "Alma-Ata"). Hand-written from general geography; no adjectives ("Baltic",
     * "Mediterranean"), no names that are as often something else ("Java", "Brittany").
     */
    static final List<String> REGIONS_AND_FORMER_NAMES = List.of(
            "Abu Dhabi", "Aceh", "Adriatic Sea", "Aegean Sea", "Alma-Ata", "Alps", "Alsace", "Amazon River",
            "Anatolia", "Apennines", "Arctic Ocean", "Ashkhabad", "Atlantic Ocean", "Balearic Islands", "Baltic Sea",
            "Baluchistan", "Bangalore", "Belorussia", "Benares", "Biafra", "Black Sea", "Bombay", "Borneo",
            "Bosphorus", "Burgundy", "Byelorussia", "Calcutta", "Canary Islands", "Carpathians", "Caspian Sea",
            "Caucasus", "Central Africa", "Central America", "Central Asia", "Central Europe", "Chisinau",
            "Congo River", "Crimea", "Dacca", "Danube", "Dardanelles", "Darfur", "Dead Sea", "Dnepropetrovsk",
            "Dnieper", "East Africa", "East Asia", "East China Sea", "Eastern Europe", "Eastern Slavonia", "Elbe",
            "English Channel", "Euphrates", "Everest", "Falklands", "Far East", "Flanders", "Galilee", "Ganges",
            "Golan", "Golan Heights", "Gran Canaria", "Great Lakes", "Gulf of Aden", "Gulf of Mexico", "Hebrides",
            "Himalayas", "Honshu", "Horn of Africa", "Ibiza", "Indian Ocean", "Indus", "Ingushetia", "Inner Mongolia",
            "Irian Jaya", "Jolo", "Jordan River", "Karabakh", "Kashmir", "Katanga", "Kharkov", "Kiev", "Kilimanjaro",
            "Kirghizia", "Kishinev", "Kivu", "Knin", "Kordofan", "Krajina", "Kurdistan", "Kuril Islands", "Kurils",
            "KwaZulu", "Kyushu", "Lake Geneva", "Lake Tanganyika", "Lake Victoria", "Lanzarote", "Lapland",
            "Leningrad", "Lugansk", "Luzon", "Lvov", "Madeira", "Madras", "Majorca", "Mallorca", "Manchuria",
            "Mazar-i-Sharif", "Mediterranean Sea", "Mekong", "Midwest", "Mindanao", "Mississippi River", "Moldavia",
            "Mount Everest", "Nagorno-Karabakh", "Ndjamena", "Negev", "New England", "Nile", "North Africa",
            "North Kivu", "North Ossetia", "North Sea", "Northern Europe", "Oder", "Ogaden", "Orkney", "Ossetia",
            "Pacific Ocean", "Panama Canal", "Patagonia", "Pearl River", "Peking", "Persian Gulf", "Poona",
            "Provence", "Pyrenees", "Red Sea", "Rhine", "Rhodes", "Rhone", "Rio Grande", "Riviera", "Rockies",
            "Sahara", "Sahel", "Saigon", "Sea of Japan", "Seine", "Shaba", "Shetland", "Shikoku", "Siberia",
            "Silicon Valley", "Sinai", "Sind", "Sindh", "Slavonia", "South Asia", "South China Sea", "South Kivu",
            "South Ossetia", "Southeast Asia", "Southern Africa", "Southern Europe", "Spratly Islands", "Spratlys",
            "Srebrenica", "Strait of Gibraltar", "Strait of Hormuz", "Suez Canal", "Sulaimaniya", "Sulawesi",
            "Sumatra", "Taiwan Strait", "Teheran", "Tenerife", "Thames", "Tibet", "Tigris", "Timor", "Transdniestria",
            "Transvaal", "Transylvania", "Urals", "Vistula", "Volga", "Wall Street", "Wallonia", "West Africa",
            "Western Europe", "Xinjiang", "Yangtze", "Yellow River", "Yorkshire", "Zambezi", "Zanzibar", "Zaporozhye");

    /** Place names that are far more often ordinary capitalised words in news (months, days). */
    private static final Set<String> COMMON_WORDS = Set.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday",
            "Thursday", "Friday", "Saturday", "Sunday", "Obama", "Mobile", "Nice", "Split", "Reading", "Of", "The");

    private PlaceList() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: PlaceList <geonames.mo> <iso_3166-1.json> <out en-places.tsv>");
            System.exit(2);
        }
        Set<String> places = new TreeSet<>(readMoTranslations(Path.of(args[0])));
        Set<String> countries = new TreeSet<>(SHORT_COUNTRY_NAMES);
        for (JsonNode c : new ObjectMapper().readTree(Path.of(args[1]).toFile()).path("3166-1")) {
            for (String field : List.of("name", "common_name")) {
                String name = c.path(field).asText("");
                if (!name.isEmpty() && !name.contains(",") && !name.contains("(")) {
                    countries.add(name);
                }
            }
        }
        places.addAll(REGIONS_AND_FORMER_NAMES);
        places.removeAll(COMMON_WORDS);
        places.removeIf(p -> p.length() < 3 || countries.contains(p) || p.codePoints().noneMatch(Character::isUpperCase));
        try (Writer w = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
            w.write("# GeoNames English place names (CC BY 4.0, geonames.org, via Debian libgeonames-common), regions and\n"
                    + "# former names news uses (PlaceList.REGIONS_AND_FORMER_NAMES) and ISO 3166-1 country names (Debian\n"
                    + "# iso-codes) with common short forms; made by io.newsroom.nlp.en.PlaceList\n");
            for (String c : countries) {
                w.write("country\t" + c + "\n");
            }
            for (String p : places) {
                w.write("place\t" + p + "\n");
            }
        }
        System.out.printf("%d countries, %d places written to %s%n", countries.size(), places.size(), args[2]);
    }

    /** The translated strings of a GNU gettext .mo file (the ids are GeoNames ids, the strings the names). */
    static List<String> readMoTranslations(Path mo) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(mo));
        b.order(ByteOrder.LITTLE_ENDIAN);
        if (b.getInt(0) != 0x950412de) {
            b.order(ByteOrder.BIG_ENDIAN);
        }
        int count = b.getInt(8);
        int translations = b.getInt(16);
        List<String> out = new java.util.ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int length = b.getInt(translations + 8 * i);
            int offset = b.getInt(translations + 8 * i + 4);
            String s = new String(b.array(), offset, length, StandardCharsets.UTF_8);
            if (!s.isEmpty() && !s.startsWith("Project-Id-Version")) {
                out.add(s.split("\0")[0]);
            }
        }
        return out;
    }
}
