package org.partnercities.kg.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.partnercities.kg.ingest.Sentences.Sentence;
import org.partnercities.kg.vocab.Slugs;

/**
 * People by name: «Ситнова Елена Владимировна», «Наталья Никифорова», «И.И. Калина», «Калина И. И.»,
 * in any case, with the name put back in the nominative. A surname needs a first name or initials
 * beside it. One person written two ways («Е. В. Ситнова», «Елена Ситнова») is one person. People
 * who only lend their name to an institution («имени И. Федорова») are not people of the report.
 */
final class PersonExtractor {

    /**
     * A name read from the text, in the nominative. {@code surnames} are the nominatives its written
     * surname can have when neither a first name nor a patronymic tells the gender («Громову Т. В.» is
     * Громов or Громова); {@code asWritten} when the surname is written in the form chosen.
     */
    record Name(String surname, String first, String patronymic, List<String> initials, boolean feminine,
                Set<String> surnames, boolean asWritten) {

        String label() {
            if (first != null && patronymic != null)
                return surname + " " + first + " " + patronymic;
            if (first != null)
                return first + " " + surname;
            return String.join(" ", initials.stream().map(i -> i + ".").toList()) + " " + surname;
        }

        List<String> initialLetters() {
            List<String> letters = new ArrayList<>();
            if (first != null) {
                letters.add(first.substring(0, 1));
                if (patronymic != null)
                    letters.add(patronymic.substring(0, 1));
            } else {
                letters.addAll(initials);
            }
            return letters;
        }

        Set<String> variants() {
            Set<String> names = new LinkedHashSet<>();
            names.add(label());
            List<String> letters = initialLetters();
            String spaced = String.join(" ", letters.stream().map(i -> i + ".").toList());
            String tight = String.join("", letters.stream().map(i -> i + ".").toList());
            names.add(spaced + " " + surname);
            names.add(tight + " " + surname);
            names.add(surname + " " + spaced);
            names.add(surname + " " + tight);
            if (first != null) {
                names.add(first + " " + surname);
                names.add(surname + " " + first);
                if (patronymic != null) {
                    names.add(first + " " + patronymic + " " + surname);
                    names.add(surname + " " + first + " " + patronymic);
                }
            }
            return names;
        }

        String slug() {
            if (first != null)
                return Slugs.slug(surname + " " + first + (patronymic == null ? "" : " " + patronymic));
            return Slugs.slug(surname + " " + String.join(" ", initials));
        }
    }

    private PersonExtractor() {}

    static void extract(Report report) {
        List<Found> found = new ArrayList<>();
        for (Sentence sentence : report.sentences) {
            List<Token> tokens = sentence.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                if (report.inQuotes(sentence, i) || !candidate(report, tokens, i))
                    continue;
                int end = i;
                while (end < tokens.size() && candidate(report, tokens, end))
                    end += isInitial(tokens, end) ? 2 : 1;
                Name name = read(report, tokens, i, end);
                if (name == null) {
                    // Two names in a row («имени И. Федорова Марина Сергеевна Лебедева»): the longest readable first part.
                    for (int split = end - 1; split > i + 1 && name == null; split--) {
                        if (!tokens.get(split).isWord() || isInitial(tokens, split - 1))
                            continue;
                        Name head = read(report, tokens, i, split);
                        // A name is written with initials or with a first name, not both: «П. И. Пландина | Сергей
                        // Николаевич Рябов», not «П. И. Пландина Сергей | Николаевич Рябов».
                        if (head != null && head.first() != null && !head.initials().isEmpty())
                            head = null;
                        Name tail = head == null ? null : read(report, tokens, split, end);
                        if (head != null && tail != null) {
                            boolean namesake = i > 0 && (tokens.get(i - 1).is("имени") || i > 1 && tokens.get(i - 2).is("им"));
                            report.list(report.names, sentence.index()).add(new int[] {i, split});
                            if (!namesake)
                                found.add(new Found(sentence, i, split, head));
                            i = split;
                            name = tail;
                        }
                    }
                }
                if (name != null) {
                    report.list(report.names, sentence.index()).add(new int[] {i, end});
                    boolean namesake = i > 0 && (tokens.get(i - 1).is("имени") || i > 1 && tokens.get(i - 2).is("им")
                            && tokens.get(i - 1).text().equals("."));
                    if (!namesake)
                        found.add(new Found(sentence, i, end, name));
                }
                i = end - 1;
            }
        }
        agreeInCase(report, found);
        merge(found);
        for (Found f : found) {
            Node iri = entity(report, f);
            report.list(report.people, f.sentence.index()).add(new Mentions.Person(iri, f.from, f.to));
        }
    }

    private record Found(Sentence sentence, int from, int to, Name name) {
        Found with(Name other) {
            return new Found(sentence, from, to, other);
        }
    }

    /**
     * Names listed together («учителей Громову Т. В. и Белова А. И.») are in one case: a surname with
     * initials only, which may be either gender, takes the gender whose reading shares the case of the
     * others («Громову» accusative is Громова's, «Белова» accusative is Белов's).
     */
    private static void agreeInCase(Report report, List<Found> found) {
        int a = 0;
        while (a < found.size()) {
            int b = a;
            while (b + 1 < found.size() && listed(found.get(b), found.get(b + 1)))
                b++;
            if (b > a)
                agree(report, found, a, b);
            a = b + 1;
        }
    }

    private static boolean listed(Found x, Found y) {
        List<Token> t = x.sentence().tokens();
        return x.sentence() == y.sentence() && y.from() == x.to() + 1 && (t.get(x.to()).is("и") || t.get(x.to()).text().equals(","));
    }

    private static void agree(Report report, List<Found> found, int a, int b) {
        Set<String> cases = null;
        for (int i = a; i <= b; i++) {
            Set<String> own = new LinkedHashSet<>();
            Found f = found.get(i);
            boolean open = f.name().first() == null && f.name().patronymic() == null;
            for (Morphology.Reading r : surnameReadings(report, f))
                if (open || r.feminine() == f.name().feminine())
                    own.add(r.tag().substring(r.tag().lastIndexOf(':') + 1));
            if (own.isEmpty())
                return; // a surname the dictionary does not know: nothing to agree on
            if (cases == null)
                cases = own;
            else
                cases.retainAll(own);
        }
        if (cases == null || cases.isEmpty())
            return;
        String shared = cases.contains("Nom") ? "Nom" : cases.iterator().next();
        for (int i = a; i <= b; i++) {
            Found f = found.get(i);
            if (f.name().first() != null || f.name().patronymic() != null)
                continue;
            for (Morphology.Reading r : surnameReadings(report, f))
                if (r.tag().endsWith(":" + shared)) {
                    Token token = surnameToken(report, f);
                    String surname = surnameNominative(report, token, r.feminine());
                    Name n = f.name();
                    found.set(i, f.with(new Name(surname, n.first(), n.patronymic(), n.initials(), r.feminine(),
                            new LinkedHashSet<>(List.of(surname)), surname.equals(token.text()))));
                    break;
                }
        }
    }

    /** The written surname of a mention: its word (not an initial) with a surname reading, else null. */
    private static Token surnameToken(Report report, Found f) {
        List<Token> t = f.sentence().tokens();
        for (int i = f.from(); i < f.to(); i++)
            if (t.get(i).isWord() && t.get(i).text().length() > 1
                    && report.morphology.readings(t.get(i).text()).stream().anyMatch(Morphology.Reading::surname))
                return t.get(i);
        return null;
    }

    private static List<Morphology.Reading> surnameReadings(Report report, Found f) {
        Token token = surnameToken(report, f);
        return token == null ? List.of() : report.morphology.readings(token.text()).stream().filter(Morphology.Reading::surname).toList();
    }

    /**
     * Mentions of one surname with compatible initials take the fullest form among them. A surname
     * with initials only may be either gender («Громову Т. В.», «Белова А. И.»): it is the same as
     * another mention whose surname it can be, and takes the form written as such, else the first.
     */
    private static void merge(List<Found> found) {
        for (int a = 0; a < found.size(); a++) {
            for (int b = 0; b < found.size(); b++) {
                Name x = found.get(a).name;
                Name y = found.get(b).name;
                if (a == b || !compatible(x.initialLetters(), y.initialLetters()))
                    continue;
                if (x.surname().equalsIgnoreCase(y.surname())) {
                    if (fullness(y) > fullness(x))
                        found.set(a, found.get(a).with(y));
                } else if (x.surnames().contains(y.surname()) && y.surnames().contains(y.surname())
                        && (fullness(y) > fullness(x) || fullness(y) == fullness(x)
                        && (y.asWritten() && !x.asWritten() || y.asWritten() == x.asWritten() && b < a))) {
                    found.set(a, found.get(a).with(y));
                }
            }
        }
    }

    private static int fullness(Name name) {
        return (name.first() != null ? 2 : 0) + (name.patronymic() != null ? 1 : 0) + name.initials().size();
    }

    private static boolean compatible(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++)
            if (!a.get(i).equalsIgnoreCase(b.get(i)))
                return false;
        return true;
    }

    private static Node entity(Report report, Found f) {
        Name name = f.name;
        Node type = Vocab.pck("Person");
        List<Node> known = report.knowledge.byName(name.variants(), type);
        // «Исаак Калина»: a first name without a patronymic is the person the graph knows by that surname and initial.
        if (known.isEmpty() && name.first() != null && name.patronymic() == null)
            known = report.knowledge.personBySurnameAndInitial(name.surname(), name.first().substring(0, 1)).stream().toList();
        Node iri = known.size() == 1 ? known.get(0) : Vocab.id("person", name.slug());
        Draft.Entity entity = report.draft.entity(iri, "person", name.label(), 0.85,
                report.evidence(f.sentence, f.from, f.to));
        entity.types.add(type);
        entity.linked = known.size() == 1;
        entity.englishLabel = englishName(name);
        String written = report.span(f.sentence, f.from, f.to);
        for (String variant : name.variants())
            if (!variant.equals(name.label()) && (variant.equals(written) || variant.split(" ").length > 1
                    && Names.key(variant).equals(Names.key(written))))
                entity.altLabels.add(variant);
        if (!Names.key(written).equals(Names.key(name.label())) && Names.key(written).split(" ").length == name.label().split(" ").length
                && written.equals(name.label()) == false && nominativeAsWritten(report, f))
            entity.altLabels.add(written);
        report.draft.fact(iri, Vocab.NAME, Report.ru(name.label()), 0.85, null);
        return iri;
    }

    private static boolean nominativeAsWritten(Report report, Found f) {
        for (int i = f.from; i < f.to; i++) {
            Token token = f.sentence.tokens().get(i);
            if (token.isWord() && token.text().length() > 1 && report.morphology.readings(token.text()).stream()
                    .noneMatch(Morphology.Reading::nominative) && !report.morphology.readings(token.text()).isEmpty())
                return false;
        }
        return true;
    }

    private static String englishName(Name name) {
        if (name.first() != null)
            return Slugs.latin(name.first() + (name.patronymic() == null ? "" : " " + name.patronymic()) + " " + name.surname());
        return Slugs.latin(String.join(" ", name.initials().stream().map(i -> i + ".").toList()) + " " + name.surname());
    }

    private static boolean candidate(Report report, List<Token> tokens, int i) {
        if (i >= tokens.size())
            return false;
        if (isInitial(tokens, i))
            return true;
        Token token = tokens.get(i);
        if (!token.isWord() || !token.isCapitalized() || token.isAcronym() || token.text().length() < 2)
            return false;
        List<Morphology.Reading> readings = report.morphology.readings(token.text());
        if (readings.isEmpty())
            return surnameShape(token.lower()) || patronymicShape(token.lower())
                    || i + 1 < tokens.size() && tokens.get(i + 1).isWord() && patronymicShape(tokens.get(i + 1).lower())
                    || unknownSurname(report, tokens, i);
        if (readings.stream().anyMatch(r -> r.firstName() || r.patronymic() || r.surname()))
            return true;
        // A surname that is also a common word («Кузиной», кузина), right after a patronymic: «Елены Петровны Кузиной».
        if (i > 0 && tokens.get(i - 1).isWord() && surnameShape(stem(token.lower()))) {
            String before = tokens.get(i - 1).text();
            return patronymicShape(before.toLowerCase(java.util.Locale.ROOT))
                    || report.morphology.readings(before).stream().anyMatch(Morphology.Reading::patronymic);
        }
        return false;
    }

    /**
     * A word the dictionary does not know, of no Russian surname's shape, is a surname where a name's other
     * parts say so: after a first name and patronymic («Аслан Русланович Мамий»), before them («Бжассо Светлана
     * Казбековна»), or before two initials («Мамий А. Р.»).
     */
    private static boolean unknownSurname(Report report, List<Token> tokens, int i) {
        if (i >= 2 && isPatronymic(report, tokens.get(i - 1)) && tokens.get(i - 2).isWord() && tokens.get(i - 2).isCapitalized())
            return true;
        if (i + 2 < tokens.size() && tokens.get(i + 1).isWord() && report.morphology.readings(tokens.get(i + 1).text()).stream()
                .anyMatch(Morphology.Reading::firstName) && isPatronymic(report, tokens.get(i + 2)))
            return true;
        return i + 3 < tokens.size() && isInitial(tokens, i + 1) && isInitial(tokens, i + 3);
    }

    private static boolean isPatronymic(Report report, Token token) {
        return token.isWord() && token.isCapitalized() && (patronymicShape(token.lower())
                || report.morphology.readings(token.text()).stream().anyMatch(Morphology.Reading::patronymic));
    }

    /** A Russian surname's stem without an oblique-case ending («Кузиной» → «Кузин»), or the word itself. */
    private static String stem(String lower) {
        java.util.regex.Matcher m = OBLIQUE.matcher(lower);
        return m.matches() ? m.group(1) : lower;
    }

    private static final java.util.regex.Pattern OBLIQUE = java.util.regex.Pattern.compile("(.+(?:ов|ев|ин|ын))(?:ой|ою|у|а|ым|ом|е|ой)");

    private static boolean isInitial(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        return token.isWord() && token.text().length() == 1 && token.isCapitalized() && i + 1 < tokens.size()
                && tokens.get(i + 1).text().equals(".");
    }

    /** «Раисович», «Ринатовна»: a patronymic the dictionary does not know. */
    static boolean patronymicShape(String lower) {
        return lower.matches(".{2,}(ович|евич|ьич|овна|евна|ична|инична)");
    }

    private static boolean surnameShape(String lower) {
        for (String ending : new String[] {"ов", "ова", "ев", "ева", "ин", "ина", "ын", "ына", "ский", "ская", "цкий",
                "цкая", "енко", "ук", "юк", "ич", "ко", "ова", "ых", "их"})
            if (lower.endsWith(ending) && lower.length() > ending.length() + 1)
                return true;
        return false;
    }

    /** Reads tokens from..to as a name, or null if they are not one (a surname alone is not). */
    static Name read(Report report, List<Token> tokens, int from, int to) {
        List<String> initials = new ArrayList<>();
        String first = null;
        String patronymic = null;
        String surname = null;
        Boolean feminine = null;
        Token surnameToken = null;
        boolean firstNominative = false;
        for (int i = from; i < to; i++) {
            if (isInitial(tokens, i)) {
                initials.add(tokens.get(i).text());
                i++;
                continue;
            }
            Token token = tokens.get(i);
            List<Morphology.Reading> readings = report.morphology.readings(token.text());
            if (readings.isEmpty() && patronymicShape(token.lower()) && patronymic == null) {
                patronymic = token.text();
                feminine = token.lower().endsWith("на");
                continue;
            }
            if (readings.isEmpty() && first == null && i + 1 < to && tokens.get(i + 1).isWord()
                    && patronymicShape(tokens.get(i + 1).lower())) {
                first = token.text(); // an unknown first name right before a patronymic: «Ильсур Раисович»
                continue;
            }
            Morphology.Reading name = pick(readings, Morphology.Reading::firstName);
            Morphology.Reading patr = pick(readings, Morphology.Reading::patronymic);
            Morphology.Reading fam = pick(readings, Morphology.Reading::surname);
            if (patr != null && patronymic == null && (first != null || surname != null)) {
                feminine = patr.feminine();
                patronymic = patronymic(token.text(), patr);
            } else if (name != null && first == null && (fam == null || surname != null || i + 1 < to && !isInitial(tokens, i + 1))) {
                first = nominative(token.text(), name);
                firstNominative = name.nominative() && !name.plural();
                if (feminine == null)
                    feminine = name.feminine();
            } else if (surname == null) {
                surnameToken = token;
                surname = token.text();
            } else {
                return null;
            }
        }
        if (surname == null || first == null && initials.isEmpty())
            return null;
        if (feminine == null)
            feminine = surname.endsWith("а") || surname.endsWith("ая");
        Set<String> surnames = new LinkedHashSet<>();
        // Names written together are in one case: after a first name in the nominative the surname is as
        // written («Исаак Иосифович Калина» is Калина, not the genitive of Калин).
        if (firstNominative && surnameToken.isCapitalized())
            surnames.add(surnameToken.text());
        surnames.add(surnameNominative(report, surnameToken, feminine));
        if (first == null && patronymic == null) {
            surnames.add(surnameNominative(report, surnameToken, true));
            surnames.add(surnameNominative(report, surnameToken, false));
        }
        String chosen = surnames.iterator().next();
        return new Name(chosen, first, patronymic, initials, feminine, surnames, chosen.equals(surnameToken.text()));
    }

    private static Morphology.Reading pick(List<Morphology.Reading> readings, java.util.function.Predicate<Morphology.Reading> kind) {
        // A singular nominative: «Марии» is also the plural nominative of «Мария», but a name is one person's.
        return readings.stream().filter(kind).filter(r -> r.nominative() && !r.plural()).findFirst()
                .orElse(readings.stream().filter(kind).findFirst().orElse(null));
    }

    private static String nominative(String written, Morphology.Reading reading) {
        return reading.nominative() && !reading.plural() ? written : Names.capitalize(reading.lemma());
    }

    private static String patronymic(String written, Morphology.Reading reading) {
        if (reading.nominative() && !reading.plural()) // «Петровны» is also a plural nominative; a name is one person's
            return written;
        String lower = written.toLowerCase(java.util.Locale.ROOT);
        for (String[] e : new String[][] {{"ны", "на"}, {"не", "на"}, {"ну", "на"}, {"ной", "на"}, {"ича", "ич"},
                {"ичу", "ич"}, {"ичем", "ич"}, {"иче", "ич"}})
            if (lower.endsWith(e[0]))
                return written.substring(0, written.length() - e[0].length()) + e[1];
        return written;
    }

    private static String surnameNominative(Report report, Token token, boolean feminine) {
        String written = token.text();
        List<Morphology.Reading> readings = report.morphology.readings(written);
        for (Morphology.Reading r : readings)
            if (r.surname() && r.nominative() && r.feminine() == feminine)
                return written;
        for (Morphology.Reading r : readings) {
            if (!r.surname())
                continue;
            String lemma = Names.capitalize(r.lemma());
            if (!feminine)
                return lemma;
            if (lemma.endsWith("ий"))
                return lemma.substring(0, lemma.length() - 2) + "ая";
            if (lemma.matches(".*(ов|ев|ёв|ин|ын)"))
                return lemma + "а";
            return lemma;
        }
        if (readings.stream().noneMatch(Morphology.Reading::surname)) {
            // No surname reading at all («Кузиной» is read as the common noun кузина): by its ending.
            String stem = stem(written.toLowerCase(java.util.Locale.ROOT));
            if (stem.length() < written.length() && stem.matches(".*(ов|ев|ин|ын)")) {
                String nominative = written.substring(0, stem.length());
                return feminine ? nominative + "а" : nominative;
            }
        }
        return written;
    }

}
