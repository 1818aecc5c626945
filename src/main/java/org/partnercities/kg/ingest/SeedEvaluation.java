package org.partnercities.kg.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.partnercities.kg.load.SourceFiles;
import org.partnercities.kg.load.SourceSchema;
import org.partnercities.kg.store.QueryLibrary;
import org.partnercities.kg.vocab.PCK;

/**
 * Ingests each seed report and compares the draft with the curated graph made from it. The
 * linking knowledge for a report is the ontology and every other source graph — never the graph of
 * that report, or linking would be trivially right.
 *
 * With {@code --reports DIR --expected DIR} it also ingests the test reports (name.txt) and compares each
 * with its expected graph (name.trig), linking against all of {@code data/}.
 *
 * <pre>mvn -q compile exec:java -Dexec.mainClass=org.partnercities.kg.ingest.SeedEvaluation \
 *     -Dexec.args="--seeds ../shared/seeds --reports src/test/resources/ingest/reports --expected src/test/resources/ingest/expected"</pre>
 */
public final class SeedEvaluation {

    /** One report's outcome. */
    public record Outcome(String report, Path curatedFile, Draft draft, Graph draftGraph, Evaluation.Result result) {}

    private SeedEvaluation() {}

    public static void main(String[] args) throws IOException {
        Map<String, String> options = new LinkedHashMap<>(Map.of("--seeds", "../shared/seeds", "--data", "data",
                "--ontology", "ontology", "--out", "target/ingest-evaluation"));
        for (int i = 0; i + 1 < args.length; i += 2)
            options.put(args[i], args[i + 1]);
        List<Outcome> outcomes = new ArrayList<>();
        if (!options.get("--seeds").equals("none"))
            outcomes.addAll(run(Path.of(options.get("--seeds")), Path.of(options.get("--data")), Path.of(options.get("--ontology"))));
        if (options.containsKey("--reports"))
            outcomes.addAll(runTests(Path.of(options.get("--reports")), Path.of(options.get("--expected")),
                    Path.of(options.get("--data")), Path.of(options.get("--ontology"))));
        Path out = Files.createDirectories(Path.of(options.get("--out")));
        for (Outcome o : outcomes) {
            Files.writeString(out.resolve(o.report() + ".draft.trig"), DraftWriter.trig(o.draft()));
            print(o);
        }
    }

    static void print(Outcome o) {
        Evaluation.Result r = o.result();
        System.out.println("== " + o.report() + "  (curated: " + o.curatedFile().getFileName() + ")");
        System.out.println("  entities                   " + r.entities());
        r.relations().forEach((kind, score) -> System.out.printf(Locale.ROOT, "  %-26s %s%n", kind, score));
        System.out.println("  relations (all five)       " + r.allRelations());
        System.out.println("  missed:   " + r.missed());
        System.out.println("  spurious: " + r.spurious());
        Evaluation.Scope later = r.newKinds();
        System.out.println("  -- programmes, recognitions, adoptions (scored apart)");
        System.out.println("  entities                   " + later.entities());
        later.relations().forEach((kind, score) -> System.out.printf(Locale.ROOT, "  %-26s %s%n", kind, score));
        System.out.println("  relations (all five)       " + later.allRelations());
        System.out.println("  missed:   " + later.missed());
        System.out.println("  spurious: " + later.spurious());
    }

    /** Ingests every seed that has a curated graph and compares; the seed's own graph is left out of the knowledge. */
    public static List<Outcome> run(Path seeds, Path data, Path ontologyDir) throws IOException {
        Graph ontology = ontology(ontologyDir);
        List<Path> dataFiles = list(data, ".trig");
        List<Outcome> outcomes = new ArrayList<>();
        for (Path report : list(seeds, ".txt")) {
            String number = report.getFileName().toString().substring(0, 3);
            Path curatedFile = dataFiles.stream().filter(f -> f.getFileName().toString().startsWith(number + "-")
                    && !f.getFileName().toString().endsWith("-passages.trig")).findFirst().orElse(null);
            if (curatedFile == null)
                continue;
            List<Path> knowledge = dataFiles.stream().filter(f -> !f.getFileName().toString().startsWith(number + "-")).toList();
            outcomes.add(evaluate(report, curatedFile, knowledge, ontology));
        }
        return outcomes;
    }

    /** Ingests each report of {@code reports} (name.txt) and compares with {@code expected}/name.trig; knowledge is all of {@code data}. */
    public static List<Outcome> runTests(Path reports, Path expected, Path data, Path ontologyDir) throws IOException {
        Graph ontology = ontology(ontologyDir);
        List<Path> knowledge = list(data, ".trig");
        List<Outcome> outcomes = new ArrayList<>();
        for (Path report : list(reports, ".txt")) {
            Path curated = expected.resolve(report.getFileName().toString().replaceAll("\\.txt$", ".trig"));
            if (Files.isRegularFile(curated))
                outcomes.add(evaluate(report, curated, knowledge, ontology));
        }
        return outcomes;
    }

    static Graph ontology(Path ontologyDir) {
        return SourceSchema.read(SourceFiles.scan(ontologyDir, ontologyDir)).ontology();
    }

    private static List<Path> list(Path dir, String extension) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(extension)).sorted().toList();
        }
    }

    /** Ingests {@code report} linking against the ontology and {@code knowledgeFiles}, and compares with {@code curatedFile}. */
    public static Outcome evaluate(Path report, Path curatedFile, List<Path> knowledgeFiles, Graph ontology) throws IOException {
        DatasetGraph knowledgeData = DatasetGraphFactory.createGeneral();
        knowledgeData.addGraph(PCK.ONTOLOGY_GRAPH, ontology);
        for (Path file : knowledgeFiles)
            RDFParser.source(file).lang(Lang.TRIG).parse(knowledgeData);
        Set<Node> known = new HashSet<>();
        knowledgeData.find().forEachRemaining(q -> known.add(q.getSubject()));
        Draft draft;
        try (RDFConnection connection = RDFConnection.connect(DatasetFactory.wrap(knowledgeData))) {
            Knowledge knowledge = Knowledge.of(connection, new QueryLibrary());
            ReportText text = ReportText.read(report.getFileName().toString(), Files.readAllBytes(report));
            draft = Ingester.ingest(text, new IngestOptions(IngestOptions.slugOf(report.getFileName().toString()), null, null),
                    knowledge);
        }
        Graph draftGraph = graphOf(DraftWriter.trig(draft));
        Graph curated = graphOf(Files.readString(curatedFile));
        return new Outcome(report.getFileName().toString(), curatedFile, draft, draftGraph,
                new Evaluation(ontology).compare(draftGraph, curated, known));
    }

    /** The union of the named graphs of a TriG text. */
    static Graph graphOf(String trig) {
        DatasetGraph dataset = DatasetGraphFactory.createGeneral();
        RDFParser.fromString(trig, Lang.TRIG).parse(dataset);
        Graph union = GraphFactory.createDefaultGraph();
        dataset.find().forEachRemaining(q -> union.add(q.asTriple()));
        return union;
    }
}
