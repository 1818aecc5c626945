package org.partnercities.kg.list;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.E_Str;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.partnercities.kg.api.BadParameterException;
import org.partnercities.kg.api.EntityIds;
import org.partnercities.kg.api.EntityRef;
import org.partnercities.kg.api.EntitySummaries;
import org.partnercities.kg.api.Page;
import org.partnercities.kg.api.Paging;
import org.partnercities.kg.api.Rows;
import org.partnercities.kg.store.Sparql;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Repository;

/**
 * Runs a list query ({@code queries/list/select-*.rq}) for one page: the page by LIMIT/OFFSET, the
 * total from the same query wrapped in a COUNT, the order by the asked sort key — all by reshaping
 * the parsed query, never by editing its text. The count is spared when the page shows the end of
 * the list; with a text filter, whose search is most of the time, one run fetches every match
 * (up to {@link #ALL_MATCHES}) and gives both the page and the total.
 */
@Repository
class ListRepository {

    /** Matches of a text filter fetched in one run, when the page asked for lies among them. */
    static final int ALL_MATCHES = 50_000;

    private final Sparql sparql;
    private final EntitySummaries summaries;
    private final int allMatches;

    @Autowired
    ListRepository(Sparql sparql, EntitySummaries summaries) {
        this(sparql, summaries, ALL_MATCHES);
    }

    /** With another limit for fetching a text filter's matches at once (tests). */
    ListRepository(Sparql sparql, EntitySummaries summaries, int allMatches) {
        this.sparql = sparql;
        this.summaries = summaries;
        this.allMatches = allMatches;
    }

    /**
     * @param sortKeys the variables the list can be sorted by; {@code sort} is one of them,
     *                 optionally with a leading '-' for descending, or null for the query's own order
     */
    Page list(String queryName, ListParameters parameters, String sort, Set<String> sortKeys, Paging paging,
              String lang) {
        Map<String, Node> bindings = parameters.bindings();
        Query page = Sparql.bind(sparql.query(queryName), bindings);
        if (sort != null && !sort.isBlank())
            orderBy(page, sort.strip(), sortKeys);
        if (parameters.matchesNothing())
            return new Page(0, paging.limit(), paging.offset(), List.of());
        List<Map<String, RDFNode>> rows;
        long total;
        if (parameters.filtersByText() && paging.offset() + paging.limit() <= allMatches) {
            // Counting would search the text index again.
            page.setLimit(allMatches + 1);
            List<Map<String, RDFNode>> all = sparql.select(page);
            rows = all.subList(Math.min(paging.offset(), all.size()), Math.min(paging.offset() + paging.limit(), all.size()));
            total = all.size() <= allMatches ? all.size() : count(queryName, bindings);
        } else {
            page.setLimit(paging.limit());
            page.setOffset(paging.offset());
            rows = sparql.select(page);
            total = total(queryName, bindings, paging, rows.size());
        }

        Map<String, EntityRef> refs = summaries.of(Rows.iris(rows), lang);
        List<Map<String, Object>> items = rows.stream()
                .map(row -> Rows.toJson(row, "item", Set.of("label"), refs))
                .toList();
        return new Page(total, paging.limit(), paging.offset(), items);
    }

    /**
     * The number of matching items: known from the page itself when it is the last one (short, and
     * not past the end), which spares a second run of the query (a text filter's search is most of
     * its time); counted otherwise.
     */
    private long total(String queryName, Map<String, Node> bindings, Paging paging, int rows) {
        if (rows < paging.limit() && (rows > 0 || paging.offset() == 0))
            return (long) paging.offset() + rows;
        return count(queryName, bindings);
    }

    private long count(String queryName, Map<String, Node> bindings) {
        Query count = counting(Sparql.bind(sparql.query(queryName), bindings), sparql.query("list/count"));
        return sparql.select(count).get(0).get("total").asLiteral().getLong();
    }

    /** {@code count} (list/count.rq) over the rows of the bound list query {@code inner}, unordered. */
    static Query counting(Query inner, Query count) {
        if (inner.getOrderBy() != null)
            inner.getOrderBy().clear();
        // Prefixes belong to the outer query: a sub-query written with its own PREFIX lines is not
        // SPARQL, and a remote store refuses it.
        count.getPrefixMapping().setNsPrefixes(inner.getPrefixMapping());
        inner.getPrefixMapping().clearNsPrefixMap();
        ElementGroup pattern = new ElementGroup();
        pattern.addElement(new ElementSubQuery(inner));
        count.setQueryPattern(pattern);
        return count;
    }

    private static void orderBy(Query query, String sort, Set<String> sortKeys) {
        boolean descending = sort.startsWith("-");
        String key = descending ? sort.substring(1) : sort;
        if (!sortKeys.contains(key))
            throw new BadParameterException("sort", "must be one of " + sortKeys.stream().sorted().toList()
                    + ", optionally preceded by '-' (was '" + EntityIds.shorten(sort) + "')");
        int direction = descending ? Query.ORDER_DESCENDING : Query.ORDER_ASCENDING;
        if (query.getOrderBy() != null)
            query.getOrderBy().clear();
        query.addOrderBy(new E_Str(new ExprVar(key)), direction);
        query.addOrderBy(Var.alloc("item"), Query.ORDER_ASCENDING);
    }
}
