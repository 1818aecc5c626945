package org.partnercities.kg.store;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.partnercities.kg.vocab.PCK;
import org.springframework.stereotype.Component;

/**
 * The ontology's classes and properties, read once from the store's ontology graph: labels in
 * both languages, the class hierarchy, super-properties and inverses, and the API's kind slugs
 * ({@code pck:InDepthStudySchool} is {@code in-depth-study-school}).
 */
@Component
public class OntologyIndex {

    /** A class or property: its labels by language, its direct supers, its inverse. */
    private record Term(Map<String, String> labels, Set<String> supers, Set<String> inverses, boolean symmetric) {
        Term() {
            this(new HashMap<>(), new HashSet<>(), new HashSet<>(), false);
        }
    }

    private final Sparql sparql;
    private volatile Map<String, Term> classes;
    private volatile Map<String, Term> properties;

    public OntologyIndex(Sparql sparql) {
        this.sparql = sparql;
    }

    /** The label of a class or property in the language, else Russian, else its local name. */
    public String label(String iri, String lang) {
        Term term = classes().getOrDefault(iri, properties().get(iri));
        if (term != null) {
            String label = term.labels().getOrDefault(lang, term.labels().get("ru"));
            if (label != null)
                return label;
        }
        return localName(iri);
    }

    public boolean isClass(String iri) {
        return classes().containsKey(iri);
    }

    /** Every class that is {@code root} or below it. */
    public Set<String> subclassesOf(String root) {
        Set<String> result = new LinkedHashSet<>();
        for (String c : classes().keySet())
            if (isSubclassOf(c, root))
                result.add(c);
        return result;
    }

    public boolean isSubclassOf(String c, String root) {
        if (c.equals(root))
            return true;
        Term term = classes().get(c);
        if (term == null)
            return false;
        for (String s : term.supers())
            if (isSubclassOf(s, root))
                return true;
        return false;
    }

    /** The most specific of our classes among {@code types} (the first in IRI order if several). */
    public Optional<String> mostSpecific(Set<String> types) {
        return types.stream()
                .filter(t -> t.startsWith(PCK.NS))
                .filter(t -> types.stream().noneMatch(o -> !o.equals(t) && isSubclassOf(o, t)))
                .sorted()
                .findFirst();
    }

    /** Whether property {@code p} is {@code q} or below it. */
    public boolean isSubPropertyOf(String p, String q) {
        if (p.equals(q))
            return true;
        Term term = properties().get(p);
        if (term == null)
            return false;
        for (String s : term.supers())
            if (isSubPropertyOf(s, q))
                return true;
        return false;
    }

    /** Whether statements with {@code p} are also stored in the reverse direction (inverse or symmetric). */
    public boolean hasReverse(String p) {
        Term term = properties().get(p);
        return term != null && (term.symmetric() || !term.inverses().isEmpty());
    }

    /** {@code pck:InDepthStudySchool} → {@code in-depth-study-school}. */
    public static String kindSlug(String classIri) {
        return localName(classIri).replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** The class under {@code root} whose kind slug (or local name) is {@code kind}. */
    public Optional<String> classForKind(String root, String kind) {
        String wanted = kind.strip().toLowerCase(Locale.ROOT);
        return subclassesOf(root).stream()
                .filter(c -> c.startsWith(PCK.NS))
                .filter(c -> kindSlug(c).equals(wanted) || localName(c).toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }

    /** Any of our classes whose kind slug (or local name) is {@code kind}. */
    public Optional<String> classForKind(String kind) {
        String wanted = kind.strip().toLowerCase(Locale.ROOT);
        return classes().keySet().stream()
                .filter(c -> c.startsWith(PCK.NS))
                .filter(c -> kindSlug(c).equals(wanted) || localName(c).toLowerCase(Locale.ROOT).equals(wanted))
                .sorted()
                .findFirst();
    }

    /** The kind slugs of our classes under {@code root}, sorted. */
    public List<String> kinds(String root) {
        return subclassesOf(root).stream().filter(c -> c.startsWith(PCK.NS)).map(OntologyIndex::kindSlug).sorted().toList();
    }

    public static String localName(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return iri.substring(cut + 1);
    }

    private Map<String, Term> classes() {
        if (classes == null)
            classes = read("ontology/select-classes", "class", "super");
        return classes;
    }

    private Map<String, Term> properties() {
        if (properties == null)
            properties = read("ontology/select-properties", "property", "super");
        return properties;
    }

    private Map<String, Term> read(String query, String subjectVar, String superVar) {
        Map<String, Term> terms = new HashMap<>();
        Set<String> symmetric = new HashSet<>();
        for (Map<String, RDFNode> row : sparql.select(query, Map.of())) {
            String iri = row.get(subjectVar).asResource().getURI();
            Term term = terms.computeIfAbsent(iri, i -> new Term());
            if (row.get("label") instanceof Literal label)
                term.labels().put(label.getLanguage(), label.getLexicalForm());
            if (row.get(superVar) != null && row.get(superVar).isURIResource())
                term.supers().add(row.get(superVar).asResource().getURI());
            if (row.get("inverse") != null)
                term.inverses().add(row.get("inverse").asResource().getURI());
            if (row.get("symmetric") instanceof Literal flag && flag.getBoolean())
                symmetric.add(iri);
        }
        Map<String, Term> result = new HashMap<>();
        terms.forEach((iri, t) -> result.put(iri, new Term(t.labels(), t.supers(), t.inverses(), symmetric.contains(iri))));
        return Map.copyOf(result);
    }
}
