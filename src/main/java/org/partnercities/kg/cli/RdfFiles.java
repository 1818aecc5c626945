package org.partnercities.kg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.partnercities.kg.load.StrictErrorHandler;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Reads dataset files (TriG or N-Quads, optionally gzip-compressed) strictly, with a progress bar over the bytes. */
final class RdfFiles {

    private RdfFiles() {}

    /** The language of a file from its name, {@code .gz} aside; only quad languages (graphs are named). */
    static Lang lang(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(".gz"))
            name = name.substring(0, name.length() - 3);
        Lang lang = RDFLanguages.filenameToLang(name);
        if (lang == null || !RDFLanguages.isQuads(lang))
            throw new CliException(2, file + ": not a TriG or N-Quads file (.trig, .nq, optionally .gz)");
        return lang;
    }

    /** Reads {@code file} into a new in-memory dataset; parse errors name the file, line and column. */
    static DatasetGraph read(Path file, String task) {
        CliCommand.existingFile(file);
        Lang lang = lang(file);
        DatasetGraph dataset = DatasetGraphFactory.createGeneral();
        ProgressBarBuilder bar = new ProgressBarBuilder().setTaskName(task + " " + file.getFileName())
                .setStyle(ProgressBarStyle.ASCII).setUnit(" MB", 1 << 20).continuousUpdate();
        try (InputStream raw = ProgressBar.wrap(Files.newInputStream(file), bar);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
            RDFParser.source(in).lang(lang).errorHandler(StrictErrorHandler.INSTANCE).parse(dataset);
        } catch (RiotParseException e) {
            throw new CliException(1, file + ":" + e.getLine() + ":" + e.getCol() + ": " + e.getOriginalMessage());
        } catch (RiotException e) {
            throw new CliException(1, file + ": " + e.getMessage());
        } catch (IOException e) {
            throw new CliException(1, file + ": " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw new CliException(1, file + ": " + e.getCause().getMessage());
        }
        return dataset;
    }
}
