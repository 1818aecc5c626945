package org.partnercities.kg.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * Russian word forms to lemmas and grammatical tags, from LanguageTool's Russian morphological
 * dictionary (a morfologik automaton; LGPL-2.1). Tags read like {@code NN:Fam:Fem:Sin:Nom}: part
 * of speech, then kind (Name, Patr, Fam for first names, patronymics and surnames), gender,
 * number and case (Nom, R genitive, D dative, V accusative, T instrumental, P prepositional).
 */
public final class Morphology {

    /** One reading of a word form. */
    public record Reading(String lemma, String tag) {

        public boolean noun() {
            return tag.startsWith("NN");
        }

        public boolean adjective() {
            return tag.startsWith("ADJ");
        }

        public boolean firstName() {
            return tag.contains(":Name");
        }

        public boolean patronymic() {
            return tag.contains(":Patr");
        }

        public boolean surname() {
            return tag.contains(":Fam");
        }

        public boolean feminine() {
            return tag.contains(":Fem");
        }

        public boolean nominative() {
            return tag.endsWith(":Nom");
        }

        public boolean plural() {
            return tag.contains(":PL");
        }
    }

    private static final String DICTIONARY = "/org/languagetool/resource/ru/russian.dict";
    private static volatile Morphology russian;

    private final Dictionary dictionary;
    private final Map<String, List<Reading>> cache = new ConcurrentHashMap<>();

    private Morphology(Dictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** The shared instance (the dictionary is read once, about 40 ms). */
    public static Morphology russian() {
        Morphology instance = russian;
        if (instance == null) {
            synchronized (Morphology.class) {
                if (russian == null) {
                    URL url = Morphology.class.getResource(DICTIONARY);
                    if (url == null)
                        throw new IllegalStateException("The Russian dictionary " + DICTIONARY
                                + " is not on the class path (org.languagetool:language-ru)");
                    try {
                        russian = new Morphology(Dictionary.read(url));
                    } catch (IOException e) {
                        throw new UncheckedIOException("Cannot read " + url, e);
                    }
                }
                instance = russian;
            }
        }
        return instance;
    }

    /** The readings of a word form, any case of letters; empty if the dictionary does not know it. */
    public List<Reading> readings(String word) {
        String key = word.toLowerCase(Locale.ROOT);
        return cache.computeIfAbsent(key, this::lookup);
    }

    /** The lemmas of a word, or the word itself (lower case) if the dictionary does not know it. */
    public List<String> lemmas(String word) {
        List<Reading> readings = readings(word);
        if (readings.isEmpty())
            return List.of(word.toLowerCase(Locale.ROOT).replace('ё', 'е'));
        return readings.stream().map(r -> r.lemma().replace('ё', 'е')).distinct().toList();
    }

    /** Whether any reading of {@code word} has lemma {@code lemma}. */
    public boolean hasLemma(String word, String lemma) {
        return lemmas(word).contains(lemma);
    }

    private List<Reading> lookup(String word) {
        List<Reading> readings = new ArrayList<>();
        // DictionaryLookup is not thread-safe; a fresh one per word is cheap (the automaton is shared).
        for (WordData data : new DictionaryLookup(dictionary).lookup(word)) {
            CharSequence tag = data.getTag();
            readings.add(new Reading(data.getStem().toString(), tag == null ? "" : tag.toString()));
        }
        if (readings.isEmpty() && word.indexOf('е') >= 0) {
            // The dictionary writes «ё»; reports often write «е».
            for (int i = word.indexOf('е'); i >= 0 && readings.isEmpty(); i = word.indexOf('е', i + 1)) {
                String withYo = word.substring(0, i) + 'ё' + word.substring(i + 1);
                for (WordData data : new DictionaryLookup(dictionary).lookup(withYo)) {
                    CharSequence tag = data.getTag();
                    readings.add(new Reading(data.getStem().toString(), tag == null ? "" : tag.toString()));
                }
            }
        }
        return List.copyOf(readings);
    }
}
