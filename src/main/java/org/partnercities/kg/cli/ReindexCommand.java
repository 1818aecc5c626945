package org.partnercities.kg.cli;

import org.partnercities.kg.store.EmbeddedStore;
import org.partnercities.kg.store.TextIndexRebuild;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code kg reindex}: the text index rebuilt from the store's statements. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Rebuild the store's text index from its statements, e.g. after an upgrade that changes "
                + "what the index holds. The old index stays until the new one is committed.")
final class ReindexCommand extends CliCommand {

    @Mixin
    StoreOption store;

    @Override
    int run() {
        long started = System.nanoTime();
        long documents;
        try (EmbeddedStore embedded = store.open(false)) {
            documents = TextIndexRebuild.rebuild(embedded);
        }
        System.err.printf("Indexed %,d names and texts in %s in %.1f s%n", documents, store.store,
                (System.nanoTime() - started) / 1e9);
        return 0;
    }
}
