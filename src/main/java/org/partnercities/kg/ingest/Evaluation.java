package org.partnercities.kg.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.partnercities.kg.vocab.PCK;

/**
 * Compares a draft with the curated graph of the same report. Entities in scope are places,
 * agents (people, groups, organisations, schools), events and agreements. A draft entity matches a
 * curated one when they have the same IRI, or — for a new (not linked) draft entity — when they
 * are of the same family and share an identity key: a name (label, other name, personal name or
 * title, compared without case, punctuation or «ё»), a school's number and city, a nameless post
 * holder's role and organisation, an event's kind and date, an agreement's parties. Matching is
 * one to one. A linked draft entity whose IRI is not the curated one is wrong. Relations are
 * compared as tuples after mapping matched draft entities to their curated IRIs.
 *
 * The kinds proposed later — programmes, recognitions and practice adoptions — are scored apart
 * ({@link Result#newKinds()}), so that the figures of the first scope stay comparable: a programme
 * matches by name, a recognition by its recipients, an adoption by practice, source and adopter;
 * their relations are event–programme ({@code pck:withinProgramme}), agent–programme
 * ({@code pck:participatesIn} a programme), recognition–sender, recognition–recipient, and the
 * adoption itself (practice, from, by).
 */
public final class Evaluation {

    /** Precision and recall of one comparison. */
    public record Score(int matched, int drafted, int curated) {

        public double precision() {
            return drafted == 0 ? 1.0 : (double) matched / drafted;
        }

        public double recall() {
            return curated == 0 ? 1.0 : (double) matched / curated;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "P %.2f (%d/%d)  R %.2f (%d/%d)", precision(), matched, drafted, recall(),
                    matched, curated);
        }
    }

    /** Scores of one scope: its entities, each relation kind, all its relations, and what did not match. */
    public record Scope(Score entities, Map<String, Score> relations, Score allRelations, List<String> missed,
                        List<String> spurious) {}

    /** The result for one report: the first scope (entities, five relations, misses) and the later kinds apart. */
    public record Result(Score entities, Map<String, Score> relations, Score allRelations, List<String> missed,
                         List<String> spurious, Scope newKinds) {}

    static final Node TYPE = Vocab.TYPE;
    private static final List<String> FAMILIES = List.of("Place", "Person", "Group", "Organization", "Event", "Agreement");
    private static final List<String> NEW_FAMILIES = List.of("Programme", "Recognition", "PracticeAdoption");
    private static final List<String> RELATIONS = List.of("school-city", "person-role-organisation", "event-date",
            "event-participant", "agreement-party");
    private static final List<String> NEW_RELATIONS = List.of("event-programme", "agent-programme", "recognition-sender",
            "recognition-recipient", "adoption");

    private final Graph ontology;
    private final Map<Node, Set<Node>> superclasses = new HashMap<>();

    public Evaluation(Graph ontology) {
        this.ontology = ontology;
    }

    /** Compares {@code draft} with {@code curated}; {@code known} tells which IRIs the linking knowledge had. */
    public Result compare(Graph draft, Graph curated, Set<Node> known) {
        Map<Node, String> draftFamilies = families(draft, FAMILIES);
        Map<Node, String> curatedFamilies = families(curated, FAMILIES);
        Map<Node, Node> mapping = new LinkedHashMap<>();
        sameIris(draftFamilies, curatedFamilies, mapping);
        // Keys depend on mapped cities and organisations: places and agents first, then events and agreements.
        for (List<String> round : List.of(List.of("Place"), List.of("Person", "Group", "Organization"), List.of("Event", "Agreement"),
                List.of("Person", "Group", "Organization", "Event", "Agreement")))
            matchByKeys(draft, curated, draftFamilies, curatedFamilies, known, mapping, round);
        Scope first = scope(draft, curated, draftFamilies, curatedFamilies, mapping, RELATIONS);
        // The later kinds refer to agents, events and practices: matched after them, scored apart.
        Map<Node, String> draftNew = families(draft, NEW_FAMILIES);
        Map<Node, String> curatedNew = families(curated, NEW_FAMILIES);
        Map<Node, Node> all = new LinkedHashMap<>(mapping);
        sameIris(draftNew, curatedNew, all);
        for (List<String> round : List.of(List.of("Programme"), List.of("Recognition", "PracticeAdoption")))
            matchByKeys(draft, curated, draftNew, curatedNew, known, all, round);
        Scope later = scope(draft, curated, draftNew, curatedNew, all, NEW_RELATIONS);
        return new Result(first.entities(), first.relations(), first.allRelations(), first.missed(), first.spurious(), later);
    }

    private static void sameIris(Map<Node, String> draftFamilies, Map<Node, String> curatedFamilies, Map<Node, Node> mapping) {
        for (Node d : draftFamilies.keySet())
            if (curatedFamilies.containsKey(d) && curatedFamilies.get(d).equals(draftFamilies.get(d)))
                mapping.put(d, d);
    }

    private Scope scope(Graph draft, Graph curated, Map<Node, String> draftFamilies, Map<Node, String> curatedFamilies,
                        Map<Node, Node> mapping, List<String> kinds) {
        long matchedEntities = draftFamilies.keySet().stream().filter(mapping::containsKey).count();
        Score entities = new Score((int) matchedEntities, draftFamilies.size(), curatedFamilies.size());
        List<String> missed = new ArrayList<>();
        Set<Node> matchedCurated = new HashSet<>();
        for (Node d : draftFamilies.keySet())
            if (mapping.containsKey(d))
                matchedCurated.add(mapping.get(d));
        for (Node c : sorted(curatedFamilies.keySet()))
            if (!matchedCurated.contains(c))
                missed.add(c.getURI().substring(PCK.ID.length()));
        List<String> spurious = new ArrayList<>();
        for (Node d : draftFamilies.keySet())
            if (!mapping.containsKey(d))
                spurious.add(d.getURI().substring(PCK.ID.length()));
        spurious.sort(null);
        Map<String, Score> relations = new LinkedHashMap<>();
        int matched = 0;
        int drafted = 0;
        int curatedCount = 0;
        for (String kind : kinds) {
            Set<List<String>> d = relations(kind, draft, mapping);
            Set<List<String>> c = relations(kind, curated, null);
            Set<List<String>> both = new HashSet<>(d);
            both.retainAll(c);
            relations.put(kind, new Score(both.size(), d.size(), c.size()));
            matched += both.size();
            drafted += d.size();
            curatedCount += c.size();
        }
        return new Scope(entities, relations, new Score(matched, drafted, curatedCount), missed, spurious);
    }

    private void matchByKeys(Graph draft, Graph curated, Map<Node, String> draftFamilies, Map<Node, String> curatedFamilies,
                             Set<Node> known, Map<Node, Node> mapping, List<String> families) {
        Set<Node> taken = new HashSet<>(mapping.values());
        Map<String, List<Node>> curatedKeys = new LinkedHashMap<>();
        for (Node c : sorted(curatedFamilies.keySet())) {
            if (taken.contains(c) || !families.contains(curatedFamilies.get(c)))
                continue;
            for (String key : keys(curated, c, curatedFamilies.get(c), null))
                curatedKeys.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
        }
        for (Node d : sorted(draftFamilies.keySet())) {
            if (mapping.containsKey(d) || !families.contains(draftFamilies.get(d)) || known.contains(d))
                continue;
            for (String key : keys(draft, d, draftFamilies.get(d), mapping)) {
                Node c = curatedKeys.getOrDefault(key, List.of()).stream().filter(x -> !taken.contains(x)).findFirst().orElse(null);
                if (c != null) {
                    mapping.put(d, c);
                    taken.add(c);
                    break;
                }
            }
        }
    }

    private static List<Node> sorted(Set<Node> nodes) {
        return nodes.stream().sorted((a, b) -> a.getURI().compareTo(b.getURI())).toList();
    }

    /** The identity keys of an entity, most specific first. */
    private List<String> keys(Graph g, Node e, String family, Map<Node, Node> mapping) {
        List<String> keys = new ArrayList<>();
        String f = family.equals("Organization") || family.equals("Group") ? "Agent" : family;
        switch (family) {
            case "Organization" -> {
                for (Node number : objects(g, e, Vocab.pck("number")))
                    for (Node city : objects(g, e, Vocab.pck("locatedIn")))
                        keys.add("school:" + number.getLiteralLexicalForm() + "@" + map(city, mapping));
            }
            case "Person" -> {
                for (Triple m : g.find(Node.ANY, Vocab.MEMBER, e).toList()) {
                    for (Node role : objects(g, m.getSubject(), Vocab.ROLE))
                        for (Node org : objects(g, m.getSubject(), Vocab.ORGANIZATION))
                            if (objects(g, e, Vocab.NAME).isEmpty())
                                keys.add("post:" + role + "@" + map(org, mapping));
                }
            }
            case "Event" -> {
                for (Node p : List.of(Vocab.pck("date"), Vocab.pck("startDate")))
                    for (Node date : objects(g, e, p))
                        for (Node type : objects(g, e, TYPE))
                            keys.add("event:" + type + "@" + date.getLiteralLexicalForm());
            }
            case "Agreement" -> {
                Set<String> parties = new TreeSet<>();
                for (Node party : objects(g, e, Vocab.pck("party")))
                    parties.add(String.valueOf(map(party, mapping)));
                keys.add("agreement:" + parties);
            }
            case "Recognition" -> {
                Set<String> recipients = new TreeSet<>();
                for (Node recipient : objects(g, e, Vocab.pck("recipient")))
                    recipients.add(String.valueOf(map(recipient, mapping)));
                keys.add("recognition:" + recipients);
                for (String recipient : recipients)
                    keys.add("recognition-recipient:" + recipient);
            }
            case "PracticeAdoption" -> {
                for (List<String> adoption : adoptions(g, e, mapping))
                    keys.add("adoption:" + adoption);
            }
            default -> { }
        }
        for (Node p : List.of(Vocab.LABEL, Vocab.ALT_LABEL, Vocab.NAME, Vocab.pck("topicTitle")))
            for (Node name : objects(g, e, p))
                if (name.isLiteral() && !"en".equals(name.getLiteralLanguage())) {
                    String key = Names.key(name.getLiteralLexicalForm());
                    keys.add(f + ":" + key);
                    // «Круглый стол «X»» and «X»: the title inside the quotes of a label.
                    String text = name.getLiteralLexicalForm();
                    int open = text.indexOf('«');
                    if (open >= 0 && text.lastIndexOf('»') > open)
                        keys.add(f + ":" + Names.key(text.substring(open + 1, text.lastIndexOf('»'))));
                }
        return keys;
    }

    private static Node map(Node node, Map<Node, Node> mapping) {
        return mapping == null ? node : mapping.getOrDefault(node, node);
    }

    private Set<List<String>> relations(String kind, Graph g, Map<Node, Node> mapping) {
        Set<List<String>> tuples = new LinkedHashSet<>();
        Map<Node, String> families = families(g);
        switch (kind) {
            case "school-city" -> g.find(Node.ANY, Vocab.pck("locatedIn"), Node.ANY).forEachRemaining(t -> {
                if (classes(g, t.getSubject()).contains(Vocab.pck("School")))
                    tuples.add(List.of(s(t.getSubject(), mapping), s(t.getObject(), mapping)));
            });
            case "person-role-organisation" -> g.find(Node.ANY, Vocab.MEMBER, Node.ANY).forEachRemaining(t -> {
                if (!"Person".equals(families.get(t.getObject())))
                    return;
                for (Node role : objects(g, t.getSubject(), Vocab.ROLE))
                    for (Node org : objects(g, t.getSubject(), Vocab.ORGANIZATION))
                        tuples.add(List.of(s(t.getObject(), mapping), role.getURI(), s(org, mapping)));
            });
            case "event-date" -> {
                for (Node p : List.of(Vocab.pck("date"), Vocab.pck("startDate")))
                    g.find(Node.ANY, p, Node.ANY).forEachRemaining(t -> {
                        if ("Event".equals(families.get(t.getSubject())))
                            tuples.add(List.of(s(t.getSubject(), mapping), t.getObject().getLiteralLexicalForm()));
                    });
            }
            case "event-participant" -> {
                for (String p : List.of("participant", "speaker", "presenter"))
                    g.find(Node.ANY, Vocab.pck(p), Node.ANY).forEachRemaining(t ->
                            tuples.add(List.of(s(t.getSubject(), mapping), s(t.getObject(), mapping))));
            }
            case "agreement-party" -> g.find(Node.ANY, Vocab.pck("party"), Node.ANY).forEachRemaining(t ->
                    tuples.add(List.of(s(t.getSubject(), mapping), s(t.getObject(), mapping))));
            case "event-programme" -> g.find(Node.ANY, Vocab.pck("withinProgramme"), Node.ANY).forEachRemaining(t -> {
                if ("Event".equals(families.get(t.getSubject())))
                    tuples.add(List.of(s(t.getSubject(), mapping), s(t.getObject(), mapping)));
            });
            case "agent-programme" -> g.find(Node.ANY, Vocab.pck("participatesIn"), Node.ANY).forEachRemaining(t -> {
                if (classes(g, t.getObject()).contains(Vocab.pck("Programme")))
                    tuples.add(List.of(s(t.getSubject(), mapping), s(t.getObject(), mapping)));
            });
            case "recognition-sender", "recognition-recipient" -> g.find(Node.ANY,
                    Vocab.pck(kind.substring("recognition-".length())), Node.ANY).forEachRemaining(t ->
                    tuples.add(List.of(s(t.getSubject(), mapping), s(t.getObject(), mapping))));
            case "adoption" -> g.find(Node.ANY, TYPE, Node.ANY).forEachRemaining(t -> {
                if (classes(g, t.getSubject()).contains(Vocab.pck("PracticeAdoption")))
                    tuples.addAll(adoptions(g, t.getSubject(), mapping));
            });
            default -> throw new IllegalArgumentException(kind);
        }
        return tuples;
    }

    /** An adoption as (practice, from, by) tuples. */
    private static List<List<String>> adoptions(Graph g, Node adoption, Map<Node, Node> mapping) {
        List<List<String>> tuples = new ArrayList<>();
        for (Node practice : objects(g, adoption, Vocab.pck("practice")))
            for (Node from : objects(g, adoption, Vocab.pck("adoptedFrom")))
                for (Node by : objects(g, adoption, Vocab.pck("adoptedBy")))
                    tuples.add(List.of(s(practice, mapping), s(from, mapping), s(by, mapping)));
        return tuples;
    }

    private static String s(Node node, Map<Node, Node> mapping) {
        return map(node, mapping).toString();
    }

    /** The entities of the first scope in a graph, with their family. */
    Map<Node, String> families(Graph g) {
        return families(g, FAMILIES);
    }

    private Map<Node, String> families(Graph g, List<String> scope) {
        Map<Node, String> families = new LinkedHashMap<>();
        g.find(Node.ANY, TYPE, Node.ANY).forEachRemaining(t -> {
            if (!t.getSubject().isURI() || !t.getSubject().getURI().startsWith(PCK.ID))
                return;
            Set<Node> classes = classes(g, t.getSubject());
            for (String family : scope)
                if (classes.contains(Vocab.pck(family))) {
                    families.putIfAbsent(t.getSubject(), family);
                    return;
                }
        });
        return families;
    }

    private Set<Node> classes(Graph g, Node e) {
        Set<Node> all = new HashSet<>();
        for (Node type : objects(g, e, TYPE))
            all.addAll(superclasses(type));
        return all;
    }

    private Set<Node> superclasses(Node type) {
        return superclasses.computeIfAbsent(type, t -> {
            Set<Node> found = new LinkedHashSet<>();
            List<Node> todo = new ArrayList<>(List.of(t));
            while (!todo.isEmpty()) {
                Node next = todo.remove(todo.size() - 1);
                if (found.add(next))
                    ontology.find(next, Vocab.uri(Vocab.RDFS + "subClassOf"), Node.ANY)
                            .forEachRemaining(x -> todo.add(x.getObject()));
            }
            return found;
        });
    }

    private static List<Node> objects(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
    }
}
