package org.partnercities.kg.store;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.partnercities.kg.vocab.PCK;
import org.partnercities.kg.vocab.Schema;

/**
 * What the jena-text index holds: names in the {@code label} field (the default for
 * {@code text:query}), longer texts in {@code description}; both analysed for Russian.
 * The same definition serves the embedded store and the standalone Fuseki configuration.
 */
public final class TextIndexDefinition {

    public static final String ENTITY_FIELD = "uri";
    public static final String LABEL_FIELD = "label";
    public static final String DESCRIPTION_FIELD = "description";

    private TextIndexDefinition() {}

    public static TextIndexConfig config() {
        EntityDefinition entities = new EntityDefinition(ENTITY_FIELD, LABEL_FIELD, RDFS.label.asNode());
        entities.set(LABEL_FIELD, SKOS.altLabel.asNode());
        entities.set(LABEL_FIELD, SKOS.prefLabel.asNode());
        entities.set(LABEL_FIELD, FOAF.name.asNode());
        entities.set(DESCRIPTION_FIELD, Schema.description.asNode());
        entities.set(DESCRIPTION_FIELD, SKOS.definition.asNode());
        entities.set(DESCRIPTION_FIELD, DCTerms.title.asNode());
        entities.set(DESCRIPTION_FIELD, PCK.topicTitle.asNode());
        entities.set(DESCRIPTION_FIELD, NodeFactory.createURI(PCK.NS + "audience"));
        entities.setAnalyzer(LABEL_FIELD, new RussianTextAnalyzer());
        entities.setAnalyzer(DESCRIPTION_FIELD, new RussianTextAnalyzer());
        // A uid per indexed value lets deletes in the store delete from the index too.
        entities.setUidField("uid");
        entities.setLangField("lang");

        TextIndexConfig config = new TextIndexConfig(entities);
        config.setAnalyzer(new RussianTextAnalyzer());
        config.setQueryAnalyzer(new RussianTextAnalyzer());
        config.setValueStored(true);
        return config;
    }
}
