package org.partnercities.kg.api;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.partnercities.kg.store.OntologyIndex;
import org.partnercities.kg.store.Sparql;
import org.springframework.stereotype.Component;

/** Labels and types for many entities at once: one query per response, not one per entity. */
@Component
public class EntitySummaries {

    private final Sparql sparql;
    private final OntologyIndex ontology;

    public EntitySummaries(Sparql sparql, OntologyIndex ontology) {
        this.sparql = sparql;
        this.ontology = ontology;
    }

    public Map<String, EntityRef> of(Collection<String> iris, String lang) {
        List<Node> nodes = new LinkedHashSet<>(iris).stream().map(NodeFactory::createURI).toList();
        Map<String, Map<String, String>> labels = new HashMap<>();
        Map<String, Set<String>> types = new HashMap<>();
        for (Map<String, RDFNode> row : sparql.select("entity/select-summaries", Map.of(), "entity", nodes)) {
            String iri = row.get("entity").asResource().getURI();
            if (row.get("label") instanceof Literal label)
                labels.computeIfAbsent(iri, i -> new HashMap<>()).putIfAbsent(label.getLanguage(), label.getLexicalForm());
            if (row.get("type") != null)
                types.computeIfAbsent(iri, i -> new LinkedHashSet<>()).add(row.get("type").asResource().getURI());
        }
        Map<String, EntityRef> result = new LinkedHashMap<>();
        for (Node node : nodes) {
            String iri = node.getURI();
            Map<String, String> byLang = labels.getOrDefault(iri, Map.of());
            String label = byLang.getOrDefault(lang, byLang.getOrDefault(Language.RUSSIAN,
                    byLang.isEmpty() ? OntologyIndex.localName(iri) : byLang.values().iterator().next()));
            String type = ontology.mostSpecific(types.getOrDefault(iri, Set.of())).orElse(null);
            result.put(iri, new EntityRef(EntityIds.id(iri), iri, label,
                    type == null ? null : OntologyIndex.kindSlug(type),
                    type == null ? null : ontology.label(type, lang)));
        }
        return result;
    }

    public EntityRef of(String iri, String lang) {
        return of(List.of(iri), lang).get(iri);
    }
}
