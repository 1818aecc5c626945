package org.partnercities.kg.dataset;

import java.time.Instant;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.partnercities.kg.dump.DumpFormat;
import org.partnercities.kg.linkeddata.PublishProperties;
import org.partnercities.kg.load.LoadState;
import org.partnercities.kg.store.Sparql;
import org.partnercities.kg.store.StoreProperties;
import org.partnercities.kg.vocab.PCK;
import org.springframework.stereotype.Component;

/**
 * The VoID and DCAT description of the dataset, computed from the store: sizes, class and
 * property partitions, the SPARQL endpoint, the dumps, the licence, the sources, last load.
 */
@Component
class DatasetDescription {

    static final String VOID = "http://rdfs.org/ns/void#";
    static final String DCAT = "http://www.w3.org/ns/dcat#";

    private final Sparql sparql;
    private final PublishProperties publish;
    private final LoadState loadState;

    DatasetDescription(Sparql sparql, PublishProperties publish, StoreProperties store) {
        this.sparql = sparql;
        this.publish = publish;
        this.loadState = new LoadState(store.directory());
    }

    /** @param server the server's own base URL, for the endpoint and download links */
    Graph describe(String server) {
        Graph g = GraphFactory.createDefaultGraph();
        Node dataset = uri(publish.base() + "dataset");
        add(g, dataset, RDF.type.asNode(), uri(VOID + "Dataset"));
        add(g, dataset, RDF.type.asNode(), uri(DCAT + "Dataset"));
        add(g, dataset, DCTerms.title.asNode(), NodeFactory.createLiteralLang("Partner Cities KG", "en"));
        add(g, dataset, DCTerms.title.asNode(), NodeFactory.createLiteralLang("Взаимообучение городов: граф знаний", "ru"));
        add(g, dataset, DCTerms.description.asNode(), NodeFactory.createLiteralLang(
                "Cities, education authorities, schools, people, practices, events and agreements of the Russian "
                        + "mutual learning of cities school programme, from news reports, one named graph per report.", "en"));
        add(g, dataset, DCTerms.license.asNode(), uri(publish.license()));
        loadState.lastLoaded().ifPresent(t -> add(g, dataset, DCTerms.modified.asNode(), dateTime(t)));
        add(g, dataset, uri(VOID + "sparqlEndpoint"), uri(server + "/sparql"));
        add(g, dataset, uri(VOID + "uriSpace"), NodeFactory.createLiteralString(PCK.ID));
        add(g, dataset, uri(VOID + "vocabulary"), uri(PCK.NS));
        add(g, dataset, uri(VOID + "exampleResource"), uri(PCK.ID + "city/ivanovo"));
        add(g, dataset, uri(VOID + "exampleResource"), uri(PCK.ID + "person/sitnova-elena-vladimirovna"));

        Map<String, RDFNode> totals = sparql.select("dataset/select-totals", Map.of()).get(0);
        add(g, dataset, uri(VOID + "triples"), integer(totals.get("triples")));
        add(g, dataset, uri(VOID + "distinctSubjects"), integer(totals.get("subjects")));
        add(g, dataset, uri(VOID + "distinctObjects"), integer(totals.get("objects")));
        add(g, dataset, uri(VOID + "entities"), integer(totals.get("entities")));

        var classes = sparql.select("dataset/select-class-partitions", Map.of());
        add(g, dataset, uri(VOID + "classes"), NodeFactory.createLiteralDT(Integer.toString(classes.size()), XSDDatatype.XSDinteger));
        for (Map<String, RDFNode> row : classes) {
            Node partition = NodeFactory.createBlankNode();
            add(g, dataset, uri(VOID + "classPartition"), partition);
            add(g, partition, uri(VOID + "class"), row.get("class").asNode());
            add(g, partition, uri(VOID + "entities"), integer(row.get("entities")));
        }
        var properties = sparql.select("dataset/select-property-partitions", Map.of());
        add(g, dataset, uri(VOID + "properties"), NodeFactory.createLiteralDT(Integer.toString(properties.size()), XSDDatatype.XSDinteger));
        for (Map<String, RDFNode> row : properties) {
            Node partition = NodeFactory.createBlankNode();
            add(g, dataset, uri(VOID + "propertyPartition"), partition);
            add(g, partition, uri(VOID + "property"), row.get("property").asNode());
            add(g, partition, uri(VOID + "triples"), integer(row.get("triples")));
        }
        for (Map<String, RDFNode> row : sparql.select("dataset/select-sources", Map.of())) {
            add(g, dataset, DCTerms.source.asNode(), row.get("source").asNode());
            add(g, row.get("source").asNode(), DCTerms.title.asNode(), row.get("title").asNode());
        }

        for (DumpFormat format : DumpFormat.values()) {
            Node download = uri(server + "/dumps/" + format.fileName());
            add(g, dataset, uri(VOID + "dataDump"), download);
            Node distribution = NodeFactory.createBlankNode();
            add(g, dataset, uri(DCAT + "distribution"), distribution);
            add(g, distribution, RDF.type.asNode(), uri(DCAT + "Distribution"));
            add(g, distribution, uri(DCAT + "downloadURL"), download);
            add(g, distribution, uri(DCAT + "mediaType"), uri("https://www.iana.org/assignments/media-types/" + format.mediaType()));
            add(g, distribution, uri(DCAT + "compressFormat"), uri("https://www.iana.org/assignments/media-types/application/gzip"));
            add(g, distribution, DCTerms.title.asNode(), NodeFactory.createLiteralLang(format.fileName(), "en"));
        }
        Node service = NodeFactory.createBlankNode();
        add(g, dataset, uri(DCAT + "accessService"), service);
        add(g, service, RDF.type.asNode(), uri(DCAT + "DataService"));
        add(g, service, uri(DCAT + "endpointURL"), uri(server + "/sparql"));
        add(g, service, DCTerms.conformsTo.asNode(), uri("https://www.w3.org/TR/sparql11-protocol/"));
        add(g, service, uri(DCAT + "servesDataset"), dataset);
        return g;
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(s, p, o);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node integer(RDFNode count) {
        return NodeFactory.createLiteralDT(Long.toString(count.asLiteral().getLong()), XSDDatatype.XSDinteger);
    }

    private static Node dateTime(Instant instant) {
        return NodeFactory.createLiteralDT(instant.toString(), XSDDatatype.XSDdateTime);
    }
}
