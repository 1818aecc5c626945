package org.partnercities.kg.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.partnercities.kg.api.EntityIds;
import org.partnercities.kg.graph.Link;
import org.partnercities.kg.graph.Neighbourhood;
import org.partnercities.kg.store.Sparql;
import org.partnercities.kg.vocab.PCK;

/**
 * What the benchmark asks about, chosen with a seeded {@link Random} from what is in the store,
 * so that a run on the same store asks the same questions: entities of each kind (all of the kind,
 * in IRI order, then drawn), search words from their Russian labels, and pairs for paths.
 */
final class Samples {

    /** Kinds drawn from for entity pages and neighbourhoods. */
    static final List<String> KINDS = List.of("School", "Person", "City", "Event", "Practice", "Agreement");

    private final Sparql sparql;
    private final Random random;
    private final Map<String, List<String>> byKind = new java.util.HashMap<>();

    Samples(Sparql sparql, long seed) {
        this.sparql = sparql;
        this.random = new Random(seed);
    }

    /** How the benchmark picks, for the report. */
    static String description(long seed) {
        return "Seeded java.util.Random (seed " + seed + ") over the store's own contents: for each kind, every entity of "
                + "that class in IRI order, then n drawn (entities of mixed kinds: " + String.join(", ", KINDS)
                + "); search words: a random word of 4+ letters of a drawn entity's Russian label, autocomplete: its first "
                + "3 letters; connected pairs: a drawn school, person or event and the end of a 2–4-step random walk over "
                + "the links /api/paths uses (graph/select-neighbours.rq, no revisits); random pairs: two drawn entities.";
    }

    /** {@code n} entity IRIs of class pck:{@code kind}. */
    List<String> entities(String kind, int n) {
        List<String> all = byKind.computeIfAbsent(kind, k -> sparql.select(QueryFactory.create(
                "SELECT DISTINCT ?e { ?e a <" + PCK.NS + k + "> FILTER(STRSTARTS(STR(?e), \"" + PCK.ID + "\")) } ORDER BY ?e"),
                // Every person at scale 1 takes about a minute: more than the store's limit for questions.
                Duration.ofMinutes(30))
                .stream().map(row -> row.get("e").asResource().getURI()).toList());
        if (all.isEmpty())
            throw new IllegalStateException("The store has no " + kind);
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < n; i++)
            chosen.add(all.get(random.nextInt(all.size())));
        return chosen;
    }

    /** {@code n} entities of mixed kinds, about equally many of each. */
    List<String> mixed(int n) {
        List<String> chosen = new ArrayList<>();
        for (String kind : KINDS)
            chosen.addAll(entities(kind, (n + KINDS.size() - 1) / KINDS.size()));
        java.util.Collections.shuffle(chosen, random);
        return chosen.subList(0, n);
    }

    /** {@code n} words of 4+ letters from the Russian labels of drawn entities. */
    List<String> words(int n) {
        List<String> words = new ArrayList<>();
        for (String entity : mixed(n * 2)) {
            List<String> candidates = new ArrayList<>();
            for (Map<String, RDFNode> row : sparql.select(QueryFactory.create("SELECT ?l { <" + entity
                    + "> <http://www.w3.org/2000/01/rdf-schema#label> ?l FILTER(LANG(?l) = \"ru\") }")))
                for (String word : row.get("l").asLiteral().getLexicalForm().split("[^\\p{L}]+"))
                    if (word.length() >= 4)
                        candidates.add(word.toLowerCase(Locale.ROOT));
            if (!candidates.isEmpty())
                words.add(candidates.get(random.nextInt(candidates.size())));
            if (words.size() == n)
                break;
        }
        return words;
    }

    /** Pairs known to be connected: a start and where a random walk of 2–4 steps from it ends. */
    List<String[]> connectedPairs(Neighbourhood neighbourhood, int n) {
        List<String[]> pairs = new ArrayList<>();
        List<String> starts = new ArrayList<>();
        for (String kind : List.of("School", "Person", "Event"))
            starts.addAll(entities(kind, n * 2));
        java.util.Collections.shuffle(starts, random);
        for (String start : starts) {
            int steps = 2 + random.nextInt(3);
            String at = start;
            Set<String> visited = new HashSet<>(Set.of(start));
            for (int i = 0; i < steps && at != null; i++) {
                List<String> next = new ArrayList<>(Neighbourhood.neighbours(
                        neighbourhood.linksOf(List.of(at)).getOrDefault(at, List.<Link>of())));
                next.removeAll(visited);
                java.util.Collections.sort(next);
                at = next.isEmpty() ? null : next.get(random.nextInt(next.size()));
                if (at != null)
                    visited.add(at);
            }
            if (at != null)
                pairs.add(new String[] {EntityIds.id(start), EntityIds.id(at)});
            if (pairs.size() == n)
                break;
        }
        return pairs;
    }

    /** Two drawn entities of mixed kinds, {@code n} times. */
    List<String[]> randomPairs(int n) {
        List<String> a = mixed(n);
        List<String> b = mixed(n);
        List<String[]> pairs = new ArrayList<>();
        for (int i = 0; i < n; i++)
            if (!a.get(i).equals(b.get(i)))
                pairs.add(new String[] {EntityIds.id(a.get(i)), EntityIds.id(b.get(i))});
        return pairs;
    }

    /** A random element. */
    <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
