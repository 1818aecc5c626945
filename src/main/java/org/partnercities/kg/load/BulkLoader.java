package org.partnercities.kg.load;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.partnercities.kg.store.EmbeddedStore;

/**
 * Loads source graphs from files of any size into the embedded store: the files are streamed, each
 * source graph is materialised and validated on its own as soon as it has been read
 * ({@link PreparedGraphs}), and written while the next ones are read. Everything is committed only
 * if every graph conforms. A graph of the same name already in the store is replaced.
 *
 * <p>How it writes depends on the store ({@link Mode}): into an empty store it builds a new store
 * beside it with TDB2's bulk loader and moves it into place when complete; into a store with data,
 * it writes in one write transaction.
 */
public final class BulkLoader {

    /** How a load reaches the store. */
    public enum Mode {
        /** Into an empty store: built beside it with TDB2's phased bulk loader, moved into place when complete. */
        BUILD("the store is empty: a new one is built beside it and moved into place when complete"),
        /** Into a store with data: one write transaction. */
        TRANSACTION("in one transaction");

        private final String description;

        Mode(String description) {
            this.description = description;
        }

        /** How a load into {@code store} would write. */
        public static Mode of(EmbeddedStore store) {
            return store.isEmpty() ? BUILD : TRANSACTION;
        }

        /** For people: how the load writes. */
        public String describe() {
            return description;
        }
    }

    /** What a load did; {@code violations} non-empty means nothing was written. */
    public record Result(Mode mode, long graphs, long statements, long inferred, Duration duration,
                         List<Violation> violations) {}

    /** Stop collecting violations after this many: the load is refused anyway. */
    private static final int MAX_VIOLATIONS = 100;

    private final SourceSchema schema;

    public BulkLoader(SourceSchema schema) {
        this.schema = schema;
    }

    /**
     * Loads the files into {@code store}; {@code wrap} may wrap each file's raw input (e.g. with a
     * progress bar). After a load in {@link Mode#BUILD} that committed, {@code store} is closed
     * (its directory holds the new store; open it again to use it).
     *
     * @throws LoadException for a file that does not parse (file, line, column) or breaks the rules
     */
    public Result load(EmbeddedStore store, List<Path> files, UnaryOperator<InputStream> wrap) {
        long start = System.nanoTime();
        Mode mode = Mode.of(store);
        long graphs = 0;
        long statements = 0;
        long inferred = 0;
        List<Violation> violations = new ArrayList<>();
        try (PreparedGraphs prepared = PreparedGraphs.start(files, wrap, schema);
             GraphTarget target = mode == Mode.BUILD ? new StagedTarget(store) : new TransactionTarget(store.dataset())) {
            for (PreparedGraphs.Prepared next = prepared.next(); next != null; next = prepared.next()) {
                if (!next.violations().isEmpty()) {
                    violations.addAll(next.violations());
                    if (violations.size() >= MAX_VIOLATIONS)
                        break;
                    continue;
                }
                if (!violations.isEmpty())
                    continue; // refused anyway: check the rest, write nothing more
                target.write(next.name(), next.graph());
                graphs++;
                statements += next.graph().size();
                inferred += next.inferred();
            }
            if (violations.isEmpty())
                target.commit();
        }
        return new Result(mode, graphs, statements, inferred, Duration.ofNanos(System.nanoTime() - start), violations);
    }
}
