package org.partnercities.kg.list;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.partnercities.kg.api.EntitySummaries;
import org.partnercities.kg.api.Paging;
import org.partnercities.kg.api.Rows;
import org.partnercities.kg.store.EmbeddedStore;
import org.partnercities.kg.store.OntologyIndex;
import org.partnercities.kg.store.QueryLibrary;
import org.partnercities.kg.store.Sparql;

/**
 * The lists' {@code q=} from the text index beside the substring filter it replaced, on one store
 * in one JVM, alternating request by request: the first page of organisations and its total, as
 * {@link ListRepository} gets them now, and as the former query (test resource
 * {@code list/select-organizations-substring.rq}) got them, a page run and a count run, labels of
 * the page included both ways. Median of the repeats. Not a test: run it with
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.partnercities.kg.list.TextFilterComparison -Dexec.args="STORE REPEATS WORD…"</pre>
 * on a store the application has started on once (it adds the ontology), e.g. the scale
 * benchmark's {@code target/scale/store-0.1}.
 */
public final class TextFilterComparison {

    /** One word's figures. */
    record Row(String word, long substringTotal, long textTotal, double substringMs, double textMs) {}

    private TextFilterComparison() {}

    public static void main(String[] args) {
        if (args.length < 3)
            throw new IllegalArgumentException("usage: TextFilterComparison STORE REPEATS WORD…");
        try (EmbeddedStore store = EmbeddedStore.open(Path.of(args[0]), Duration.ofMinutes(5));
             RDFConnection connection = store.connect()) {
            System.out.print(table(compare(connection, Integer.parseInt(args[1]), List.of(args).subList(2, args.length))));
        }
    }

    /** Each word {@code repeats} times each way, after one warm-up each way. */
    static List<Row> compare(RDFConnection connection, int repeats, List<String> words) {
        QueryLibrary library = new QueryLibrary();
        Sparql sparql = new Sparql(connection, library);
        OntologyIndex ontology = new OntologyIndex(sparql);
        EntitySummaries summaries = new EntitySummaries(sparql, ontology);
        ListRepository lists = new ListRepository(sparql, summaries);
        Query substring = QueryFactory.create(resource("list/select-organizations-substring.rq"));
        List<Row> rows = new ArrayList<>();
        for (String word : words) {
            List<Double> before = new ArrayList<>();
            List<Double> after = new ArrayList<>();
            long[] totals = new long[2];
            for (int i = 0; i <= repeats; i++) {
                long start = System.nanoTime();
                totals[0] = substringPage(sparql, library, summaries, substring, word);
                long middle = System.nanoTime();
                totals[1] = lists.list("list/select-organizations", new ListParameters(ontology, "ru").text(word), null,
                        Set.of("label"), Paging.of(50, 0), "ru").total();
                long end = System.nanoTime();
                if (i > 0) {
                    before.add((middle - start) / 1e6);
                    after.add((end - middle) / 1e6);
                }
            }
            rows.add(new Row(word, totals[0], totals[1], median(before), median(after)));
        }
        return rows;
    }

    /** The former way: the page (50, with its labels), then the total by a count of the same query. */
    private static long substringPage(Sparql sparql, QueryLibrary library, EntitySummaries summaries, Query query, String word) {
        Map<String, Node> bindings = Map.of("text", NodeFactory.createLiteralString(word.strip()),
                "lang", NodeFactory.createLiteralString("ru"));
        Query page = Sparql.bind(query, bindings);
        page.setLimit(50);
        summaries.of(Rows.iris(sparql.select(page)), "ru");
        Query count = ListRepository.counting(Sparql.bind(query, bindings), library.get("list/count"));
        return sparql.select(count).get(0).get("total").asLiteral().getLong();
    }

    static String table(List<Row> rows) {
        StringBuilder out = new StringBuilder("| q | total, substring | total, text index | substring ms | text index ms | text/substring |\n"
                + "|---|---:|---:|---:|---:|---:|\n");
        for (Row r : rows)
            out.append(String.format(Locale.ROOT, "| %s | %d | %d | %.0f | %.0f | %.2f |%n", r.word(), r.substringTotal(),
                    r.textTotal(), r.substringMs(), r.textMs(), r.textMs() / r.substringMs()));
        return out.toString();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static String resource(String name) {
        try (InputStream in = TextFilterComparison.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null)
                throw new IllegalStateException("No test resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
