// Example queries one click away in the SPARQL view. CQ1–CQ8 are the analysts' competency
// questions, copied from src/main/resources/queries/competency/*.rq (keep them in step).
export const EXAMPLES = [
  {
    "id": "cq1-magnitogorsk-schools",
    "title": "CQ1. Which schools of Magnitogorsk appear, and what is each known for?",
    "query": "# CQ1. Which schools of Magnitogorsk appear, and what is each known for?\n# Each school with the projects it runs or takes part in, the practices it applies or is a\n# resource centre for, and its units; one row per school and thing.\nPREFIX pck:    <https://w3id.org/partner-cities-kg/ontology#>\nPREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>\nPREFIX org:    <http://www.w3.org/ns/org#>\nPREFIX foaf:   <http://xmlns.com/foaf/0.1/>\nPREFIX city:   <https://w3id.org/partner-cities-kg/id/city/>\nPREFIX auth:   <https://w3id.org/partner-cities-kg/id/authority/>\nPREFIX format: <https://w3id.org/partner-cities-kg/id/format/>\nSELECT ?school ?schoolLabel ?knownFor ?knownForLabel\nWHERE {\n  ?school a pck:School ;\n      pck:locatedIn city:magnitogorsk ;\n      rdfs:label ?schoolLabel .\n  FILTER(LANG(?schoolLabel) = \"ru\")\n  OPTIONAL {\n    ?school pck:runs|pck:participatesIn|pck:appliesPractice|org:hasSubOrganization ?knownFor .\n    ?knownFor rdfs:label ?knownForLabel .\n    FILTER(LANG(?knownForLabel) = \"ru\")\n  }\n}\nORDER BY ?schoolLabel ?knownForLabel\n"
  },
  {
    "id": "cq2-ivanovo-events",
    "title": "CQ2. In which events did people from Ivanovo take part, in date order?",
    "query": "# CQ2. In which events did people from Ivanovo take part, in date order?\n# Events with a known day or month whose participants (or stated participant cities) are from\n# Ivanovo; single talks inside an event are left out, the event stands for them. A series is\n# dated by its start.\nPREFIX pck:    <https://w3id.org/partner-cities-kg/ontology#>\nPREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>\nPREFIX org:    <http://www.w3.org/ns/org#>\nPREFIX foaf:   <http://xmlns.com/foaf/0.1/>\nPREFIX city:   <https://w3id.org/partner-cities-kg/id/city/>\nPREFIX auth:   <https://w3id.org/partner-cities-kg/id/authority/>\nPREFIX format: <https://w3id.org/partner-cities-kg/id/format/>\nSELECT ?event ?label ?date\nWHERE {\n  ?event a pck:Event ;\n      pck:participantCity city:ivanovo ;\n      rdfs:label ?label .\n  FILTER(LANG(?label) = \"ru\")\n  FILTER NOT EXISTS { ?event a pck:Talk }\n  OPTIONAL { ?event pck:date ?day }\n  OPTIONAL { ?event pck:startDate ?start }\n  BIND(COALESCE(?day, ?start) AS ?date)\n  FILTER(BOUND(?date))\n}\nORDER BY STR(?date) ?label\n"
  },
  {
    "id": "cq3-moscow-department-agreements",
    "title": "CQ3. What agreements did the Moscow Department of Education and Science sign, with whom, when?",
    "query": "# CQ3. What agreements did the Moscow Department of Education and Science sign, with whom, when?\nPREFIX pck:    <https://w3id.org/partner-cities-kg/ontology#>\nPREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>\nPREFIX org:    <http://www.w3.org/ns/org#>\nPREFIX foaf:   <http://xmlns.com/foaf/0.1/>\nPREFIX city:   <https://w3id.org/partner-cities-kg/id/city/>\nPREFIX auth:   <https://w3id.org/partner-cities-kg/id/authority/>\nPREFIX format: <https://w3id.org/partner-cities-kg/id/format/>\nSELECT ?agreement ?kind ?partner ?partnerLabel ?date\nWHERE {\n  ?agreement a pck:Agreement ;\n      pck:party auth:moscow-education-department , ?partner ;\n      pck:status <https://w3id.org/partner-cities-kg/id/status/signed> ;\n      a ?kind .\n  FILTER(?partner != auth:moscow-education-department)\n  FILTER(?kind IN (pck:Agreement, pck:Memorandum, pck:CooperationAgreement))\n  FILTER NOT EXISTS { ?agreement a ?narrower . ?narrower rdfs:subClassOf ?kind . FILTER(?narrower != ?kind) }\n  ?partner rdfs:label ?partnerLabel .\n  FILTER(LANG(?partnerLabel) = \"ru\")\n  OPTIONAL { ?agreement pck:date ?date }\n}\nORDER BY STR(?date)\n"
  },
  {
    "id": "cq4-named-people-roles",
    "title": "CQ4. Which people are named, in which role, in which organisation?",
    "query": "# CQ4. Which people are named, in which role, in which organisation?\n# People with a name (post holders the reports do not name have a label but no foaf:name).\nPREFIX pck:    <https://w3id.org/partner-cities-kg/ontology#>\nPREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>\nPREFIX org:    <http://www.w3.org/ns/org#>\nPREFIX foaf:   <http://xmlns.com/foaf/0.1/>\nPREFIX city:   <https://w3id.org/partner-cities-kg/id/city/>\nPREFIX auth:   <https://w3id.org/partner-cities-kg/id/authority/>\nPREFIX format: <https://w3id.org/partner-cities-kg/id/format/>\nSELECT ?person ?name ?role ?roleLabel ?organization ?organizationLabel\nWHERE {\n  ?person a pck:Person ; foaf:name ?name .\n  ?membership org:member ?person ;\n      org:role ?role ;\n      org:organization ?organization .\n  ?role rdfs:label ?roleLabel .\n  FILTER(LANG(?roleLabel) = \"ru\")\n  ?organization rdfs:label ?organizationLabel .\n  FILTER(LANG(?organizationLabel) = \"ru\")\n}\nORDER BY ?name ?roleLabel\n"
  },
  {
    "id": "cq5-magnitogorsk-round-tables",
    "title": "CQ5. Which round tables were held during the Magnitogorsk visit, and where?",
    "query": "# CQ5. Which round tables were held during the Magnitogorsk visit, and where?\n# Where: the venue organisation, or the event that hosted it (the technical forum).\nPREFIX pck:    <https://w3id.org/partner-cities-kg/ontology#>\nPREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>\nPREFIX org:    <http://www.w3.org/ns/org#>\nPREFIX foaf:   <http://xmlns.com/foaf/0.1/>\nPREFIX city:   <https://w3id.org/partner-cities-kg/id/city/>\nPREFIX auth:   <https://w3id.org/partner-cities-kg/id/authority/>\nPREFIX format: <https://w3id.org/partner-cities-kg/id/format/>\nSELECT ?roundTable ?title ?where ?whereLabel\nWHERE {\n  ?visit a pck:Visit ; pck:inCity city:magnitogorsk .\n  ?roundTable a pck:RoundTable ;\n      pck:partOf ?visit ;\n      pck:topicTitle ?title .\n  OPTIONAL { ?roundTable pck:venue ?venue }\n  OPTIONAL { ?roundTable pck:partOf ?host . FILTER(?host != ?visit) }\n  BIND(COALESCE(?venue, ?host) AS ?where)\n  ?where rdfs:label ?whereLabel .\n  FILTER(LANG(?whereLabel) = \"ru\")\n}\nORDER BY ?title\n"
  },
  {
    "id": "cq6-distance-events",
    "title": "CQ6. Which events were held at a distance (online)?",
    "query": "# CQ6. Which events were held at a distance (online)?\n# Single talks inside an event are left out, the event stands for them.\nPREFIX pck:    <https://w3id.org/partner-cities-kg/ontology#>\nPREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>\nPREFIX org:    <http://www.w3.org/ns/org#>\nPREFIX foaf:   <http://xmlns.com/foaf/0.1/>\nPREFIX city:   <https://w3id.org/partner-cities-kg/id/city/>\nPREFIX auth:   <https://w3id.org/partner-cities-kg/id/authority/>\nPREFIX format: <https://w3id.org/partner-cities-kg/id/format/>\nSELECT ?event ?label ?date\nWHERE {\n  ?event a pck:Event ;\n      pck:eventFormat format:distance ;\n      rdfs:label ?label .\n  FILTER(LANG(?label) = \"ru\")\n  FILTER NOT EXISTS { ?event a pck:Talk }\n  OPTIONAL { ?event pck:date ?day }\n  OPTIONAL { ?event pck:startDate ?start }\n  BIND(COALESCE(?day, ?start) AS ?date)\n}\nORDER BY STR(?date) ?label\n"
  },
  {
    "id": "cq7-moscow-schools-magnitogorsk-visit",
    "title": "CQ7. Which Moscow schools took part in the Magnitogorsk visit, and what came of it?",
    "query": "# CQ7. Which Moscow schools took part in the Magnitogorsk visit, and what came of it?\n# One row per Moscow school and outcome of the visit (agreements signed, decisions taken).\nPREFIX pck:    <https://w3id.org/partner-cities-kg/ontology#>\nPREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>\nPREFIX org:    <http://www.w3.org/ns/org#>\nPREFIX foaf:   <http://xmlns.com/foaf/0.1/>\nPREFIX city:   <https://w3id.org/partner-cities-kg/id/city/>\nPREFIX auth:   <https://w3id.org/partner-cities-kg/id/authority/>\nPREFIX format: <https://w3id.org/partner-cities-kg/id/format/>\nSELECT ?school ?schoolLabel ?outcome ?outcomeLabel ?countMoreThan\nWHERE {\n  ?visit a pck:Visit ; pck:inCity city:magnitogorsk ;\n      pck:participant ?school .\n  ?school a pck:School ; pck:locatedIn city:moscow ; rdfs:label ?schoolLabel .\n  FILTER(LANG(?schoolLabel) = \"ru\")\n  ?visit pck:outcome ?outcome .\n  ?outcome rdfs:label ?outcomeLabel .\n  FILTER(LANG(?outcomeLabel) = \"ru\")\n  OPTIONAL { ?outcome pck:countMoreThan ?countMoreThan }\n}\nORDER BY ?schoolLabel ?outcomeLabel\n"
  },
  {
    "id": "cq8-entities-per-source",
    "title": "CQ8. Which entities does each source article mention?",
    "query": "# CQ8. Which entities does each source article mention?\n# Per source graph: every entity it describes, with its type in our ontology.\nPREFIX pck:    <https://w3id.org/partner-cities-kg/ontology#>\nPREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>\nPREFIX org:    <http://www.w3.org/ns/org#>\nPREFIX foaf:   <http://xmlns.com/foaf/0.1/>\nPREFIX city:   <https://w3id.org/partner-cities-kg/id/city/>\nPREFIX auth:   <https://w3id.org/partner-cities-kg/id/authority/>\nPREFIX format: <https://w3id.org/partner-cities-kg/id/format/>\nSELECT ?source ?entity ?type\nWHERE {\n  GRAPH ?source {\n    ?source a pck:SourceDocument .\n    ?entity pck:mentionedIn ?source ;\n        a ?type .\n    FILTER(STRSTARTS(STR(?type), STR(pck:)))\n  }\n}\nORDER BY ?source ?entity ?type\n"
  },
  {
    "id": "full-text-search",
    "title": "Full-text search (Russian morphology): «Иванове»",
    "query": "# Full-text search with Russian morphology: «Иванове» finds Иваново.\nPREFIX text: <http://jena.apache.org/text#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nSELECT ?s ?score ?label\nWHERE { (?s ?score ?label) text:query \"Иванове\" }\nORDER BY DESC(?score)\n"
  },
  {
    "id": "entities-per-class",
    "title": "Entities per class",
    "query": "# How many entities of each class of the ontology?\nPREFIX pck: <https://w3id.org/partner-cities-kg/ontology#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nSELECT ?class ?label (COUNT(DISTINCT ?e) AS ?entities)\nWHERE {\n  ?e a ?class .\n  FILTER(STRSTARTS(STR(?class), STR(pck:)))\n  OPTIONAL { ?class rdfs:label ?label FILTER(LANG(?label) = \"ru\") }\n}\nGROUP BY ?class ?label\nORDER BY DESC(?entities)\n"
  }
];
