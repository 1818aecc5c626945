package org.partnercities.kg.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.partnercities.kg.ingest.Sentences.Sentence;
import org.partnercities.kg.vocab.Slugs;

/**
 * Organisations other than schools: education authorities and governments of a city or region
 * («управлением образования Администрации города Иванова», «Министерства образования Республики
 * Татарстан», «Правительства Москвы»), enterprises («Магнитогорский металлургический комбинат»),
 * collaborations («кластера «2М — Москва-Магнитогорск»»), and organisations by acronym
 * («МЦРКПО», «МБУ МЦ»). An authority needs its place in the phrase; one the graph knows (by name,
 * or by kind and place) is linked.
 */
final class OrganisationExtractor {

    private static final Set<String> HEADS = Set.of("управление", "департамент", "министерство", "комитет",
            "администрация", "правительство", "отдел", "мэрия");
    private static final Set<String> INNER = Set.of("образование", "и", "наука", "молодежный", "политика",
            "администрация", "город", "г", ".", "городской", "округ", "муниципальный", "район", "правительство", "по",
            "дело", "общий", "профессиональный", "региональный", "администрации", "науки", "образования", "мэрия");
    private static final Set<String> ENTERPRISE_NOUNS = Set.of("комбинат", "завод", "фабрика", "предприятие");
    private static final Set<String> COLLABORATION_NOUNS = Set.of("кластер", "консорциум", "ассоциация");
    private static final Set<String> LEGAL_FORMS = Set.of("МБУ", "МАУ", "ГБУ", "МКУ", "ГАУ", "АНО", "ФГБУ", "ГАОУ", "ГБУДО", "МБУДО");
    /** Acronyms that are not organisations of their own. */
    private static final Set<String> NOT_ORGANISATIONS = Set.of("ГБОУ", "МБОУ", "МАОУ", "МОУ", "МКОУ", "СОШ", "ООШ",
            "ГБПОУ", "МБДОУ", "МАДОУ", "МДОУ", "ОВЗ", "ВСОКО", "МЭШ", "МСО", "ЕГЭ", "ОГЭ", "ФГОС", "ИКТ", "СМИ", "РФ",
            "ТЕМП", "ВПР", "НОКО", "ДОНМ", "IT", "ИТ", "ВКС", "ОО", "МО", "ФГБОУ", "ДПО");
    static final Node EDUCATION_AUTHORITY = Vocab.pck("EducationAuthority");
    static final Node GOVERNMENT_BODY = Vocab.pck("GovernmentBody");

    private OrganisationExtractor() {}

    static void extract(Report report) {
        for (Sentence sentence : report.sentences) {
            List<Token> t = sentence.tokens();
            for (int i = 0; i < t.size(); i++) {
                if (report.inQuotes(sentence, i) || !t.get(i).isWord())
                    continue;
                int end = authority(report, sentence, i);
                if (end < 0)
                    end = enterprise(report, sentence, i);
                if (end < 0)
                    end = collaboration(report, sentence, i);
                if (end < 0)
                    end = quotedEnterprise(report, sentence, i);
                if (end < 0)
                    end = institute(report, sentence, i);
                if (end < 0)
                    end = namedInstitute(report, sentence, i);
                if (end < 0)
                    end = acronym(report, sentence, i);
                if (end > i)
                    i = end - 1;
            }
        }
    }

    private static String head(Report report, Token token) {
        for (String lemma : report.morphology.lemmas(token.text()))
            if (HEADS.contains(lemma))
                return lemma;
        return null;
    }

    /** An authority or government starting at token i; the index after it, or -1. */
    static int authority(Report report, Sentence sentence, int i) {
        List<Token> t = sentence.tokens();
        String head = head(report, t.get(i));
        int from = i;
        if (head == null && report.morphology.hasLemma(t.get(i).text(), "министр") && i + 1 < t.size()
                && report.morphology.hasLemma(t.get(i + 1).text(), "образование")) {
            head = "министерство"; // «министр образования Ивановской области»: the ministry is named through its minister
            from = i + 1;
        }
        if (head == null)
            return -1;
        Mentions.Place place = null;
        boolean education = false;
        int j = i + 1;
        int inner = -1;
        while (j < t.size()) {
            Mentions.Place at = placeAt(report, sentence, j);
            if (at != null && !at.adjective()) {
                place = at;
                j = at.to();
                break;
            }
            // «администрации Старооскольского городского округа»: the urban district named by its city's adjective.
            if (at != null && at.adjective() && at.to() + 1 < t.size() && report.morphology.hasLemma(t.get(at.to()).text(), "городской")
                    && report.morphology.hasLemma(t.get(at.to() + 1).text(), "округ")) {
                place = at;
                j = at.to() + 2;
                break;
            }
            Token token = t.get(j);
            // «министром образования региона»: the region the sentence (or else the report) names, unnamed here.
            if (education && report.morphology.hasLemma(token.text(), "регион") && !token.isCapitalized()) {
                place = regionBefore(report, sentence, j);
                if (place != null)
                    j++;
                break;
            }
            if (!INNER.contains(token.lower()) && report.morphology.lemmas(token.text()).stream().noneMatch(INNER::contains)) {
                int resumed = education ? longName(report, sentence, j) : -1;
                if (resumed < 0)
                    break;
                j = resumed;
                continue;
            }
            if (report.morphology.hasLemma(token.text(), "образование"))
                education = true;
            if (inner < 0 && j > i + 1 && head(report, token) != null)
                inner = j;
            j++;
        }
        if (place == null)
            return capitalDepartment(report, sentence, i, head);
        if (!education && !head.equals("администрация") && !head.equals("правительство") && !head.equals("мэрия"))
            return -1;
        if (inner > 0)
            authority(report, sentence, inner); // «Администрации города Иванова» inside the department's name
        Node type = education ? EDUCATION_AUTHORITY : GOVERNMENT_BODY;
        String label = Names.capitalize(head) + " " + tidy(report.span(sentence, from == i ? i + 1 : from, j));
        String placeSlug = slug(place.iri());
        String slug = education ? (place.place().kind() == Gazetteer.Kind.REGION || head.equals("министерство")
                ? placeSlug + "-ministry-of-education" : placeSlug + "-education-department")
                : head.equals("администрация") ? placeSlug + "-city-administration"
                : head.equals("мэрия") ? placeSlug + "-mayoralty" : placeSlug + "-government";
        Node fresh = Vocab.id(education ? "authority" : "organization", slug);
        Optional<Node> known = report.knowledge.organisation(label);
        if (known.isEmpty() && education)
            known = report.knowledge.organisationIn(place.iri(), type);
        if (known.isEmpty() && !education)
            known = report.knowledge.organisationIn(place.iri(), type).filter(k -> k.getURI().endsWith(slug));
        Node iri = known.orElse(fresh);
        Draft.Evidence evidence = report.evidence(sentence, from, j);
        Draft.Entity entity = report.draft.entity(iri, education ? "authority" : "organisation", label, 0.85, evidence);
        entity.types.add(type);
        entity.linked = known.isPresent();
        if (!entity.label.equals(label) && !entity.linked)
            entity.altLabels.add(label);
        Draft.Entity placeEntity = report.draft.get(place.iri());
        String english = placeEntity == null || placeEntity.englishLabel == null ? slug : placeEntity.englishLabel;
        entity.englishLabel = education ? (slug.endsWith("ministry-of-education") ? english + " Ministry of Education"
                : english + " Education Department") : head.equals("администрация") ? english + " City Administration"
                : head.equals("мэрия") ? english + " Mayoralty" : english + " Government";
        report.draft.fact(iri, Vocab.pck("locatedIn"), place.iri(), 0.9, evidence);
        if (inner > 0) {
            int innerFrom = inner;
            Mentions.Organisation parent = report.list(report.organisations, sentence.index()).stream()
                    .filter(o -> o.from() == innerFrom).findFirst().orElse(null);
            if (parent != null)
                report.draft.fact(iri, Vocab.SUB_ORGANIZATION_OF, parent.iri(), 0.8, evidence);
        }
        report.list(report.organisations, sentence.index()).add(new Mentions.Organisation(iri, from, j));
        return j;
    }

    /**
     * «Комитет образования, культуры, спорта и работы с молодёжью Администрации города X»: after «образования», the
     * other fields of an authority, listed with commas, «и» and «с», up to the capitalised administration or
     * government it belongs to. The index of that administration, or -1 when the words lead elsewhere (an institution,
     * a post, another clause).
     */
    private static int longName(Report report, Sentence sentence, int j) {
        List<Token> t = sentence.tokens();
        for (int k = j; k < t.size() && k - j < 10; k++) {
            Token token = t.get(k);
            if (token.isCapitalized() && (report.morphology.hasLemma(token.text(), "администрация")
                    || report.morphology.hasLemma(token.text(), "правительство")))
                return k > j ? k : -1;
            boolean word = token.isWord() && !token.isCapitalized()
                    && report.morphology.readings(token.text()).stream().anyMatch(r -> r.noun() || r.adjective())
                    && InstitutionExtractor.kindOf(report, t, k) == null && head(report, token) == null;
            if (!word && !token.text().equals(",") && !token.is("и") && !token.is("с"))
                return -1;
        }
        return -1;
    }

    /** The last region named before token {@code j} of the sentence, else the only region the report names; or null. */
    private static Mentions.Place regionBefore(Report report, Sentence sentence, int j) {
        Mentions.Place last = null;
        for (Mentions.Place p : report.list(report.places, sentence.index()))
            if (p.to() <= j && p.place().kind() == Gazetteer.Kind.REGION)
                last = p;
        if (last != null)
            return last;
        Set<Node> regions = new java.util.HashSet<>();
        Mentions.Place any = null;
        for (Sentence s : report.sentences)
            for (Mentions.Place p : report.list(report.places, s.index()))
                if (p.place().kind() == Gazetteer.Kind.REGION) {
                    regions.add(p.iri());
                    any = p;
                }
        return regions.size() == 1 ? any : null;
    }

    /**
     * «между министерством … и столичным департаментом»: «столичный» department or authority is Moscow's education
     * authority the report has already named (the capital's department in a report about Moscow's partners). The
     * index after it, or -1.
     */
    private static int capitalDepartment(Report report, Sentence sentence, int i, String head) {
        List<Token> t = sentence.tokens();
        if (i == 0 || !report.morphology.hasLemma(t.get(i - 1).text(), "столичный")
                || !Set.of("департамент", "управление", "министерство").contains(head))
            return -1;
        Node moscow = Vocab.id("city", "moscow");
        for (Draft.Fact f : report.draft.facts())
            if (f.predicate().equals(Vocab.pck("locatedIn")) && f.object().equals(moscow)) {
                Draft.Entity e = report.draft.get(f.subject());
                if (e != null && e.types.contains(EDUCATION_AUTHORITY)) {
                    report.list(report.organisations, sentence.index()).add(new Mentions.Organisation(e.iri, i - 1, i + 1));
                    return i + 1;
                }
            }
        return -1;
    }

    private static String tidy(String rest) {
        StringBuilder out = new StringBuilder();
        for (String word : rest.split(" ")) {
            String lower = word.toLowerCase(Locale.ROOT);
            out.append(out.length() == 0 ? "" : " ")
                    .append(Set.of("образования", "науки", "и", "города", "по").contains(lower) ? lower : word);
        }
        return out.toString();
    }

    static Mentions.Place placeAt(Report report, Sentence sentence, int token) {
        for (Mentions.Place p : report.list(report.places, sentence.index()))
            if (p.from() == token)
                return p;
        return null;
    }

    private static int enterprise(Report report, Sentence sentence, int i) {
        List<Token> t = sentence.tokens();
        if (!t.get(i).isCapitalized() || report.morphology.readings(t.get(i).text()).stream().noneMatch(Morphology.Reading::adjective))
            return -1;
        int j = i + 1;
        while (j < t.size() && t.get(j).isWord() && report.morphology.readings(t.get(j).text()).stream()
                .anyMatch(Morphology.Reading::adjective) && j - i < 4)
            j++;
        if (j >= t.size() || report.morphology.lemmas(t.get(j).text()).stream().noneMatch(ENTERPRISE_NOUNS::contains))
            return -1;
        Token noun = t.get(j);
        j++;
        String written = report.span(sentence, i, j);
        String label = noun.lower().equals(report.morphology.lemmas(noun.text()).get(0)) ? written
                : Names.capitalize(String.join(" ", t.subList(i, j).stream()
                        .map(x -> report.morphology.lemmas(x.text()).get(0)).toList()));
        Node type = Vocab.pck("Enterprise");
        Node iri = report.knowledge.organisation(label).orElse(Vocab.id("organization", Slugs.slug(label)));
        Draft.Evidence evidence = report.evidence(sentence, i, j);
        Draft.Entity entity = report.draft.entity(iri, "organisation", label, 0.75, evidence);
        entity.types.add(type);
        entity.linked = !iri.equals(Vocab.id("organization", Slugs.slug(label)));
        entity.englishLabel = Slugs.latin(label);
        for (Mentions.Place p : report.list(report.places, sentence.index()))
            if (p.from() >= i && p.to() <= j && p.place().kind() == Gazetteer.Kind.CITY)
                report.draft.fact(iri, Vocab.pck("locatedIn"), p.iri(), 0.8, evidence);
        report.list(report.organisations, sentence.index()).add(new Mentions.Organisation(iri, i, j));
        return j;
    }

    /** Nouns (lemmas, all masculine) of institutes and centres named by adjectives and a genitive tail. */
    private static final Set<String> INSTITUTE_NOUNS = Set.of("центр", "институт", "университет");
    private static final Set<String> NOT_IN_TAIL = Set.of("и", "в", "во", "на", "с", "со", "по", "для", "из", "к", "о", "об",
            "от", "до", "при", "как", "что", "который", "а", "но");

    /**
     * «Московском центре развития кадрового потенциала образования», «Адыгейский республиканский институт
     * повышения квалификации»: capitalised adjectives, an institute or centre, and the genitive words of its
     * name, put in the nominative. Linked when the graph knows the name (МЦРКПО by its full name).
     */
    private static int institute(Report report, Sentence sentence, int i) {
        List<Token> t = sentence.tokens();
        if (!t.get(i).isCapitalized() || i > 0 && t.get(i - 1).text().equals("«")
                || report.morphology.readings(t.get(i).text()).stream().noneMatch(Morphology.Reading::adjective))
            return -1;
        int j = i + 1;
        while (j < t.size() && j - i < 3 && t.get(j).isWord() && !t.get(j).isCapitalized()
                && report.morphology.readings(t.get(j).text()).stream().anyMatch(Morphology.Reading::adjective)
                && report.morphology.lemmas(t.get(j).text()).stream().noneMatch(INSTITUTE_NOUNS::contains))
            j++;
        if (j >= t.size() || report.morphology.lemmas(t.get(j).text()).stream().noneMatch(INSTITUTE_NOUNS::contains))
            return -1;
        int noun = j;
        int end = noun + 1;
        while (end < t.size() && end - noun <= 5 && t.get(end).isWord() && !t.get(end).isCapitalized()
                && !NOT_IN_TAIL.contains(t.get(end).lower()) && report.morphology.readings(t.get(end).text()).stream()
                        .anyMatch(r -> r.noun() || r.adjective()))
            end++;
        if (end == noun + 1)
            return -1; // «Московский центр» alone names no one in particular
        List<String> words = new java.util.ArrayList<>();
        for (int w = i; w <= noun; w++) {
            boolean adjective = w < noun;
            String lemma = report.morphology.readings(t.get(w).text()).stream()
                    .filter(r -> adjective ? r.adjective() : r.noun()).map(Morphology.Reading::lemma).findFirst().orElse(t.get(w).lower());
            words.add(w == i ? Names.capitalize(lemma) : lemma);
        }
        String label = String.join(" ", words) + " " + report.span(sentence, noun + 1, end);
        Optional<Node> known = report.knowledge.organisation(label);
        Node iri = known.orElse(Vocab.id("organization", Slugs.slug(label)));
        Draft.Evidence evidence = report.evidence(sentence, i, end);
        Draft.Entity entity = report.draft.entity(iri, "organisation", label, 0.7, evidence);
        String lower = label.toLowerCase(Locale.ROOT);
        entity.types.add(lower.contains("квалификац") || lower.contains("кадров") ? Vocab.pck("TrainingCentre") : Vocab.pck("Organization"));
        entity.linked = known.isPresent();
        if (!entity.linked)
            entity.englishLabel = Slugs.latin(label);
        for (Mentions.Place p : report.list(report.places, sentence.index()))
            if (p.from() >= i && p.to() <= noun && p.place().kind() == Gazetteer.Kind.CITY)
                report.draft.fact(iri, Vocab.pck("locatedIn"), p.iri(), 0.8, evidence);
        report.list(report.organisations, sentence.index()).add(new Mentions.Organisation(iri, i, end));
        return end;
    }

    /**
     * «Института развития образования Псковской области», «Центра повышения квалификации и методической поддержки
     * педагогов»: a capitalised institute or centre inside a sentence (a proper name, not the generic noun), at least
     * two lowercase genitive words of its name («и» between them allowed), and the region or city it belongs to when
     * one follows. The noun is put in the nominative; the place, when there, is part of the name and its location.
     */
    private static int namedInstitute(Report report, Sentence sentence, int i) {
        List<Token> t = sentence.tokens();
        if (i == 0 || !t.get(i).isCapitalized() || t.get(i - 1).text().equals("«") || t.get(i).isAcronym())
            return -1;
        String noun = report.morphology.readings(t.get(i).text()).stream().filter(Morphology.Reading::noun)
                .map(Morphology.Reading::lemma).filter(INSTITUTE_NOUNS::contains).findFirst().orElse(null);
        if (noun == null)
            return -1;
        int end = i + 1;
        int words = 0;
        while (end < t.size() && end - i <= 9 && t.get(end).isWord() && !t.get(end).isCapitalized()) {
            boolean nominal = report.morphology.readings(t.get(end).text()).stream().anyMatch(r -> r.noun() || r.adjective());
            boolean and = t.get(end).is("и") && words > 0 && end + 1 < t.size() && t.get(end + 1).isWord()
                    && !t.get(end + 1).isCapitalized() && report.morphology.readings(t.get(end + 1).text()).stream()
                            .anyMatch(r -> r.noun() || r.adjective());
            if (!and && (NOT_IN_TAIL.contains(t.get(end).lower()) || !nominal || placeAt(report, sentence, end) != null))
                break;
            if (!and)
                words++;
            end++;
        }
        if (words < 2)
            return -1;
        Mentions.Place place = end < t.size() ? placeAt(report, sentence, end) : null;
        if (place != null && place.adjective())
            place = null;
        int nameEnd = place == null ? end : place.to();
        String label = Names.capitalize(noun) + " " + report.span(sentence, i + 1, nameEnd);
        Optional<Node> known = report.knowledge.organisation(label);
        Node iri = known.orElse(Vocab.id("organization", Slugs.slug(label)));
        Draft.Evidence evidence = report.evidence(sentence, i, nameEnd);
        Draft.Entity entity = report.draft.entity(iri, "organisation", label, 0.7, evidence);
        String lower = label.toLowerCase(Locale.ROOT);
        entity.types.add(lower.contains("квалификац") || lower.contains("кадров") || lower.contains("развития образования")
                ? Vocab.pck("TrainingCentre") : Vocab.pck("Organization"));
        entity.linked = known.isPresent();
        if (!entity.linked)
            entity.englishLabel = Slugs.latin(label);
        if (place != null)
            report.draft.fact(iri, Vocab.pck("locatedIn"), place.iri(), 0.8, evidence);
        report.list(report.organisations, sentence.index()).add(new Mentions.Organisation(iri, i, nameEnd));
        return nameEnd;
    }

    /**
     * «вместе с предприятием «Северсталь-Авто»», «на заводе «Электроприбор»»: an enterprise noun and the name in quotes
     * right after it. The enterprise is called by its name; the city of the sentence named inside it is its place.
     */
    private static int quotedEnterprise(Report report, Sentence sentence, int i) {
        List<Token> t = sentence.tokens();
        if (i + 1 >= t.size() || !t.get(i + 1).text().equals("«") || t.get(i).isCapitalized()
                || report.morphology.lemmas(t.get(i).text()).stream().noneMatch(ENTERPRISE_NOUNS::contains))
            return -1;
        int close = closing(t, i + 1);
        if (close < 0 || close == i + 2)
            return -1;
        String name = report.span(sentence, i + 2, close);
        Optional<Node> known = report.knowledge.organisation(name);
        Node iri = known.orElse(Vocab.id("organization", Slugs.slug(name)));
        Draft.Evidence evidence = report.evidence(sentence, i, close + 1);
        Draft.Entity entity = report.draft.entity(iri, "organisation", name, 0.7, evidence);
        entity.types.add(Vocab.pck("Enterprise"));
        entity.linked = known.isPresent();
        if (!entity.linked)
            entity.englishLabel = Slugs.latin(name);
        report.list(report.organisations, sentence.index()).add(new Mentions.Organisation(iri, i, close + 1));
        return close + 1;
    }

    private static int collaboration(Report report, Sentence sentence, int i) {
        List<Token> t = sentence.tokens();
        String noun = report.morphology.lemmas(t.get(i).text()).stream().filter(COLLABORATION_NOUNS::contains).findFirst().orElse(null);
        if (noun == null || i + 1 >= t.size() || !t.get(i + 1).text().equals("«"))
            return -1;
        int close = closing(t, i + 1);
        if (close < 0)
            return -1;
        String title = report.span(sentence, i + 2, close);
        String label = Names.capitalize(noun) + " «" + title + "»";
        Node iri = report.knowledge.organisation(label).orElse(Vocab.id("organization", Slugs.slug(noun.equals("кластер")
                ? "cluster " + title : noun + " " + title)));
        Draft.Evidence evidence = report.evidence(sentence, i, close + 1);
        Draft.Entity entity = report.draft.entity(iri, "organisation", label, 0.8, evidence);
        entity.types.add(Vocab.pck("Collaboration"));
        entity.altLabels.add(title);
        entity.englishLabel = Names.capitalize(noun.equals("кластер") ? "cluster" : Slugs.latin(noun)) + " “" + Slugs.latin(title) + "”";
        String lower = sentence.text().toLowerCase(Locale.ROOT);
        Node status = lower.contains("решение") ? Vocab.id("status", "decided")
                : lower.contains("планир") || lower.contains("будет созда") ? Vocab.id("status", "planned") : null;
        if (status != null)
            report.draft.fact(iri, Vocab.pck("status"), status, 0.7, evidence);
        for (Mentions.Place p : report.list(report.places, sentence.index()))
            if (p.from() > i && p.to() <= close && p.place().kind() == Gazetteer.Kind.CITY)
                report.draft.fact(iri, Vocab.pck("involvesCity"), p.iri(), 0.7, evidence);
        report.list(report.organisations, sentence.index()).add(new Mentions.Organisation(iri, i, close + 1));
        return close + 1;
    }

    private static int acronym(Report report, Sentence sentence, int i) {
        List<Token> t = sentence.tokens();
        Token token = t.get(i);
        if (!token.isAcronym() || NOT_ORGANISATIONS.contains(token.text()))
            return -1;
        int j = i + 1;
        if (LEGAL_FORMS.contains(token.text())) {
            if (j >= t.size() || !(t.get(j).isAcronym() || t.get(j).isCapitalized() && t.get(j).isWord()))
                return -1;
            j++;
        } else {
            Optional<Node> known = report.knowledge.organisation(token.text());
            boolean listed = i >= 2 && (t.get(i - 1).is("и") || t.get(i - 1).text().equals(","))
                    && report.list(report.organisations, sentence.index()).stream().anyMatch(o -> o.to() == i - 1);
            if (known.isEmpty() && !listed || token.text().length() < 3)
                return -1;
        }
        String label = report.span(sentence, i, j);
        Optional<Node> known = report.knowledge.organisation(label);
        String upper = label.toUpperCase(Locale.ROOT);
        Node type = upper.endsWith("МЦ") || upper.contains("МЕТОДИЧ") ? Vocab.pck("MethodologicalCentre")
                : upper.contains("КПО") || upper.contains("ИРО") || upper.contains("ИПК") ? Vocab.pck("TrainingCentre")
                : Vocab.pck("Organization");
        Node iri = known.orElse(Vocab.id("organization", Slugs.slug(label)));
        Draft.Evidence evidence = report.evidence(sentence, i, j);
        Draft.Entity entity = report.draft.entity(iri, "organisation", label, 0.6, evidence);
        entity.types.add(type);
        entity.linked = known.isPresent();
        entity.englishLabel = Slugs.latin(label).toUpperCase(Locale.ROOT);
        if (LEGAL_FORMS.contains(token.text()) && token.text().startsWith("М") && report.homeCity != null)
            report.draft.fact(iri, Vocab.pck("locatedIn"), report.homeCity, 0.6, evidence);
        report.list(report.organisations, sentence.index()).add(new Mentions.Organisation(iri, i, j));
        return j;
    }

    static int closing(List<Token> t, int open) {
        int depth = 0;
        for (int k = open; k < t.size(); k++) {
            if (t.get(k).text().equals("«"))
                depth++;
            else if (t.get(k).text().equals("»") && --depth == 0)
                return k;
        }
        return -1;
    }

    static String slug(Node iri) {
        return iri.getURI().substring(iri.getURI().lastIndexOf('/') + 1);
    }

}
