package org.partnercities.kg.ingest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdfconnection.RDFConnection;
import org.partnercities.kg.store.QueryLibrary;
import org.partnercities.kg.store.Sparql;
import org.partnercities.kg.vocab.PCK;

/**
 * What the graph already knows, for linking a report's mentions: places, organisations,
 * concepts and programmes by name (read once), schools by number and city and anything else by
 * exact name (asked per report). Everything goes through the store's {@link RDFConnection} with the queries of
 * {@code queries/ingest/}. It is usable while that connection is open.
 */
public final class Knowledge {

    /** A known entity: its IRI, its types, the place it lies in (if any). */
    public record Known(Node iri, Set<Node> types, Node place) {}

    private final Sparql sparql;
    private final Map<String, List<Known>> placesByName = new HashMap<>();
    private final Map<String, List<Known>> organisationsByName = new HashMap<>();
    private final Map<Node, List<Known>> organisationsByPlace = new HashMap<>();
    private final Map<Node, Set<String>> conceptNames = new TreeMap<>((a, b) -> a.getURI().compareTo(b.getURI()));
    private final Map<Node, Node> conceptTypes = new HashMap<>();
    private final Map<Node, Set<String>> programmeNames = new TreeMap<>((a, b) -> a.getURI().compareTo(b.getURI()));
    private final Map<Node, Node> programmeParents = new HashMap<>();

    private Knowledge(Sparql sparql) {
        this.sparql = sparql;
    }

    /** Reads what is needed up front from the store behind {@code connection}. */
    public static Knowledge of(RDFConnection connection, QueryLibrary queries) {
        Knowledge knowledge = new Knowledge(new Sparql(connection, queries));
        knowledge.readPlaces();
        knowledge.readOrganisations();
        knowledge.readConcepts();
        knowledge.readProgrammes();
        return knowledge;
    }

    /** The known place (city, region or country) of this name and type. */
    public Optional<Node> place(String name, Node type) {
        return placesByName.getOrDefault(Names.key(name), List.of()).stream()
                .filter(k -> k.types().contains(type)).map(Known::iri).sorted(IRI_ORDER).findFirst();
    }

    /** The known organisation of type {@code type} that lies in {@code place}. */
    public Optional<Node> organisationIn(Node place, Node type) {
        return organisationsByPlace.getOrDefault(place, List.of()).stream()
                .filter(k -> k.types().contains(type)).map(Known::iri).sorted(IRI_ORDER).findFirst();
    }

    /** The known organisation that goes by this name (label or other name). */
    public Optional<Node> organisation(String name) {
        return organisationsByName.getOrDefault(Names.key(name), List.of()).stream().map(Known::iri)
                .sorted(IRI_ORDER).findFirst();
    }

    /** The known school (or other numbered institution) of this number in this city, of a compatible type. */
    public Optional<Node> school(String number, Node city, Node type) {
        List<Map<String, RDFNode>> rows = sparql.select("ingest/select-schools", Map.of("number",
                NodeFactory.createLiteralString(number), "city", city));
        Map<Node, Set<Node>> types = new TreeMap<>(IRI_ORDER);
        for (Map<String, RDFNode> row : rows)
            types.computeIfAbsent(row.get("entity").asNode(), k -> new LinkedHashSet<>()).add(row.get("type").asNode());
        return types.entrySet().stream().filter(e -> e.getValue().contains(type)).map(Map.Entry::getKey).findFirst();
    }

    /**
     * The one known person whose name has this surname as a word and a first name (or first initial) of this
     * letter («Исаак Калина» → И. И. Калина), or none when there is no such person or more than one.
     */
    public Optional<Node> personBySurnameAndInitial(String surname, String initial) {
        String lower = surname.toLowerCase(java.util.Locale.ROOT);
        Set<Node> found = new java.util.TreeSet<>(IRI_ORDER);
        for (Map<String, RDFNode> row : sparql.select("ingest/select-people-by-surname",
                Map.of("surname", NodeFactory.createLiteralString(lower)))) {
            List<String> words = List.of(row.get("name").asLiteral().getString().replace(".", ". ").trim().split("\\s+"));
            int at = words.stream().map(w -> w.toLowerCase(java.util.Locale.ROOT)).toList().indexOf(lower);
            if (at < 0)
                continue;
            String first = at == 0 ? (words.size() > 1 ? words.get(1) : "") : words.get(0);
            if (first.regionMatches(true, 0, initial, 0, 1))
                found.add(row.get("entity").asNode());
        }
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }

    /** Known entities of type {@code type} with one of these names, exactly as written. */
    public List<Node> byName(Collection<String> names, Node type) {
        if (names.isEmpty())
            return List.of();
        List<Node> values = new ArrayList<>();
        for (String name : new LinkedHashSet<>(names)) {
            values.add(NodeFactory.createLiteralLang(name, "ru"));
            values.add(NodeFactory.createLiteralString(name));
        }
        Set<Node> found = new java.util.TreeSet<>(IRI_ORDER);
        for (Map<String, RDFNode> row : sparql.select("ingest/select-by-name", Map.of(), "name", values))
            if (row.get("type").asNode().equals(type) && row.get("entity").isURIResource())
                found.add(row.get("entity").asNode());
        return List.copyOf(found);
    }

    /** The Russian labels of these entities (the first one each, in label order). */
    public Map<Node, String> labels(Collection<Node> entities, String language) {
        Map<Node, String> labels = new LinkedHashMap<>();
        for (Map<String, RDFNode> row : sparql.select("ingest/select-labels", Map.of(), "entity", entities)) {
            var literal = row.get("label").asLiteral();
            if (literal.getLanguage().equals(language))
                labels.merge(row.get("entity").asNode(), literal.getString(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        return labels;
    }

    /** Every practice and theme with its Russian names. */
    public Map<Node, Set<String>> concepts() {
        return conceptNames;
    }

    /** pck:Practice or pck:Theme. */
    public Node conceptType(Node concept) {
        return conceptTypes.get(concept);
    }

    /** Every programme with its Russian names. */
    public Map<Node, Set<String>> programmes() {
        return programmeNames;
    }

    /** The programme a programme is part of, or null. */
    public Node programmeParent(Node programme) {
        return programmeParents.get(programme);
    }

    private void readPlaces() {
        for (Map<String, RDFNode> row : sparql.select("ingest/select-places", Map.of()))
            add(placesByName, row, null);
    }

    private void readOrganisations() {
        for (Map<String, RDFNode> row : sparql.select("ingest/select-organisations", Map.of())) {
            Known known = add(organisationsByName, row, row.get("place"));
            if (known.place() != null)
                merge(organisationsByPlace.computeIfAbsent(known.place(), k -> new ArrayList<>()), known);
        }
    }

    private void readConcepts() {
        for (Map<String, RDFNode> row : sparql.select("ingest/select-concepts", Map.of())) {
            Node concept = row.get("concept").asNode();
            conceptNames.computeIfAbsent(concept, k -> new LinkedHashSet<>()).add(row.get("name").asLiteral().getString());
            conceptTypes.put(concept, row.get("type").asNode());
        }
    }

    private void readProgrammes() {
        for (Map<String, RDFNode> row : sparql.select("ingest/select-programmes", Map.of())) {
            Node programme = row.get("programme").asNode();
            programmeNames.computeIfAbsent(programme, k -> new LinkedHashSet<>()).add(row.get("name").asLiteral().getString());
            if (row.get("parent") != null && row.get("parent").isURIResource())
                programmeParents.put(programme, row.get("parent").asNode());
        }
    }

    private static Known add(Map<String, List<Known>> index, Map<String, RDFNode> row, RDFNode place) {
        Node iri = row.get("entity").asNode();
        Known known = new Known(iri, new LinkedHashSet<>(List.of(row.get("type").asNode())),
                place == null ? null : place.asNode());
        List<Known> list = index.computeIfAbsent(Names.key(row.get("name").asLiteral().getString()), k -> new ArrayList<>());
        return merge(list, known);
    }

    private static Known merge(List<Known> list, Known known) {
        for (Known other : list) {
            if (other.iri().equals(known.iri())) {
                other.types().addAll(known.types());
                return other;
            }
        }
        list.add(known);
        return known;
    }

    static final java.util.Comparator<Node> IRI_ORDER = (a, b) -> a.toString().compareTo(b.toString());

    /** Whether {@code iri} is an entity IRI of ours. */
    static boolean ours(Node iri) {
        return iri.isURI() && iri.getURI().startsWith(PCK.ID);
    }
}
