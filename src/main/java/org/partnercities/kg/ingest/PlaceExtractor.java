package org.partnercities.kg.ingest;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.partnercities.kg.ingest.Sentences.Sentence;

/**
 * Cities and regions in any case form («в Иванове», «из Рязани», «Ивановской области»), and cities
 * named by their adjective («ивановской школы»). A small settlement (under 10,000 people) counts
 * only after a word that says it is one («город», «г.», «село»…), so that common words that happen
 * to be village names are not read as places.
 */
final class PlaceExtractor {

    private static final Set<String> SETTLEMENT_WORDS = Set.of("город", "г", "поселок", "пгт", "село", "деревня",
            "станица", "рабочий", "городской");
    private static final long BARE_NAME_POPULATION = 10_000;
    private static final java.util.regex.Pattern ADJECTIVE_NAME = java.util.regex.Pattern.compile(".*(ский|ская|ское|цкий|цкая|ный|ная|ное|ий|ый|ая|ое)");

    private PlaceExtractor() {}

    /** A place named inside someone's words, kept until the report is read. */
    private record Spoken(Sentence sentence, Gazetteer.Place place, int from, int to) {}

    static void extract(Report report) {
        List<Spoken> spoken = new java.util.ArrayList<>();
        for (Sentence sentence : report.sentences) {
            List<Token> tokens = sentence.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                if (report.inName(sentence, i))
                    continue;
                Optional<Gazetteer.Match> match = report.gazetteer.placeAt(tokens, i);
                if (match.isPresent() && accept(report, tokens, match.get())) {
                    if (inDirectSpeech(report, sentence, i))
                        spoken.add(new Spoken(sentence, match.get().place(), i, match.get().to()));
                    else
                        add(report, sentence, match.get().place(), i, match.get().to(), false);
                    i = match.get().to() - 1;
                    continue;
                }
                Token token = tokens.get(i);
                if (token.isWord() && token.text().indexOf('-') > 0 && token.isCapitalized()) {
                    hyphenated(report, sentence, i);
                    continue;
                }
                adjective(report, sentence, i);
            }
        }
        // «„… до Орска, Новотроицка, Бузулука“, — подчеркнул министр»: a place only someone's words name is no fact of
        // the report; one the report also names in its own words keeps the mention.
        Set<Gazetteer.Place> named = new java.util.HashSet<>();
        report.places.values().forEach(list -> list.forEach(p -> named.add(p.place())));
        for (Spoken p : spoken)
            if (named.contains(p.place()))
                add(report, p.sentence(), p.place(), p.from(), p.to(), false);
    }

    /** Whether a token is inside quoted words that a dash after them gives to a speaker («…», — сказал он). */
    static boolean inDirectSpeech(Report report, Sentence sentence, int token) {
        List<Token> t = sentence.tokens();
        for (int[] span : report.quotes.getOrDefault(sentence.index(), List.of()))
            if (span[0] <= token && token < span[1]) {
                int next = span[1];
                if (next < t.size() && t.get(next).text().equals(","))
                    next++;
                return next < t.size() && t.get(next).text().matches("[—–]");
            }
        return false;
    }

    private static boolean accept(Report report, List<Token> tokens, Gazetteer.Match match) {
        Gazetteer.Place place = match.place();
        if (place.kind() == Gazetteer.Kind.REGION)
            return true;
        Token first = tokens.get(match.from());
        var readings = report.morphology.readings(first.text());
        // A town named like an adjective, used as a noun: «из Прохладного — команда лицея № 3» (no noun
        // follows for it to agree with), unlike «Московский государственный колледж».
        if (ADJECTIVE_NAME.matcher(place.russian()).matches() && place.population() >= BARE_NAME_POPULATION
                && match.from() > 0 && PREPOSITIONS.contains(tokens.get(match.from() - 1).lower()) && standsAlone(report, tokens, match.to()))
            return true;
        boolean settlementWord = match.from() > 0 && SETTLEMENT_WORDS.contains(lemmaOf(report, tokens.get(match.from() - 1)))
                || match.from() > 1 && tokens.get(match.from() - 1).text().equals(".")
                        && tokens.get(match.from() - 2).is("г");
        // «Нижнего Тагила», «в Старом Осколе»: capitalised words that make up a whole name of two or more words
        // are that place, though the first is an adjective (no «Старый» alone is read so).
        if (wholeName(tokens, match) && !ADJECTIVE_NAME.matcher(place.russian()).matches())
            return place.population() >= BARE_NAME_POPULATION || settlementWord;
        // «Рязанский» is a town too; an adjective is read as a city by its adjective rule instead.
        if (!readings.isEmpty() && readings.stream().noneMatch(Morphology.Reading::noun))
            return false;
        // A place named like an adjective («Московский», «Заречный») only after a word that says it is a place:
        // otherwise «Московской электронной школы» would be a town.
        if (ADJECTIVE_NAME.matcher(place.russian()).matches())
            return settlementWord;
        return place.population() >= BARE_NAME_POPULATION || settlementWord;
    }

    /** Whether a match spans two or more words of the name, each capitalised. */
    static boolean wholeName(List<Token> tokens, Gazetteer.Match match) {
        int words = 0;
        for (int k = match.from(); k < match.to(); k++) {
            Token token = tokens.get(k);
            if (!token.isWord())
                continue;
            if (!token.isCapitalized())
                return false;
            words++;
        }
        return words >= 2 && words == match.place().keys().size();
    }

    private static final Set<String> PREPOSITIONS = Set.of("в", "во", "из", "до", "для", "от", "к", "ко", "над", "под");

    /** Whether nothing the word could agree with follows: the end, punctuation, or a word that is neither noun nor adjective. */
    private static boolean standsAlone(Report report, List<Token> tokens, int next) {
        if (next >= tokens.size() || !tokens.get(next).isWord())
            return true;
        return report.morphology.readings(tokens.get(next).text()).stream().noneMatch(r -> r.noun() || r.adjective());
    }

    private static void hyphenated(Report report, Sentence sentence, int i) {
        // «Москва-Магнитогорск»: two cities in one word.
        Token token = sentence.tokens().get(i);
        String[] parts = token.text().split("-");
        java.util.List<Gazetteer.Place> found = new java.util.ArrayList<>();
        int offset = token.start();
        for (String part : parts) {
            Token piece = new Token(part, offset, offset + part.length());
            offset += part.length() + 1;
            Optional<Gazetteer.Match> match = part.isEmpty() ? Optional.empty()
                    : report.gazetteer.placeAt(List.of(piece), 0);
            if (match.isEmpty() || match.get().place().population() < BARE_NAME_POPULATION)
                return;
            found.add(match.get().place());
        }
        for (Gazetteer.Place place : found)
            add(report, sentence, place, i, i + 1, false);
    }

    private static void adjective(Report report, Sentence sentence, int i) {
        Token token = sentence.tokens().get(i);
        if (!token.isWord())
            return;
        for (String lemma : adjectiveLemmas(report, token)) {
            if (MONTH_ADJECTIVES.contains(lemma))
                return; // «октябрьского семинара» is of October, not of Октябрьск
            Optional<Gazetteer.Place> city = report.gazetteer.cityOfAdjective(lemma);
            // «тагильские директора» after «Нижнего Тагила»: the last word's adjective, for a city the report names in full.
            if (city.isEmpty())
                city = report.gazetteer.cityOfLastWordAdjective(lemma).filter(p -> named(report, p));
            if (city.isPresent() && city.get().population() >= BARE_NAME_POPULATION) {
                add(report, sentence, city.get(), i, i + 1, true);
                return;
            }
        }
    }

    private static final Set<String> MONTH_ADJECTIVES = Set.of("январский", "февральский", "мартовский", "апрельский", "майский",
            "июньский", "июльский", "августовский", "сентябрьский", "октябрьский", "ноябрьский", "декабрьский");
    private static final java.util.regex.Pattern RELATIVE_ADJECTIVE = java.util.regex.Pattern.compile(
            "([а-яё]{4,}(?:ск|цк))(?:ий|ая|ое|ие|ого|ой|ому|ым|им|их|ых|ыми|ими|ую|ом|ей)");

    /**
     * The adjective lemmas of a word; for a lower-case word the dictionary does not know («старооскольских»),
     * the «-ский» lemma its ending gives.
     */
    static List<String> adjectiveLemmas(Report report, Token token) {
        List<Morphology.Reading> readings = report.morphology.readings(token.text());
        if (!readings.isEmpty())
            return readings.stream().filter(Morphology.Reading::adjective).map(Morphology.Reading::lemma).toList();
        java.util.regex.Matcher m = RELATIVE_ADJECTIVE.matcher(token.lower());
        return m.matches() ? List.of(m.group(1) + "ий") : List.of();
    }

    /** Whether the report has named this place by its name so far. */
    private static boolean named(Report report, Gazetteer.Place place) {
        for (Node iri : report.placeCounts.keySet()) {
            Draft.Entity entity = report.draft.get(iri);
            if (entity != null && place.russian().equals(entity.label))
                return true;
        }
        return false;
    }

    private static void add(Report report, Sentence sentence, Gazetteer.Place place, int from, int to, boolean adjective) {
        Node iri = report.place(place, report.evidence(sentence, from, to), adjective ? 0.8 : 0.9);
        report.list(report.places, sentence.index()).add(new Mentions.Place(iri, place, from, to, adjective));
    }

    static String lemmaOf(Report report, Token token) {
        List<String> lemmas = report.morphology.lemmas(token.text());
        return lemmas.get(0);
    }
}
