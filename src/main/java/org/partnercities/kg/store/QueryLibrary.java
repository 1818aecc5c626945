package org.partnercities.kg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The application's SPARQL queries, from {@code queries/<feature>/<verb>-<noun>.rq} on the
 * classpath, parsed once at start-up: a query that does not parse stops the start.
 * Callers get a copy, which they may bind and page without affecting others.
 */
@Component
public class QueryLibrary {

    private static final String LOCATION = "classpath*:queries/**/*.rq";

    private final Map<String, Query> queries = new TreeMap<>();
    private final Map<String, String> texts = new TreeMap<>();

    public QueryLibrary() {
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
                String url = resource.getURL().toString();
                String name = url.substring(url.lastIndexOf("queries/") + "queries/".length(), url.length() - ".rq".length());
                String text = read(resource);
                queries.put(name, parse(name, text));
                texts.put(name, text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The query named {@code feature/verb-noun}, as a fresh copy. */
    public Query get(String name) {
        Query query = queries.get(name);
        if (query == null)
            throw new IllegalArgumentException("No query named '" + name + "' in " + queries.keySet());
        return query.cloneQuery();
    }

    public Map<String, Query> all() {
        return Map.copyOf(queries);
    }

    /** The query's text as written, comments included (for showing it to people). */
    public String text(String name) {
        String text = texts.get(name);
        if (text == null)
            throw new IllegalArgumentException("No query named '" + name + "'");
        return text;
    }

    /** The names of the queries under a folder, e.g. {@code competency}. */
    public java.util.List<String> names(String folder) {
        return texts.keySet().stream().filter(n -> n.startsWith(folder + "/")).toList();
    }

    private static String read(Resource resource) throws IOException {
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Query parse(String name, String text) {
        try {
            return QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new IllegalStateException("queries/" + name + ".rq:" + e.getLine() + ":" + e.getColumn() + ": "
                    + e.getMessage(), e);
        }
    }
}
