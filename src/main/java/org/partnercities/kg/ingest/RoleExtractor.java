package org.partnercities.kg.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.partnercities.kg.ingest.Sentences.Sentence;

/**
 * People in roles: «директор ивановской школы №56 Ситнова Елена Владимировна», «Министр
 * Правительства Москвы, Руководитель Департамента … И.И. Калина» (two roles, one person),
 * «Директор школы Наталья Никифорова» (the school last named), «начальника Департамента Образования
 * Рязани» (a post with no name: the post holder becomes a person of the draft). Each becomes an
 * org:Membership of person, organisation and role.
 */
final class RoleExtractor {

    record Role(String slug, String russian) {}

    static final Role DIRECTOR = new Role("director", "директор");
    static final Role DEPUTY = new Role("deputy-director", "заместитель директора");
    static final Role HEAD = new Role("head-of-department", "руководитель");
    static final Role MINISTER = new Role("minister", "министр");
    static final Role TEACHER = new Role("teacher", "учитель");
    static final Role COORDINATOR = new Role("regional-coordinator", "региональный координатор");
    static final Role MSO_HEAD = new Role("head-of-municipal-education", "руководитель МСО");

    // «заведующая детским садом» heads it (the role of a director); «преподаватель колледжа» teaches there.
    private static final Map<String, Role> NOUNS = Map.ofEntries(Map.entry("директор", DIRECTOR), Map.entry("заместитель", DEPUTY),
            Map.entry("начальник", HEAD), Map.entry("руководитель", HEAD), Map.entry("глава", HEAD), Map.entry("председатель", HEAD),
            Map.entry("министр", MINISTER), Map.entry("учитель", TEACHER), Map.entry("преподаватель", TEACHER),
            Map.entry("заведующий", DIRECTOR), Map.entry("заведующая", DIRECTOR), Map.entry("заведовать", DIRECTOR));
    /** Heads of authorities, by which a post names the report's education authority without its name. */
    private static final java.util.Set<String> AUTHORITY_NOUNS = java.util.Set.of("управление", "департамент", "комитет");

    /** A role phrase: the role, its organisation, tokens from..to. */
    private record Phrase(Role role, Node organisation, int from, int to) {}

    private RoleExtractor() {}

    static void extract(Report report) {
        Earlier lastInstitution = new Earlier(report);
        for (Sentence sentence : report.sentences) {
            List<Token> t = sentence.tokens();
            List<Phrase> chain = new ArrayList<>();
            for (int i = 0; i < t.size(); i++) {
                Phrase phrase = phrase(report, sentence, i, lastInstitution);
                if (phrase == null)
                    continue;
                chain.add(phrase);
                int next = phrase.to();
                while (next < t.size() && t.get(next).text().equals(","))
                    next++;
                if (next < t.size() && phrase(report, sentence, next, lastInstitution) != null) {
                    i = next - 1;
                    continue;
                }
                Mentions.Person person = personAt(report, sentence, next);
                if (person == null && chain.get(0).from() >= 2 && t.get(chain.get(0).from() - 1).text().equals(","))
                    person = personEndingAt(report, sentence, chain.get(0).from() - 1);
                for (Phrase p : chain)
                    membership(report, sentence, p, person == null ? null : person.iri(), person == null ? p.to() : person.to());
                chain.clear();
                i = Math.max(i, (person == null ? phrase.to() : Math.max(person.to(), phrase.to())) - 1);
            }
            coordinator(report, sentence);
            lastInstitution.read(sentence);
        }
    }

    /**
     * «Координатором проекта назначен методист Центра … Петров Иван Сергеевич», «Работу координирует проректор
     * Института … Анна Павловна Орлова»: in a clause about coordinating, a person named right after an organisation
     * that follows a post noun is the regional coordinator, as a member of that organisation.
     */
    private static void coordinator(Report report, Sentence sentence) {
        List<Token> t = sentence.tokens();
        boolean coordinating = t.stream().anyMatch(x -> x.isWord() && (report.morphology.hasLemma(x.text(), "координатор")
                || report.morphology.hasLemma(x.text(), "координировать")));
        if (!coordinating)
            return;
        for (Mentions.Organisation o : report.list(report.organisations, sentence.index())) {
            Mentions.Person person = personAt(report, sentence, o.to());
            if (person == null || o.from() == 0 || !t.get(o.from() - 1).isWord() || t.get(o.from() - 1).isCapitalized()
                    || report.morphology.readings(t.get(o.from() - 1).text()).stream().noneMatch(Morphology.Reading::noun)
                    || report.morphology.lemmas(t.get(o.from() - 1).text()).stream().anyMatch(NOUNS::containsKey))
                continue; // a head or director of it holds that post, not the coordinator's
            Draft.Entity org = report.draft.get(o.iri());
            if (org == null || org.types.contains(Vocab.pck("Group")))
                continue;
            membership(report, report.evidence(sentence, o.from() - 1, person.to()), person.iri(), COORDINATOR, o.iri(), 0.65);
        }
    }

    /**
     * The institution a role noun followed by a kind of institution refers to («Директор лицея», «преподаватель
     * колледжа», «Заведующая детским садом»): the last one of that kind named before it, in its sentence or
     * earlier, else (as before kinds were told apart) the last institution of any kind before its sentence.
     */
    static final class Earlier {
        private final Report report;
        private final Map<Node, Node> lastOfKind = new java.util.HashMap<>();
        private Node last;

        Earlier(Report report) {
            this.report = report;
        }

        /** The institution a kind refers to at token {@code i} of a sentence, or null. */
        Node of(Sentence sentence, int i, InstitutionExtractor.Kind kind) {
            Node type = Vocab.pck(kind.local());
            Node here = null;
            for (Mentions.Institution m : report.list(report.institutions, sentence.index()))
                if (m.to() <= i && hasType(m.iri(), type))
                    here = m.iri();
            if (here != null)
                return here;
            return lastOfKind.getOrDefault(type, last);
        }

        /** Takes in the institutions a sentence names, in order. */
        void read(Sentence sentence) {
            for (Mentions.Institution m : report.list(report.institutions, sentence.index())) {
                last = m.iri();
                Draft.Entity entity = report.draft.get(m.iri());
                if (entity != null)
                    entity.types.forEach(type -> lastOfKind.put(type, m.iri()));
            }
        }

        private boolean hasType(Node iri, Node type) {
            Draft.Entity entity = report.draft.get(iri);
            return entity != null && entity.types.contains(type);
        }
    }

    private static Phrase phrase(Report report, Sentence sentence, int i, Earlier earlier) {
        List<Token> t = sentence.tokens();
        if (i >= t.size() || !t.get(i).isWord() || report.inQuotes(sentence, i))
            return null;
        Role role = null;
        for (String lemma : report.morphology.lemmas(t.get(i).text()))
            if (role == null)
                role = NOUNS.get(lemma);
        if (role == null)
            return null;
        int j = i + 1;
        if (role == DEPUTY) {
            if (j < t.size() && report.morphology.hasLemma(t.get(j).text(), "директор"))
                j++;
            else
                return null;
        }
        if (j < t.size() && (t.get(j).is("мсо") || j + 2 < t.size() && report.morphology.hasLemma(t.get(j).text(), "муниципальный")
                && report.morphology.hasLemma(t.get(j + 1).text(), "система"))) {
            Node authority = homeAuthority(report);
            int end = t.get(j).is("мсо") ? j + 1 : j + 3;
            return authority == null ? null : new Phrase(MSO_HEAD, authority, i, end);
        }
        // The organisation right after the role noun, perhaps after a city adjective («директор ивановской школы»).
        for (int k = j; k <= j + 1 && k < t.size(); k++) {
            for (Mentions.Organisation o : report.list(report.organisations, sentence.index()))
                if (o.from() == k)
                    return new Phrase(role == DIRECTOR ? HEAD : role, o.iri(), i, o.to());
            for (Mentions.Institution s : report.list(report.institutions, sentence.index()))
                if (s.from() == k)
                    return new Phrase(role == HEAD ? DIRECTOR : role, s.iri(), i, maxTo(report, sentence, s));
        }
        int noun = j;
        InstitutionExtractor.Kind kind = noun < t.size() ? InstitutionExtractor.kindOf(report, t, noun) : null;
        Node institution = kind == null ? null : earlier.of(sentence, i, kind);
        if (institution != null && report.list(report.institutions, sentence.index()).stream().noneMatch(s -> s.from() == noun))
            return new Phrase(role == HEAD ? DIRECTOR : role, institution, i,
                    kind == InstitutionExtractor.KINDERGARTEN && !t.get(noun).lower().startsWith("детсад") ? noun + 2 : noun + 1);
        return impliedAuthority(report, sentence, role, i, j);
    }

    /**
     * «начальник управления образования Ирина Анатольевна Юрченко», «начальник управления Соколова Анна
     * Николаевна»: a head of an authority that is not named, right before a person, heads the report's own
     * city's education authority, when the report names one.
     */
    private static Phrase impliedAuthority(Report report, Sentence sentence, Role role, int i, int j) {
        List<Token> t = sentence.tokens();
        if (role != HEAD || j >= t.size() || report.morphology.lemmas(t.get(j).text()).stream().noneMatch(AUTHORITY_NOUNS::contains))
            return null;
        int end = j + 1;
        if (end < t.size() && report.morphology.hasLemma(t.get(end).text(), "образование"))
            end++;
        Node authority = homeAuthority(report);
        return authority == null || personAt(report, sentence, end) == null ? null : new Phrase(HEAD, authority, i, end);
    }

    private static int maxTo(Report report, Sentence sentence, Mentions.Institution first) {
        int to = first.to();
        for (Mentions.Institution s : report.list(report.institutions, sentence.index()))
            if (s.from() == first.from())
                to = Math.max(to, s.to());
        return to;
    }

    private static Node homeAuthority(Report report) {
        if (report.homeCity == null)
            return null;
        for (Draft.Fact f : report.draft.facts())
            if (f.predicate().equals(Vocab.pck("locatedIn")) && f.object().equals(report.homeCity)) {
                Draft.Entity e = report.draft.get(f.subject());
                if (e != null && e.types.contains(OrganisationExtractor.EDUCATION_AUTHORITY))
                    return e.iri;
            }
        return null;
    }

    private static Mentions.Person personAt(Report report, Sentence sentence, int token) {
        for (Mentions.Person p : report.list(report.people, sentence.index()))
            if (p.from() == token)
                return p;
        return null;
    }

    private static Mentions.Person personEndingAt(Report report, Sentence sentence, int token) {
        for (Mentions.Person p : report.list(report.people, sentence.index()))
            if (p.to() == token)
                return p;
        return null;
    }

    private static void membership(Report report, Sentence sentence, Phrase phrase, Node person, int end) {
        Draft.Evidence evidence = report.evidence(sentence, phrase.from(), end);
        Draft.Entity organisation = report.draft.get(phrase.organisation());
        String orgSlug = OrganisationExtractor.slug(phrase.organisation());
        if (person == null) {
            Token noun = sentence.tokens().get(phrase.from());
            boolean plural = report.morphology.readings(noun.text()).stream().filter(Morphology.Reading::noun)
                    .allMatch(Morphology.Reading::plural);
            if (phrase.role() != HEAD && phrase.role() != MSO_HEAD || plural)
                return; // a teacher or director without a name, or heads in general, are nobody in particular
            String written = report.span(sentence, phrase.from(), phrase.to());
            String label = Names.capitalize(report.morphology.lemmas(sentence.tokens().get(phrase.from()).text()).get(0))
                    + written.substring(written.indexOf(' ') < 0 ? written.length() : written.indexOf(' '));
            String base = orgSlug.replace("-department", "").replace("-ministry-of", "");
            person = Vocab.id("person", phrase.role() == MSO_HEAD ? slugOfCity(report.homeCity) + "-mso-head" : base + "-head");
            Draft.Entity holder = report.draft.entity(person, "person", label, 0.6, evidence);
            holder.types.add(Vocab.pck("Person"));
            holder.englishLabel = "Head of " + (organisation == null || organisation.englishLabel == null ? orgSlug : organisation.englishLabel);
            report.draft.fact(person, Vocab.NOTE, org.apache.jena.graph.NodeFactory.createLiteralLang(
                    "The report names the post, not the person.", "en"), 0.6, null);
            report.list(report.people, sentence.index()).add(new Mentions.Person(person, phrase.from(), phrase.to()));
        }
        membership(report, evidence, person, phrase.role(), phrase.organisation(), 0.75);
    }

    /** The org:Membership of a person in a role at an organisation. */
    static Node membership(Report report, Draft.Evidence evidence, Node person, Role role, Node organisation, double confidence) {
        Draft.Entity member = report.draft.get(person);
        Draft.Entity org = report.draft.get(organisation);
        Node iri = Vocab.id("membership", OrganisationExtractor.slug(person) + "-" + role.slug() + "-"
                + OrganisationExtractor.slug(organisation));
        Draft.Entity m = report.draft.entity(iri, "membership", member.label + " — " + role.russian()
                + (org == null ? "" : ", " + org.label), confidence, evidence);
        m.types.add(Vocab.pck("Membership"));
        report.draft.fact(iri, Vocab.MEMBER, person, confidence, evidence);
        report.draft.fact(iri, Vocab.ORGANIZATION, organisation, confidence, evidence);
        report.draft.fact(iri, Vocab.ROLE, Vocab.id("role", role.slug()), confidence, evidence);
        return iri;
    }

    private static String slugOfCity(Node city) {
        return city == null ? "home" : OrganisationExtractor.slug(city);
    }
}
