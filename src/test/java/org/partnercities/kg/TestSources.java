package org.partnercities.kg;

/** Small conforming source graphs written as TriG, for load tests. */
public final class TestSources {

    private TestSources() {}

    /**
     * The opening of a TriG source graph {@code graph} (left open for more statements): prefixes,
     * the source document and its period, and a city {@code citySlug} named {@code city}.
     */
    public static String opening(String graph, String citySlug, String city) {
        return """
                @prefix pck: <https://w3id.org/partner-cities-kg/ontology#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                @prefix dcterms: <http://purl.org/dc/terms/> .
                @prefix id: <https://w3id.org/partner-cities-kg/id/> .
                <%1$s> {
                  <%1$s> a pck:SourceDocument ; dcterms:title "Школы города %3$s"@ru ; dcterms:language "ru" ;
                      pck:subjectPeriod id:period\\/2021-01 .
                  id:period\\/2021-01 a pck:Period ; rdfs:label "Январь 2021 года"@ru ;
                      pck:startDate "2021-01"^^xsd:gYearMonth ; pck:endDate "2021-01"^^xsd:gYearMonth .
                  id:city\\/%2$s a pck:City ; rdfs:label "%3$s"@ru .
                """.formatted(graph, citySlug, city);
    }
}
