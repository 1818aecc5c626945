package org.partnercities.kg.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.partnercities.kg.PartnerCitiesKgApplication;
import org.partnercities.kg.store.QueryLibrary;
import org.partnercities.kg.store.Sparql;
import org.partnercities.kg.vocab.PCK;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Latency of each API endpoint over HTTP beside the same question asked as plain SPARQL over
 * HTTP to the same store, in the same run, alternating the two. Not a test: run it with
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.partnercities.kg.bench.ApiBenchmark [-Dexec.args="500"]</pre>
 * It starts the application on a random port with a fresh store loaded from ontology/ and data/,
 * and prints a Markdown table (also written to target/api-benchmark.md).
 */
public final class ApiBenchmark {

    private record Case(String name, String api, List<String> sparql) {}

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    private ApiBenchmark(int port) {
        this.base = "http://localhost:" + port;
    }

    public static void main(String[] args) throws Exception {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        Path store = Files.createTempDirectory("kg-benchmark");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(PartnerCitiesKgApplication.class)
                // As arguments: builder properties are defaults, which application.yaml's run/store overrides.
                .run("--server.port=0", "--kg.store.directory=" + store, "--logging.level.root=WARN",
                        "--logging.level.org.apache.jena.fuseki=WARN")) {
            int port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            QueryLibrary queries = app.getBean(QueryLibrary.class);
            ApiBenchmark benchmark = new ApiBenchmark(port);
            String table = benchmark.run(benchmark.cases(queries), iterations);
            System.out.println(table);
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target/api-benchmark.md"), table);
        }
    }

    /**
     * Each endpoint beside the queries it runs, sent as text to /sparql: the ratio is the cost of
     * the API layer (HTTP handling, binding, JSON shaping). Paths are compared with a two-step
     * property path query instead, since they run a variable number of expansion queries.
     */
    private List<Case> cases(QueryLibrary queries) throws IOException, InterruptedException {
        Node school56 = NodeFactory.createURI(PCK.ID + "school/ivanovo-56");
        Node ivanovo = NodeFactory.createURI(PCK.ID + "city/ivanovo");
        Node ru = NodeFactory.createLiteralString("ru");
        String sitnova = PCK.ID + "person/sitnova-elena-vladimirovna";
        String school1286 = PCK.ID + "school/moscow-1286";

        List<Node> related = idsIn(get("/api/entities/school/ivanovo-56"));
        List<Node> neighbours = List.of(school56);
        return List.of(
                new Case("entity", "/api/entities/school/ivanovo-56", List.of(
                        bound(queries, "entity/select-statements", Map.of("entity", school56), 0),
                        values(bound(queries, "entity/select-summaries", Map.of(), 0), "entity", related),
                        bound(queries, "entity/select-sources", Map.of("entity", school56, "lang", ru), 0))),
                new Case("list: events of Ivanovo", "/api/events?city=ivanovo&limit=50", List.of(
                        bound(queries, "list/select-events", Map.of("city", ivanovo, "lang", ru), 50))),
                new Case("list: schools", "/api/organizations?kind=school", List.of(
                        bound(queries, "list/select-organizations", Map.of("kind", NodeFactory.createURI(PCK.NS + "School"), "lang", ru), 50))),
                new Case("search «Иванове»", "/api/search?q=" + enc("Иванове"), List.of(
                        search(queries, "+иванове", 100, false))),
                new Case("autocomplete «Сит»", "/api/search?mode=autocomplete&limit=10&q=" + enc("Сит"), List.of(
                        search(queries, "+(сит сит*)", 50, true))),
                new Case("timeline of Ivanovo", "/api/timeline?city=ivanovo", List.of(
                        bound(queries, "list/select-events", Map.of("city", ivanovo, "lang", ru), 1000))),
                new Case("stats", "/api/stats", List.of(
                        queries.get("stats/select-counts-by-type").serialize(),
                        queries.get("stats/select-counts-by-city").serialize(),
                        queries.get("stats/select-counts-by-year").serialize(),
                        queries.get("stats/select-totals").serialize())),
                new Case("neighbourhood, depth 1", "/api/graph/school/ivanovo-56", List.of(
                        bound(queries, "graph/ask-entity", Map.of("entity", school56), 0),
                        values(bound(queries, "graph/select-neighbours", Map.of(), 0), "node", neighbours))),
                new Case("paths Ситнова → школа 1286 (≤ 4)", "/api/paths?from=person/sitnova-elena-vladimirovna&to=school/moscow-1286", List.of(
                        "SELECT ?a ?p ?q { { <" + sitnova + "> ?p ?a } UNION { ?a ?p <" + sitnova + "> } "
                                + "{ ?a ?q <" + school1286 + "> } UNION { <" + school1286 + "> ?q ?a } }")));
    }

    private static String search(QueryLibrary queries, String lucene, int limit, boolean namesOnly) {
        Query query = Sparql.substitute(queries.get("search/select-text-matches"), Map.of(
                "query", NodeFactory.createLiteralString(lucene),
                "limit", NodeFactory.createLiteralDT(Integer.toString(limit), org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger)));
        Map<String, Node> bindings = new java.util.HashMap<>(Map.of("lang", NodeFactory.createLiteralString("ru")));
        if (namesOnly)
            bindings.put("names", NodeFactory.createLiteralDT("true", org.apache.jena.datatypes.xsd.XSDDatatype.XSDboolean));
        return Sparql.bind(query, bindings).serialize();
    }

    /** A query text with VALUES ?var { … } put in front of its pattern, as the application does. */
    private static String values(String queryText, String var, List<Node> nodes) {
        Query query = org.apache.jena.query.QueryFactory.create(queryText);
        Var v = Var.alloc(var);
        var data = new org.apache.jena.sparql.syntax.ElementData(List.of(v),
                nodes.stream().map(n -> org.apache.jena.sparql.engine.binding.BindingFactory.binding(v, n)).toList());
        var group = new org.apache.jena.sparql.syntax.ElementGroup();
        group.addElement(data);
        if (query.getQueryPattern() instanceof org.apache.jena.sparql.syntax.ElementGroup g)
            g.getElements().forEach(group::addElement);
        query.setQueryPattern(group);
        return query.serialize();
    }

    private String get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static List<Node> idsIn(String json) {
        List<Node> nodes = new java.util.ArrayList<>();
        var matcher = java.util.regex.Pattern.compile("\"iri\":\"(https://w3id.org/partner-cities-kg/id/[^\"]+)\"").matcher(json);
        while (matcher.find())
            nodes.add(NodeFactory.createURI(matcher.group(1)));
        return nodes.stream().distinct().toList();
    }

    /** A library query with values bound as terms and a limit, as text for the SPARQL endpoint. */
    private static String bound(QueryLibrary queries, String name, Map<String, Node> bindings, int limit) {
        Query query = Sparql.bind(queries.get(name), bindings);
        if (limit > 0)
            query.setLimit(limit);
        return query.serialize();
    }

    private String run(List<Case> cases, int iterations) throws IOException, InterruptedException {
        StringBuilder out = new StringBuilder();
        out.append("| endpoint | API p50 ms | API p99 ms | SPARQL p50 ms | SPARQL p99 ms | API/SPARQL p50 |\n");
        out.append("|---|---:|---:|---:|---:|---:|\n");
        for (Case c : cases) {
            for (int i = 0; i < Math.max(50, iterations / 5); i++) {
                api(c);
                sparql(c);
            }
            double[] api = new double[iterations];
            double[] sparql = new double[iterations];
            for (int i = 0; i < iterations; i++) {
                api[i] = api(c);
                sparql[i] = sparql(c);
            }
            Arrays.sort(api);
            Arrays.sort(sparql);
            out.append(String.format(java.util.Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.2f | %.2f |%n", c.name(),
                    pct(api, 50), pct(api, 99), pct(sparql, 50), pct(sparql, 99), pct(api, 50) / pct(sparql, 50)));
        }
        return out.toString();
    }

    private double api(Case c) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(base + c.api())).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        double ms = (System.nanoTime() - start) / 1e6;
        if (response.statusCode() != 200)
            throw new IllegalStateException(c.api() + " answered " + response.statusCode());
        return ms;
    }

    private double sparql(Case c) throws IOException, InterruptedException {
        long start = System.nanoTime();
        for (String query : c.sparql()) {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(base + "/sparql"))
                    .header("Content-Type", "application/sparql-query")
                    .header("Accept", "application/sparql-results+json")
                    .POST(HttpRequest.BodyPublishers.ofString(query)).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200)
                throw new IllegalStateException(c.name() + ": SPARQL answered " + response.statusCode() + " to " + query);
        }
        return (System.nanoTime() - start) / 1e6;
    }

    static double pct(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
