package org.partnercities.kg.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.assembler.Assembler;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.assembler.TextVocab;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnercities.kg.TestStores;
import org.partnercities.kg.store.EntityTextProducer;
import org.partnercities.kg.store.RussianTextAnalyzer;
import org.partnercities.kg.store.TextIndexDefinition;
import org.partnercities.kg.vocab.PCK;

/**
 * The deployable Fuseki configuration on a real standalone Fuseki server: the project's sources loaded
 * through the Graph Store Protocol answer in the union default graph, text search answers as the embedded
 * store does, writes need credentials while reads do not, deletes reach the text index, committed data
 * survives a crash, and the query timeout fires.
 */
class StandaloneFusekiTest {

    private static final String USER = "kg-writer";
    private static final String PASSWORD = "s3cret-" + Long.toHexString(System.nanoTime());
    private static final String TEST_GRAPH = PCK.ID + "source/standalone-fuseki-test";
    private static final String LABEL = "http://www.w3.org/2000/01/rdf-schema#label";
    private static final String DESCRIPTION = "https://schema.org/description";
    private static final String TEXT_QUERY = """
            PREFIX text: <http://jena.apache.org/text#>
            SELECT DISTINCT ?s { (?s ?score) text:query (?field ?q) }""";

    @TempDir
    static Path workDir;

    private static StandaloneFuseki fuseki;
    private static RDFConnection writer;
    private static RDFConnection reader;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startAndLoad() {
        fuseki = StandaloneFuseki.start(workDir, USER, PASSWORD);
        writer = fuseki.connect();
        reader = fuseki.connectAnonymously();
        // The application's own loader: one SPARQL Update (DELETE WHERE every graph, INSERT DATA), one transaction.
        TestStores.loader(writer).replaceAll(TestStores.projectSources());
    }

    @AfterAll
    static void stop() {
        if (writer != null)
            writer.close();
        if (reader != null)
            reader.close();
        if (fuseki != null)
            fuseki.close();
    }

    @Test
    void loadedSourcesAnswerInTheUnionDefaultGraph() {
        String ivanovo = PCK.ID + "city/ivanovo";
        // Every statement sits in a named graph; only the union default graph sees it without GRAPH.
        assertThat(reader.queryAsk("ASK { GRAPH ?g { <" + ivanovo + "> ?p ?o } }")).isTrue();
        assertThat(reader.queryAsk("ASK { <" + ivanovo + "> <" + LABEL + "> ?label }")).isTrue();
        assertThat(reader.queryAsk("ASK { GRAPH <" + PCK.ONTOLOGY + "> { ?s ?p ?o } }")).isTrue();
        assertThat(graphs(reader)).contains(PCK.ID + "source/ivanovo-mutual-learning-2019-2020");
    }

    @ParameterizedTest(name = "«{0}» finds {1}")
    @CsvFileSource(resources = "/text-search/label-word-forms.csv")
    void labelInAnotherWordFormFindsTheEntity(String word, String entity) {
        assertThat(search(reader, LABEL, word)).contains(PCK.ID + entity);
    }

    @ParameterizedTest(name = "«{0}» finds {1}")
    @CsvFileSource(resources = "/text-search/title-word-forms.csv")
    void titleInAnotherWordFormFindsTheEntity(String word, String entity) {
        assertThat(search(reader, DESCRIPTION, word)).contains(PCK.ID + entity);
    }

    @ParameterizedTest(name = "«{0}» finds nothing")
    @ValueSource(strings = {"Воронеж", "Калининград"})
    void wordNotInTheGraphFindsNothing(String word) {
        assertThat(search(reader, LABEL, word)).isEmpty();
    }

    @ParameterizedTest(name = "«{1}» in {0}")
    @CsvSource({
        "label, Иванове", "label, Магнитогорска", "label, школы", "label, гимназии", "label, вперед",
        "label, вперёд", "label, ВСОКО", "label, Елена", "label, Ситнова",
        "description, конвергентные", "description, цифровизация", "description, семинар", "description, руководителей",
        "description, москвичами", "description, директор",
    })
    void textSearchAnswersAsTheEmbeddedStoreDoes(String field, String word) {
        String property = field.equals("label") ? LABEL : DESCRIPTION;
        List<String> remote = search(reader, property, word);
        List<String> embedded;
        try (RDFConnection local = TestStores.sharedConnection()) {
            embedded = search(local, property, word);
        }
        assertThat(embedded).as("the embedded store finds «%s»", word).isNotEmpty();
        assertThat(new TreeSet<>(remote)).isEqualTo(new TreeSet<>(embedded));
    }

    /** The configuration's entity map, read by Jena's own assembler, is TextIndexDefinition's. */
    @Test
    void configurationHasTheApplicationsEntityMap() {
        Model config = RDFDataMgr.loadModel(StandaloneFuseki.CONFIG.toUri().toString());
        List<Resource> maps = config.listResourcesWithProperty(RDF.type, TextVocab.entityMap).toList();
        assertThat(maps).hasSize(1);
        EntityDefinition deployed = (EntityDefinition) Assembler.general().open(maps.get(0));
        EntityDefinition application = TextIndexDefinition.config().getEntDef();

        assertThat(deployed.getEntityField()).isEqualTo(application.getEntityField());
        assertThat(deployed.getPrimaryField()).isEqualTo(application.getPrimaryField());
        assertThat(deployed.getUidField()).isEqualTo(application.getUidField()).isNotNull();
        assertThat(deployed.getLangField()).isEqualTo(application.getLangField());
        assertThat(deployed.getGraphField()).isEqualTo(application.getGraphField());
        assertThat(fieldMap(deployed)).isEqualTo(fieldMap(application));
        for (String field : application.fields())
            assertThat(deployed.getAnalyzer(field)).as(field).isInstanceOf(RussianTextAnalyzer.class);
        // The same documents: the application's producer, which leaves memberships and sources out.
        assertThat(config.listObjectsOfProperty(TextVocab.pTextDocProducer).toList())
                .extracting(RDFNode::toString).containsExactly("java:" + EntityTextProducer.class.getName());
    }

    /** Each predicate the application indexes is indexed by the server, into the same Lucene field. */
    @Test
    void everyIndexedPredicateReachesItsFieldOnTheServer() {
        EntityDefinition application = TextIndexDefinition.config().getEntDef();
        Map<String, String> wordByPredicate = new TreeMap<>();
        StringBuilder insert = new StringBuilder("INSERT DATA { GRAPH <" + TEST_GRAPH + "> {\n");
        int i = 0;
        for (String field : application.fields())
            for (Node predicate : application.getPredicates(field)) {
                String word = "fieldcheck" + (++i);
                wordByPredicate.put(predicate.getURI(), field + ":" + word);
                insert.append("<urn:x-test:field-check-").append(i).append("> <").append(predicate.getURI())
                        .append("> \"").append(word).append("\"@ru .\n");
            }
        writer.update(insert.append("} }").toString());

        Map<String, List<String>> found = new TreeMap<>();
        wordByPredicate.forEach((predicate, fieldQuery) -> found.put(predicate, searchLucene(reader, fieldQuery)));
        assertThat(found).hasSize(wordByPredicate.size()).isNotEmpty().allSatisfy((predicate, subjects) -> assertThat(subjects).as(predicate).hasSize(1));
    }

    @Test
    void readsNeedNoCredentials() throws Exception {
        assertThat(reader.queryAsk("ASK { ?s ?p ?o }")).isTrue();
        assertThat(reader.fetch(PCK.ONTOLOGY).size()).isPositive();
        HttpResponse<String> get = http.send(HttpRequest.newBuilder(URI.create(fuseki.gspReadUrl() + "?graph="
                + URLEncoder.encode(PCK.ONTOLOGY, StandardCharsets.UTF_8))).header("Accept", "text/turtle").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(get.statusCode()).isEqualTo(200);
        assertThat(get.body()).contains("partner-cities-kg");
    }

    @Test
    void writesWithoutCredentialsAreRefused() throws Exception {
        String update = "INSERT DATA { GRAPH <" + TEST_GRAPH + "> { <urn:x-test:anonymous> <" + LABEL + "> \"аноним\" } }";
        assertThatThrownBy(() -> reader.update(update)).isInstanceOf(HttpException.class)
                .extracting(e -> ((HttpException) e).getStatusCode()).isEqualTo(401);
        assertThat(postUpdate(update, null).statusCode()).isEqualTo(401);
        assertThat(putGraph(null).statusCode()).isEqualTo(401);
        assertThat(reader.queryAsk("ASK { <urn:x-test:anonymous> ?p ?o }")).isFalse();
    }

    @Test
    void writesWithAWrongPasswordAreRefused() throws Exception {
        String update = "INSERT DATA { GRAPH <" + TEST_GRAPH + "> { <urn:x-test:wrong> <" + LABEL + "> \"чужой\" } }";
        assertThat(postUpdate(update, basic(USER, PASSWORD + "x")).statusCode()).isEqualTo(401);
        assertThat(postUpdate(update, basic("someone-else", PASSWORD)).statusCode()).isEqualTo(401);
        assertThat(putGraph(basic(USER, "wrong")).statusCode()).isEqualTo(401);
        assertThat(reader.queryAsk("ASK { <urn:x-test:wrong> ?p ?o }")).isFalse();
    }

    @Test
    void writesWithTheRightPasswordAreAccepted() throws Exception {
        String update = "INSERT DATA { GRAPH <" + TEST_GRAPH + "> { <urn:x-test:right> <" + LABEL + "> \"свой\" } }";
        assertThat(postUpdate(update, basic(USER, PASSWORD)).statusCode()).isBetween(200, 204);
        assertThat(reader.queryAsk("ASK { <urn:x-test:right> ?p ?o }")).isTrue();
        assertThat(putGraph(basic(USER, PASSWORD)).statusCode()).isBetween(200, 204);
        assertThat(reader.queryAsk("ASK { GRAPH <urn:x-test:put> { ?s ?p ?o } }")).isTrue();
    }

    @Test
    void deletingALabelRemovesItFromTheTextIndex() {
        String entity = "urn:x-test:kineshma";
        writer.update("INSERT DATA { GRAPH <" + TEST_GRAPH + "> { <" + entity + "> <" + LABEL + "> \"Кинешма\"@ru, \"Вичуга\"@ru } }");
        assertThat(search(reader, LABEL, "Кинешме")).containsExactly(entity);
        assertThat(search(reader, LABEL, "Вичуге")).containsExactly(entity);

        writer.update("DELETE DATA { GRAPH <" + TEST_GRAPH + "> { <" + entity + "> <" + LABEL + "> \"Кинешма\"@ru } }");
        assertThat(search(reader, LABEL, "Кинешме")).isEmpty();
        assertThat(search(reader, LABEL, "Вичуге")).containsExactly(entity);

        writer.update("DELETE WHERE { GRAPH <" + TEST_GRAPH + "> { <" + entity + "> ?p ?o } }");
        assertThat(search(reader, LABEL, "Вичуге")).isEmpty();
    }

    /**
     * The application's reload (one update: DELETE WHERE of every statement, then INSERT DATA) keeps the index in step.
     * Replacing the dataset with one GSP PUT would not: jena-text misses that clear (apache/jena#1985).
     */
    @Test
    void reloadingThroughTheGraphLoaderLeavesNoStaleIndexEntries() {
        String stray = "urn:x-test:stray";
        writer.update("INSERT DATA { GRAPH <" + PCK.ID + "source/stray-test> { <" + stray + "> <" + LABEL + "> \"ghostlabel\" } }");
        assertThat(search(reader, LABEL, "ghostlabel")).containsExactly(stray);

        TestStores.loader(writer).replaceAll(TestStores.projectSources());

        assertThat(reader.queryAsk("ASK { <" + stray + "> ?p ?o }")).isFalse();
        assertThat(search(reader, LABEL, "ghostlabel")).isEmpty();
        assertThat(search(reader, LABEL, "Иванове")).contains(PCK.ID + "city/ivanovo");
    }

    @Test
    void committedDataSurvivesAKillAndRestart() {
        String entity = "urn:x-test:shuya";
        writer.update("INSERT DATA { GRAPH <" + TEST_GRAPH + "> { <" + entity + "> <" + LABEL + "> \"Шуя\"@ru } }");
        Set<String> graphsBefore = graphs(reader);
        long triplesBefore = countQuads(reader);

        fuseki.kill();
        assertThat(fuseki.isAlive()).isFalse();
        assertThatThrownBy(() -> reader.queryAsk("ASK {}")).isInstanceOf(RuntimeException.class);
        fuseki.restart();

        assertThat(reader.queryAsk("ASK { GRAPH <" + TEST_GRAPH + "> { <" + entity + "> <" + LABEL + "> \"Шуя\"@ru } }")).isTrue();
        assertThat(search(reader, LABEL, "Шуе")).containsExactly(entity);
        assertThat(graphs(reader)).isEqualTo(graphsBefore);
        assertThat(countQuads(reader)).isEqualTo(triplesBefore);
        assertThat(search(reader, LABEL, "Иванове")).contains(PCK.ID + "city/ivanovo");
    }

    @Test
    void queryTimeoutOfTenSecondsFires() throws Exception {
        String cartesian = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(fuseki.queryUrl() + "?query="
                + URLEncoder.encode(cartesian, StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
        assertThat(took).isBetween(Duration.ofSeconds(9), Duration.ofSeconds(16));
    }

    /** Fuseki itself starts without the analyser class (logging an ERROR); the harness must not take it for ready. */
    @Test
    void serverWithoutTheAnalyserOnItsClassPathIsRefused(@TempDir Path otherDir, @TempDir Path classes) throws IOException {
        Path producer = Path.of(EntityTextProducer.class.getName().replace('.', '/') + ".class");
        Files.createDirectories(classes.resolve(producer).getParent());
        Files.copy(StandaloneFuseki.CLASSES.resolve(producer), classes.resolve(producer));
        assertThatThrownBy(() -> StandaloneFuseki.start(otherDir, USER, PASSWORD, List.of(StandaloneFuseki.SERVER_JAR, classes)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("logged errors")
                .hasMessageContaining("RussianTextAnalyzer");
    }

    /** Without the text-document producer class the configuration cannot be assembled: Fuseki does not start. */
    @Test
    void serverWithoutTheProducerOnItsClassPathDoesNotStart(@TempDir Path otherDir) {
        assertThatThrownBy(() -> StandaloneFuseki.start(otherDir, USER, PASSWORD, List.of(StandaloneFuseki.SERVER_JAR)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("exited with code")
                .hasMessageContaining("EntityTextProducer");
    }

    private static List<String> search(RDFConnection connection, String property, String word) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(TEXT_QUERY);
        query.setIri("field", property);
        query.setLiteral("q", word);
        List<String> found = new ArrayList<>();
        connection.querySelect(query.asQuery(), row -> found.add(row.getResource("s").getURI()));
        return found;
    }

    /** A Lucene query string as is (e.g. "description:word"), searched from the default field. */
    private static List<String> searchLucene(RDFConnection connection, String luceneQuery) {
        ParameterizedSparqlString query = new ParameterizedSparqlString("""
                PREFIX text: <http://jena.apache.org/text#>
                SELECT DISTINCT ?s { ?s text:query ?q }""");
        query.setLiteral("q", luceneQuery);
        List<String> found = new ArrayList<>();
        connection.querySelect(query.asQuery(), row -> found.add(row.getResource("s").getURI()));
        return found;
    }

    private static Set<String> graphs(RDFConnection connection) {
        Set<String> graphs = new HashSet<>();
        connection.querySelect("SELECT DISTINCT ?g { GRAPH ?g { } }", row -> graphs.add(row.getResource("g").getURI()));
        return graphs;
    }

    private static long countQuads(RDFConnection connection) {
        long[] count = {0};
        connection.querySelect("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }", row -> count[0] = row.getLiteral("n").getLong());
        return count[0];
    }

    private static Map<String, Set<String>> fieldMap(EntityDefinition definition) {
        Map<String, Set<String>> map = new TreeMap<>();
        for (String field : definition.fields()) {
            Set<String> predicates = new TreeSet<>();
            definition.getPredicates(field).forEach(p -> predicates.add(p.getURI()));
            map.put(field, predicates);
        }
        return map;
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> postUpdate(String update, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(fuseki.updateUrl()))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(update, StandardCharsets.UTF_8));
        if (authorization != null)
            request.header("Authorization", authorization);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> putGraph(String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(fuseki.gspUrl() + "?graph="
                        + URLEncoder.encode("urn:x-test:put", StandardCharsets.UTF_8)))
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:x-test:s> <" + LABEL + "> \"положено\" .", StandardCharsets.UTF_8));
        if (authorization != null)
            request.header("Authorization", authorization);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
