package org.partnercities.kg.load;

import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.partnercities.kg.store.StoreProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * At start-up, before the server accepts requests: reuse the store if it holds exactly the
 * current sources, otherwise (an empty store, or changed files in ontology/ or data/) load them:
 * the ontology graph and the graphs of the files are replaced, graphs of files that are gone are
 * removed, and sources added by curators or {@code kg load} stay.
 * Sources that do not parse or conform stop the start with the report; the store is unchanged.
 */
@Component
public class StartupLoader implements InitializingBean {

    /** What the last start-up did with the store. */
    public enum Outcome { LOADED, REUSED }

    private static final Logger log = LoggerFactory.getLogger(StartupLoader.class);

    private final GraphLoader loader;
    private final SourceProperties sources;
    private final LoadState state;
    private Outcome outcome;

    public StartupLoader(GraphLoader loader, SourceProperties sources, StoreProperties store) {
        this.loader = loader;
        this.sources = sources;
        this.state = new LoadState(store.directory());
    }

    @Override
    public void afterPropertiesSet() {
        SourceFiles files = SourceFiles.scan(sources.ontology(), sources.data());
        String digest = files.digest();
        if (state.loadedDigest().filter(digest::equals).isPresent() && loader.storeHasOntology()) {
            log.info("Store holds the current sources ({}); reusing it", digest.substring(0, 12));
            outcome = Outcome.REUSED;
            return;
        }
        try {
            Set<Node> dropped = state.loadedGraphs().stream().map(NodeFactory::createURI)
                    .collect(Collectors.toSet());
            LoadReport report = loader.loadSources(files, dropped);
            state.recordLoaded(digest, report.graphs());
            outcome = Outcome.LOADED;
            log.info("Loaded {} from {} and {}", report, sources.ontology(), sources.data());
        } catch (LoadException e) {
            log.error("The sources were refused; the store is unchanged:\n  {}", String.join("\n  ", e.problems()));
            throw e;
        }
    }

    public Outcome outcome() {
        return outcome;
    }
}
