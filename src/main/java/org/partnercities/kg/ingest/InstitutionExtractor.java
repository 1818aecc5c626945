package org.partnercities.kg.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.partnercities.kg.ingest.Sentences.Sentence;
import org.partnercities.kg.vocab.Slugs;

/**
 * Schools and other institutions with their numbers: «школа № 56», «школ №21, 67, 29» (one mention,
 * three schools), «ГБОУ Школа № 1468», «гимназия № 53», «лицей № 4», «школа-интернат для детей с
 * ОВЗ №3», colleges and kindergartens, and named ones («гимназия «Универс»»). A number alone never
 * identifies a school; the city does, read in this order: the city's adjective before it
 * («ивановской школы»), the city after it («города Москвы», «нашего города»), four-digit numbers
 * and state budget schools (ГБОУ) for Moscow, the city the report gave the same kind and number
 * before («лицей № 2» after «тульского лицея № 2»), the city named in the sentence, then the city of
 * the paragraph or the report.
 */
final class InstitutionExtractor {

    /** A kind of institution: its class, the slug part and the Russian word for labels. */
    record Kind(String local, String slugPart, String word, String english) {}

    static final Kind SCHOOL = new Kind("School", "", "Школа", "School");
    static final Kind BOARDING = new Kind("BoardingSchool", "boarding-school-", "Школа-интернат", "Boarding school");
    static final Kind GYMNASIUM = new Kind("Gymnasium", "gymnasium-", "Гимназия", "Gymnasium");
    static final Kind LYCEUM = new Kind("Lyceum", "lyceum-", "Лицей", "Lyceum");
    static final Kind COLLEGE = new Kind("College", "college-", "Колледж", "College");
    static final Kind KINDERGARTEN = new Kind("Kindergarten", "kindergarten-", "Детский сад", "Kindergarten");

    private static final Map<String, Kind> NOUNS = Map.of("школа", SCHOOL, "гимназия", GYMNASIUM, "лицей", LYCEUM,
            "колледж", COLLEGE, "техникум", COLLEGE, "детсад", KINDERGARTEN, "школа-интернат", BOARDING);
    private static final Map<String, Kind> ACRONYMS = Map.of("ГБОУ", SCHOOL, "МБОУ", SCHOOL, "МАОУ", SCHOOL, "МОУ", SCHOOL,
            "МКОУ", SCHOOL, "СОШ", SCHOOL, "ГБПОУ", COLLEGE, "МБДОУ", KINDERGARTEN, "МАДОУ", KINDERGARTEN, "МДОУ", KINDERGARTEN);
    private static final Set<String> MODIFIER_STARTS = Set.of("с", "для", "имени", "им");
    static final String HOME = "home";

    private InstitutionExtractor() {}

    static void extract(Report report) {
        Map<String, Node> named = new HashMap<>();
        for (Sentence sentence : report.sentences) {
            List<Token> tokens = sentence.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                if (report.inQuotes(sentence, i))
                    continue;
                int next = read(report, sentence, i, named);
                if (next > i)
                    i = next - 1;
            }
        }
    }

    /**
     * Reads an institution mention starting at token i; the index after it, or i if there is none.
     * {@code named} holds the city of each kind and number the report has named with its city so far.
     */
    private static int read(Report report, Sentence sentence, int i, Map<String, Node> named) {
        List<Token> t = sentence.tokens();
        Token token = t.get(i);
        boolean stateBudget = false;
        Kind kind = null;
        int k = i;
        if (ACRONYMS.containsKey(token.text())) {
            stateBudget = token.text().startsWith("ГБ");
            kind = ACRONYMS.get(token.text());
            if (k + 1 < t.size() && kindOf(report, t, k + 1) != null) {
                kind = kindOf(report, t, k + 1);
                k++;
            }
        } else {
            kind = kindOf(report, t, i);
            if (kind == KINDERGARTEN && !t.get(i).lower().startsWith("детсад"))
                k++; // «детский сад»: two words
        }
        if (kind == null)
            return i;
        int j = k + 1;
        // A modifier between the noun and the number: «с углублённым изучением математики», «для детей с ОВЗ».
        int modifierFrom = -1;
        int modifierTo = -1;
        if (j < t.size() && MODIFIER_STARTS.contains(t.get(j).lower())) {
            int m = j;
            while (m < t.size() && m - j < 7 && !t.get(m).text().equals("№") && (t.get(m).isWord() || t.get(m).text().equals(".")))
                m++;
            if (m < t.size() && t.get(m).text().equals("№")) {
                modifierFrom = j;
                modifierTo = m;
                j = m;
            }
        }
        // «Колледж малого бизнеса № 4», «колледжа связи № 54»: a college's name in the genitive before its number.
        boolean nameBefore = false;
        if (modifierFrom < 0 && kind == COLLEGE) {
            int m = j;
            while (m < t.size() && m - j < 3 && t.get(m).isWord() && !t.get(m).isCapitalized()
                    && !Set.of("и", "или", "а", "в").contains(t.get(m).lower()) && kindOf(report, t, m) == null)
                m++;
            if (m > j && m < t.size() && t.get(m).text().equals("№")) {
                modifierFrom = j;
                modifierTo = m;
                nameBefore = true;
                j = m;
            }
        }
        List<String> numbers = new ArrayList<>();
        boolean sign = j < t.size() && t.get(j).text().equals("№");
        if (sign)
            j++;
        if (j < t.size() && t.get(j).isNumber() && t.get(j).text().length() <= 4 && (sign || !dateOrCount(report, t, j))) {
            numbers.add(t.get(j).text());
            j++;
            // «№21, 67,29», «№1208 и №1580», «№1208, №1580»
            while (j + 1 < t.size() && (t.get(j).text().equals(",") || t.get(j).is("и"))) {
                int n = j + 1;
                if (n < t.size() && t.get(n).text().equals("№"))
                    n++;
                if (n < t.size() && t.get(n).isNumber() && t.get(n).text().length() <= 4 && !dateOrCount(report, t, n)) {
                    numbers.add(t.get(n).text());
                    j = n + 1;
                } else {
                    break;
                }
            }
        }
        String name = null;
        if (numbers.isEmpty() && j < t.size() && t.get(j).text().equals("«")) {
            int close = j + 1;
            while (close < t.size() && !t.get(close).text().equals("»"))
                close++;
            if (close < t.size() && close - j <= 6) {
                name = report.span(sentence, j + 1, close);
                j = close + 1;
            }
        }
        int from = i;
        if (numbers.isEmpty() && name == null && (kind == COLLEGE || kind == LYCEUM || kind == GYMNASIUM) && k == i) {
            // «Кинешемского политехнического колледжа»: named by adjectives, the first capitalised.
            int a = i;
            while (a > 0 && t.get(a - 1).isWord() && report.morphology.readings(t.get(a - 1).text()).stream()
                    .anyMatch(Morphology.Reading::adjective) && i - a < 4)
                a--;
            while (a < i && !t.get(a).isCapitalized())
                a++;
            if (a < i && a > 0) {
                List<String> words = new ArrayList<>();
                for (int w = a; w <= i; w++) {
                    boolean adjective = w < i;
                    String word = report.morphology.readings(t.get(w).text()).stream()
                            .filter(r -> adjective ? r.adjective() : r.noun()).map(Morphology.Reading::lemma).findFirst()
                            .orElse(t.get(w).lower());
                    // «Адыгейской республиканской гимназии» → «Адыгейская республиканская гимназия»: the adjectives agree.
                    words.add(adjective && kind == GYMNASIUM ? word.replaceAll("(ий|ый|ой)$", "ая") : word);
                }
                name = Names.capitalize(String.join(" ", words));
                from = a;
            }
        }
        if (numbers.isEmpty() && name == null)
            return i;
        String modifier = modifierFrom < 0 ? null : report.span(sentence, modifierFrom, modifierTo);
        Located city = from < i ? namedCity(report, sentence, from, i) : null;
        if (city == null)
            city = city(report, sentence, from, j, numbers, stateBudget, kind, named);
        // A school named again by its number keeps the city it was first named with, whatever gave it.
        Node first = city.city();
        if (first != null && !stateBudget)
            for (String number : numbers)
                named.putIfAbsent(kind.local() + ":" + number, first);
        i = from;
        for (String number : numbers) {
            Node iri = entity(report, sentence, i, j, kind, number, name, modifier, stateBudget, city, nameBefore);
            report.list(report.institutions, sentence.index()).add(new Mentions.Institution(iri, i, j));
        }
        if (name != null) {
            Node iri = entity(report, sentence, i, j, kind, null, name, modifier, stateBudget, city, false);
            report.list(report.institutions, sentence.index()).add(new Mentions.Institution(iri, i, j));
        }
        return j;
    }

    /** «2 раза», «20 декабря», «5 лет»: a number that is not a school's. */
    private static boolean dateOrCount(Report report, List<Token> t, int n) {
        if (n + 1 >= t.size())
            return false;
        Token after = t.get(n + 1);
        return after.isWord() && (DateExtractor.MONTHS.keySet().stream().anyMatch(m -> report.morphology.hasLemma(after.text(), m))
                || Set.of("раз", "год", "час", "день", "человек", "процент", "класс", "ученик").stream()
                        .anyMatch(w -> report.morphology.hasLemma(after.text(), w)));
    }

    static Kind kindOf(Report report, List<Token> t, int i) {
        Token token = t.get(i);
        if (!token.isWord())
            return null;
        String lower = token.lower();
        if (lower.startsWith("школ") && lower.contains("-интернат"))
            return BOARDING;
        // «детских садов № 8, 51 и 74» lists kindergartens as «школ № 7, 24» lists schools: any form of «детский сад».
        if (lower.equals("детский") || lower.equals("детского") || lower.equals("детском") || lower.equals("детскому")
                || lower.equals("детским") || lower.equals("детских") || lower.equals("детские") || lower.equals("детскими")) {
            return i + 1 < t.size() && report.morphology.hasLemma(t.get(i + 1).text(), "сад") ? KINDERGARTEN : null;
        }
        for (String lemma : report.morphology.lemmas(token.text())) {
            Kind kind = NOUNS.get(lemma);
            if (kind != null && kind != KINDERGARTEN)
                return kind;
            if (kind == KINDERGARTEN)
                return KINDERGARTEN;
        }
        return null;
    }

    /** The city whose adjective is part of an institution's name («Кинешемский … колледж»). */
    private static Located namedCity(Report report, Sentence sentence, int from, int to) {
        for (Mentions.Place p : report.list(report.places, sentence.index()))
            if (p.adjective() && p.from() >= from && p.to() <= to && p.place().kind() == Gazetteer.Kind.CITY)
                return new Located(p.iri(), 0.8);
        return null;
    }

    /** The city of an institution, with how sure we are. */
    record Located(Node city, double confidence) {}

    private static Located city(Report report, Sentence sentence, int from, int to, List<String> numbers, boolean stateBudget,
                                Kind kind, Map<String, Node> named) {
        Located attached = attachedCity(report, sentence, from, to);
        if (attached != null) {
            if (attached.city() != null)
                numbers.forEach(n -> named.put(kind.local() + ":" + n, attached.city()));
            return attached;
        }
        if (stateBudget || numbers.stream().anyMatch(n -> n.length() == 4)) {
            Optional<Gazetteer.Place> moscow = report.gazetteer.byName("Москва");
            if (moscow.isPresent())
                return new Located(report.place(moscow.get(), null, 0.6), 0.6);
        }
        // «лицей № 2» again after «тульского лицея № 2»: the same lyceum, whatever other city the sentence names.
        Node before = numbers.isEmpty() ? null : named.get(kind.local() + ":" + numbers.get(0));
        if (before != null)
            return new Located(before, 0.8);
        Node delegation = delegationCity(report, sentence);
        if (delegation != null)
            return new Located(delegation, 0.7);
        List<Mentions.Place> places = report.list(report.places, sentence.index()).stream()
                .filter(p -> p.place().kind() == Gazetteer.Kind.CITY).toList();
        // The nearest city before it in the sentence («из Нальчика — команды школ №5, 9, 27 …, из Прохладного —
        // команда лицея № 3»), else the nearest after it.
        Mentions.Place nearest = null;
        for (Mentions.Place p : places)
            if (!report.inQuotes(sentence, p.from()) && p.from() < from && (nearest == null || p.from() > nearest.from()))
                nearest = p;
        if (nearest == null)
            for (Mentions.Place p : places)
                if (!report.inQuotes(sentence, p.from()) && (nearest == null
                        || Math.abs(p.from() - from) < Math.abs(nearest.from() - from)))
                    nearest = p;
        if (nearest != null)
            return partnerRatherThanMoscow(report, nearest.iri(), numbers, kind, 0.7);
        for (int s = sentence.index() - 1; s >= 0 && report.sentences.get(s).paragraph() == sentence.paragraph(); s--)
            for (Mentions.Place p : report.list(report.places, s))
                if (p.place().kind() == Gazetteer.Kind.CITY)
                    return partnerRatherThanMoscow(report, p.iri(), numbers, kind, 0.6);
        return new Located(null, 0.5);
    }

    /**
     * A numbered school that takes Moscow only from the sentence or paragraph around it («В Москву приехали
     * директора школ № 32, 40 и 64») is the report's partner city's, unless the graph knows a Moscow school of that
     * kind and number: Moscow's own schools are written with four digits or «ГБОУ», which are read before this.
     */
    static Located partnerRatherThanMoscow(Report report, Node city, List<String> numbers, Kind kind, double confidence) {
        Node partner = report.homeCity;
        if (numbers.isEmpty() || partner == null || partner.equals(city) || !isMoscow(report, city))
            return new Located(city, confidence);
        for (String number : numbers)
            if (report.knowledge.school(number, city, Vocab.pck(kind.local())).isPresent())
                return new Located(city, confidence);
        return new Located(partner, 0.6);
    }

    private static boolean isMoscow(Report report, Node city) {
        Draft.Entity entity = report.draft.get(city);
        return entity != null && "Москва".equals(entity.label);
    }

    /**
     * In a sentence that says who a delegation is («В делегацию вошли руководители гимназии № 3 …, школ
     * № 15 и № 51»), institutions without a city of their own are of the delegation's city: the one named
     * after «делегация» in that sentence or earlier in its paragraph («делегация руководителей
     * образовательных организаций Хабаровска», «делегация из Кинешмы»), not the city it is «в».
     */
    private static Node delegationCity(Report report, Sentence sentence) {
        if (!mentions(report, sentence, "делегация"))
            return null;
        for (int s = sentence.index(); s >= 0 && report.sentences.get(s).paragraph() == sentence.paragraph(); s--) {
            Sentence other = report.sentences.get(s);
            List<Token> t = other.tokens();
            for (int i = 0; i < t.size(); i++) {
                if (!t.get(i).isWord() || !report.morphology.hasLemma(t.get(i).text(), "делегация"))
                    continue;
                for (Mentions.Place p : report.list(report.places, s))
                    if (p.place().kind() == Gazetteer.Kind.CITY && !p.adjective() && p.from() > i && p.from() - i <= 6
                            && !t.get(p.from() - 1).is("в") && !t.get(p.from() - 1).is("во"))
                        return p.iri();
            }
        }
        return null;
    }

    private static boolean mentions(Report report, Sentence sentence, String lemma) {
        for (int i = 0; i < sentence.tokens().size(); i++)
            if (sentence.tokens().get(i).isWord() && !report.inQuotes(sentence, i)
                    && report.morphology.hasLemma(sentence.tokens().get(i).text(), lemma))
                return true;
        return false;
    }

    /** The city written with the mention: its adjective right before, «города X» or «г. X» right after, «нашего города». */
    private static Located attachedCity(Report report, Sentence sentence, int from, int to) {
        List<Mentions.Place> places = report.list(report.places, sentence.index()).stream()
                .filter(p -> p.place().kind() == Gazetteer.Kind.CITY).toList();
        for (Mentions.Place p : places)
            if (p.adjective() && p.to() <= from && from - p.to() <= 1)
                return new Located(p.iri(), 0.9);
        List<Token> t = sentence.tokens();
        int after = to;
        if (after < t.size() && (report.morphology.hasLemma(t.get(after).text(), "город")))
            after++;
        else if (after + 1 < t.size() && t.get(after).is("г") && t.get(after + 1).text().equals("."))
            after += 2;
        for (Mentions.Place p : places)
            if (!p.adjective() && p.from() == after)
                return new Located(p.iri(), 0.9);
        if (after + 1 < t.size() && report.morphology.hasLemma(t.get(after).text(), "наш")
                && report.morphology.hasLemma(t.get(after + 1).text(), "город"))
            return new Located(null, 0.85); // the report's own city, known once all places are read
        return null;
    }

    private static Node entity(Report report, Sentence sentence, int from, int to, Kind kind, String number, String name,
                               String modifier, boolean stateBudget, Located located, boolean nameBefore) {
        Node city = located.city() != null ? located.city() : report.homeCity;
        if (city == null)
            city = Report.UNKNOWN_CITY;
        String citySlug = city.getURI().substring(city.getURI().lastIndexOf('/') + 1);
        Node type = Vocab.pck(kind.local());
        Optional<Node> known = number != null ? report.knowledge.school(number, city, type) : Optional.empty();
        String slug = number != null ? citySlug + "-" + kind.slugPart() + number
                : name.contains(" ") ? Slugs.slug(name) : citySlug + "-" + kind.slugPart() + Slugs.slug(name);
        Node iri = known.orElse(Vocab.id("school", slug));
        String label = number != null && nameBefore ? kind.word() + " " + modifier + " № " + number
                : number != null ? kind.word() + " № " + number + (modifier == null ? "" : " " + modifier)
                : name.contains(" ") ? name : kind.word() + " «" + name + "»";
        Draft.Entity entity = report.draft.entity(iri, "school", label, located.confidence(), report.evidence(sentence, from, to));
        entity.types.add(type);
        if (stateBudget)
            entity.types.add(Vocab.pck("StateBudgetSchool"));
        if (modifier != null && modifier.toLowerCase(java.util.Locale.ROOT).contains("углубл"))
            entity.types.add(Vocab.pck("InDepthStudySchool"));
        if (modifier != null && !label.equals(entity.label))
            entity.label = label.length() > entity.label.length() ? label : entity.label;
        if (modifier != null)
            entity.altLabels.add(kind.word() + " № " + number);
        entity.linked = known.isPresent();
        Draft.Entity cityEntity = report.draft.get(city);
        entity.englishLabel = kind.english() + (number != null ? " No. " + number : " " + Slugs.latin(name))
                + (cityEntity != null && cityEntity.englishLabel != null ? ", " + cityEntity.englishLabel : "");
        if (number != null)
            report.draft.fact(iri, Vocab.pck("number"), org.apache.jena.graph.NodeFactory.createLiteralString(number), 0.95, null);
        if (city != Report.UNKNOWN_CITY)
            report.draft.fact(iri, Vocab.pck("locatedIn"), city, located.confidence(), report.evidence(sentence, from, to));
        else
            report.draft.warnings.add("No city for «" + report.span(sentence, from, to) + "» in sentence "
                    + (sentence.index() + 1) + ": give it one before accepting");
        return iri;
    }
}
