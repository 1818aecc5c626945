package org.partnercities.kg.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnercities.kg.TestStores;
import org.partnercities.kg.api.EntitySummaries;
import org.partnercities.kg.api.Page;
import org.partnercities.kg.api.Paging;
import org.partnercities.kg.store.OntologyIndex;
import org.partnercities.kg.store.QueryLibrary;
import org.partnercities.kg.store.Sparql;

/**
 * Pages and totals stay exact whichever way the repository gets them: from the page itself, from a
 * count, or from a text filter's matches fetched at once — also when there are more matches than it
 * fetches at once (a limit of 3 here, against the seed graph).
 */
class ListRepositoryTest {

    private static final Set<String> BY_LABEL = Set.of("label");

    private static OntologyIndex ontology;
    private static ListRepository lists;
    private static ListRepository fetchingThree;

    @BeforeAll
    static void openTheStore() {
        Sparql sparql = new Sparql(TestStores.sharedConnection(), new QueryLibrary());
        ontology = new OntologyIndex(sparql);
        EntitySummaries summaries = new EntitySummaries(sparql, ontology);
        lists = new ListRepository(sparql, summaries);
        fetchingThree = new ListRepository(sparql, summaries, 3);
    }

    @Test
    void textFilterPagesAndTotalsAreTheSameWhetherAllMatchesAreFetchedAtOnceOrNot() {
        Page all = organizations(lists, "школ", 500, 0);
        List<String> ids = ids(all);
        assertThat(all.total()).isEqualTo(ids.size()).isGreaterThan(6);
        for (int[] window : new int[][] {{2, 0}, {2, 1}, {3, 0}, {2, 2}, {50, 4}, {5, (int) all.total() - 2}, {5, (int) all.total() + 3}}) {
            int limit = window[0];
            int offset = window[1];
            List<String> expected = ids.subList(Math.min(offset, ids.size()), Math.min(offset + limit, ids.size()));
            for (ListRepository repository : List.of(lists, fetchingThree)) {
                Page page = organizations(repository, "школ", limit, offset);
                assertThat(page.total()).as("limit %d offset %d", limit, offset).isEqualTo(all.total());
                assertThat(ids(page)).as("limit %d offset %d", limit, offset).containsExactlyElementsOf(expected);
            }
        }
    }

    @Test
    void listTotalsAreExactOnTheLastPageAndPastTheEnd() {
        List<String> cities = ids(cities(10, 0));
        assertThat(cities).hasSize(4);
        // A short page: its own length says the total.
        assertThat(cities(3, 2).total()).isEqualTo(4);
        assertThat(ids(cities(3, 2))).containsExactlyElementsOf(cities.subList(2, 4));
        // A full page, and one past the end: counted.
        assertThat(cities(2, 2).total()).isEqualTo(4);
        assertThat(cities(2, 6).total()).isEqualTo(4);
        assertThat(ids(cities(2, 6))).isEmpty();
        assertThat(cities(2, 0).total()).isEqualTo(4);
    }

    private static Page organizations(ListRepository repository, String q, int limit, int offset) {
        return repository.list("list/select-organizations", new ListParameters(ontology, "ru").text(q), null, BY_LABEL,
                Paging.of(limit, offset), "ru");
    }

    private static Page cities(int limit, int offset) {
        return lists.list("list/select-cities", new ListParameters(ontology, "ru"), null, BY_LABEL, Paging.of(limit, offset), "ru");
    }

    private static List<String> ids(Page page) {
        return page.items().stream().map(item -> (String) item.get("id")).toList();
    }
}
