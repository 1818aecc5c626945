package org.partnercities.kg.generate;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.partnercities.kg.vocab.PCK;

/** The terms the generated graph uses, as Jena nodes (made once), and the minting of entity IRIs. */
final class Terms {

    static {
        // Jena's vocabulary classes need Jena initialised first, or their constants come out null.
        JenaSystem.init();
    }

    static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    static final String ORG = "http://www.w3.org/ns/org#";
    static final String FOAF = "http://xmlns.com/foaf/0.1/";
    static final String DCTERMS = "http://purl.org/dc/terms/";

    static final Node TYPE = RDF.type.asNode();
    static final Node LABEL = RDFS.label.asNode();
    static final Node ALT_LABEL = uri(SKOS + "altLabel");
    static final Node NOTE = uri(SKOS + "note");
    static final Node IN_SCHEME = uri(SKOS + "inScheme");
    static final Node BROADER = uri(SKOS + "broader");
    static final Node FOAF_NAME = uri(FOAF + "name");
    static final Node MEMBER = uri(ORG + "member");
    static final Node ORGANIZATION = uri(ORG + "organization");
    static final Node ROLE = uri(ORG + "role");
    static final Node TITLE = uri(DCTERMS + "title");
    static final Node IDENTIFIER = uri(DCTERMS + "identifier");
    static final Node LANGUAGE = uri(DCTERMS + "language");

    // Classes.
    static final Node SOURCE_DOCUMENT = pck("SourceDocument");
    static final Node PERIOD = pck("Period");
    static final Node COUNTRY = pck("Country");
    static final Node REGION = pck("Region");
    static final Node CITY = pck("City");
    static final Node EDUCATION_AUTHORITY = pck("EducationAuthority");
    static final Node SCHOOL = pck("School");
    static final Node STATE_BUDGET_SCHOOL = pck("StateBudgetSchool");
    static final Node PERSON = pck("Person");
    static final Node MEMBERSHIP = pck("Membership");
    static final Node PRACTICE = pck("Practice");
    static final Node THEME = pck("Theme");
    static final Node PROGRAMME = pck("Programme");
    static final Node PRACTICE_ADOPTION = pck("PracticeAdoption");

    // Properties.
    static final Node LOCATED_IN = pck("locatedIn");
    static final Node NUMBER = pck("number");
    static final Node APPLIES_PRACTICE = pck("appliesPractice");
    static final Node RESOURCE_CENTRE_FOR = pck("resourceCentreFor");
    static final Node DATE = pck("date");
    static final Node START_DATE = pck("startDate");
    static final Node END_DATE = pck("endDate");
    static final Node DURING = pck("during");
    static final Node SUBJECT_PERIOD = pck("subjectPeriod");
    static final Node EVENT_FORMAT = pck("eventFormat");
    static final Node IN_CITY = pck("inCity");
    static final Node VENUE = pck("venue");
    static final Node ORGANIZER = pck("organizer");
    static final Node PARTICIPANT = pck("participant");
    static final Node SPEAKER = pck("speaker");
    static final Node PRESENTER = pck("presenter");
    static final Node TOPIC = pck("topic");
    static final Node TOPIC_TITLE = pck("topicTitle");
    static final Node PART_OF = pck("partOf");
    static final Node WITHIN_PROGRAMME = pck("withinProgramme");
    static final Node PARTY = pck("party");
    static final Node STATUS = pck("status");
    static final Node PRACTICE_OF = pck("practice");
    static final Node ADOPTED_FROM = pck("adoptedFrom");
    static final Node ADOPTED_BY = pck("adoptedBy");
    static final Node SHOWN_AT = pck("shownAt");

    // Things of the ontology's vocabularies (ontology/vocabularies.ttl) and the curated data.
    static final Node RUSSIA = id("country", "russia");
    static final Node PRACTICES_SCHEME = id("scheme", "practices");
    static final Node ROLE_DIRECTOR = id("role", "director");
    static final Node ROLE_DEPUTY_DIRECTOR = id("role", "deputy-director");
    static final Node ROLE_TEACHER = id("role", "teacher");
    static final Node ROLE_HEAD_OF_DEPARTMENT = id("role", "head-of-department");
    static final Node ROLE_MINISTER = id("role", "minister");
    static final Node IN_PERSON = id("format", "in-person");
    static final Node DISTANCE = id("format", "distance");
    static final Node SIGNED = id("status", "signed");
    static final Node DECIDED = id("status", "decided");
    static final Node MUTUAL_LEARNING = id("programme", "mutual-learning-of-cities");

    private Terms() {}

    /** {@code https://w3id.org/partner-cities-kg/id/<kind>/<slug>} */
    static Node id(String kind, String slug) {
        return uri(PCK.ID + kind + "/" + slug);
    }

    static Node pck(String local) {
        return uri(PCK.NS + local);
    }

    static Node ru(String text) {
        return NodeFactory.createLiteralLang(text, "ru");
    }

    static Node en(String text) {
        return NodeFactory.createLiteralLang(text, "en");
    }

    static Node string(String text) {
        return NodeFactory.createLiteralString(text);
    }

    static Node typed(String lexical, XSDDatatype datatype) {
        return NodeFactory.createLiteralDT(lexical, datatype);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
