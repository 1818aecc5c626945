package org.partnercities.kg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.jena.rdfconnection.RDFConnection;
import org.partnercities.kg.ingest.IngestException;
import org.partnercities.kg.ingest.IngestOptions;
import org.partnercities.kg.ingest.IngestService;
import org.partnercities.kg.store.EmbeddedStore;
import org.partnercities.kg.store.QueryLibrary;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kg ingest REPORT.txt}: a draft named graph and its review pages, linked against the store; writes nothing to the store. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Read a plain-text Russian report and propose its facts as a draft: DIR/SLUG.trig (the source's named "
                + "graph, to review and edit), DIR/SLUG.review.md and .review.html (every fact with its sentence, confidence "
                + "and whether each entity is linked or new). The review is also printed. Nothing is written to the store: "
                + "use `kg accept` for that. The same report gives the same draft.")
final class IngestCommand extends CliCommand {

    @Mixin
    StoreOption store;

    @Mixin
    OntologyOption ontology;

    @Option(names = "--source-url", description = "Where the report was published")
    String sourceUrl;

    @Option(names = "--published", description = "Publication date, YYYY-MM-DD (gives the year of dates written without one)")
    LocalDate published;

    @Option(names = "--slug", description = "Slug of the source graph (default: from the file name)")
    String slug;

    @Option(names = "--out", defaultValue = "drafts", description = "Directory for the draft and review (default: ${DEFAULT-VALUE})")
    Path out;

    @Parameters(index = "0", paramLabel = "REPORT", description = "The report, UTF-8 plain text")
    Path report;

    @Override
    int run() throws Exception {
        existingFile(report);
        if (sourceUrl != null && !sourceUrl.matches("https?://\\S+"))
            throw new CliException(2, "Bad --source-url '" + sourceUrl + "': an http(s) address");
        var schema = ontology.schema();
        String name = report.getFileName().toString();
        IngestService.Result result;
        try (EmbeddedStore embedded = store.open(false);
             RDFConnection connection = embedded.connect()) {
            IngestOptions options = new IngestOptions(slug != null ? slug : IngestOptions.slugOf(name), sourceUrl, published);
            result = new IngestService(connection, new QueryLibrary(), schema).ingest(name, Files.readAllBytes(report), options);
        } catch (IngestException e) {
            throw new CliException(1, e.getMessage() + "\nno draft was written");
        }
        Files.createDirectories(out);
        String base = result.draft().options().sourceSlug();
        Path trig = out.resolve(base + ".trig");
        Files.writeString(trig, result.trig());
        Files.writeString(out.resolve(base + ".review.md"), result.markdown());
        Files.writeString(out.resolve(base + ".review.html"), result.html());
        System.out.print(result.markdown());
        System.err.println("Draft " + trig + " (review: " + out.resolve(base + ".review.html") + "): "
                + result.draft().entities().size() + " entities, " + result.draft().facts().size() + " facts.");
        if (result.changes().existed())
            System.err.println(result.changes().none() ? "The store already has this source exactly as drafted."
                    : "The store already has this source: accepting replaces it (+" + result.changes().added().size()
                    + " −" + result.changes().removed().size() + " statements; see the review).");
        System.err.println("Review and edit it, then: kg accept " + trig + "   (or: kg reject " + trig + ")");
        return 0;
    }
}
