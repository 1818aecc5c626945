package org.partnercities.kg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kg reject DRAFT.trig}: discards a draft and its review pages; the store is not touched. */
@Command(name = "reject", mixinStandardHelpOptions = true,
        description = "Discard a draft made by kg ingest: deletes DRAFT.trig and its .review.md and .review.html. "
                + "Nothing is written to the store.")
final class RejectCommand extends CliCommand {

    static final String DRAFT_HEADER = "# Draft proposed by `kg ingest`";

    @Parameters(index = "0", paramLabel = "DRAFT", description = "The draft, TriG (from kg ingest)")
    Path draft;

    @Override
    int run() throws Exception {
        existingFile(draft);
        String name = draft.getFileName().toString();
        if (!name.endsWith(".trig") || !Files.readString(draft).startsWith(DRAFT_HEADER))
            throw new CliException(2, draft + ": not a draft made by kg ingest (it must be a .trig starting with \""
                    + DRAFT_HEADER + "\"); nothing was deleted");
        String base = name.substring(0, name.length() - ".trig".length());
        List<String> deleted = new ArrayList<>();
        for (Path file : List.of(draft, draft.resolveSibling(base + ".review.md"), draft.resolveSibling(base + ".review.html")))
            if (Files.deleteIfExists(file))
                deleted.add(file.toString());
        System.err.println("Rejected: deleted " + String.join(", ", deleted) + ". Nothing was written to the store.");
        return 0;
    }
}
