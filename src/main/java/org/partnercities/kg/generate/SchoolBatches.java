package org.partnercities.kg.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.partnercities.kg.generate.Seeds.Stream;

/**
 * The schools of a city, up to 40 to a graph: each school with the practices it applies, its
 * director and its teachers, every one of them holding their post through an ORG membership.
 */
final class SchoolBatches extends Batches {

    private static final int PER_GRAPH = 40;
    /** Subjects teachers teach, in the genitive («учитель математики»). */
    private static final List<String> SUBJECTS = List.of("математики", "русского языка и литературы", "физики",
            "химии", "биологии", "истории и обществознания", "английского языка", "информатики", "начальных классов",
            "физической культуры", "географии", "музыки", "технологии", "изобразительного искусства");

    private record Part(int city, int firstSchool, int schools, int part, int parts) {}

    private final List<Part> parts = new ArrayList<>();
    private final Period period = Period.schoolYear(Period.FIRST_SCHOOL_YEAR + Period.SCHOOL_YEARS - 1);

    SchoolBatches(Context context) {
        super(context);
        for (City city : population.cities) {
            int first = population.firstSchool(city.index());
            int count = population.schoolCount(city.index());
            int n = (count + PER_GRAPH - 1) / PER_GRAPH;
            for (int k = 0; k < n; k++)
                parts.add(new Part(city.index(), first + k * PER_GRAPH, Math.min(PER_GRAPH, count - k * PER_GRAPH), k + 1, n));
        }
    }

    @Override
    int count() {
        return parts.size();
    }

    @Override
    void write(int batch) {
        Part part = parts.get(batch);
        City city = population.cities.get(part.city());
        String suffix = part.parts() > 1 ? ", часть " + part.part() : "";
        String englishSuffix = part.parts() > 1 ? ", part " + part.part() : "";
        sources.begin("synthetic-schools-" + city.slug() + (part.parts() > 1 ? "-" + part.part() : ""),
                "Школы города " + city.name().genitive() + ": директора и педагоги" + suffix,
                "Schools of " + city.english() + ": directors and teachers" + englishSuffix, period);
        SplittableRandom random = population.seeds.random(Stream.SCHOOL_BATCH, batch);
        for (int s = part.firstSchool(); s < part.firstSchool() + part.schools(); s++)
            school(population.school(s), random);
    }

    private void school(School school, SplittableRandom random) {
        identities.school(school);
        counted(Kind.SCHOOLS);
        if (school.stateBudget())
            sink.add(school.iri(), Terms.ALT_LABEL, Terms.ru("ГБОУ " + school.russian()));
        int practices = random.nextDouble() < 0.35 ? 0 : 1 + random.nextInt(3);
        List<Integer> applied = new ArrayList<>(practices);
        for (int k = 0; k < practices; k++) {
            int index = population.popularPractice(random);
            if (applied.contains(index))
                continue;
            applied.add(index);
            Concept practice = population.practice(index);
            identities.concept(practice);
            sink.add(school.iri(), Terms.APPLIES_PRACTICE, practice.iri());
        }
        if (population.activity(school.index()) > 50) {
            // The most active schools are the resource centres the programme sends others to.
            Concept practice = population.practice(population.popularPractice(random));
            identities.concept(practice);
            sink.add(school.iri(), Terms.RESOURCE_CENTRE_FOR, practice.iri());
        }
        String where = school.russianGenitive() + " (" + school.city().russian() + ")";

        Person director = population.director(school.index());
        person(director);
        membership(director, "director", Terms.ROLE_DIRECTOR, school.iri(), "директор " + where);
        counted(Kind.DIRECTORS);

        int teachers = population.teacherCount(school.index());
        int deputies = teachers >= 25 ? 2 : teachers >= 12 ? 1 : 0;
        for (int k = 0; k < teachers; k++) {
            Person teacher = population.teacher(population.firstTeacher(school.index()) + k);
            person(teacher);
            if (k < deputies)
                membership(teacher, "deputy-director", Terms.ROLE_DEPUTY_DIRECTOR, school.iri(),
                        "заместитель директора " + where);
            else
                membership(teacher, "teacher", Terms.ROLE_TEACHER, school.iri(),
                        "учитель " + SUBJECTS.get(random.nextInt(SUBJECTS.size())) + " " + where);
            counted(Kind.TEACHERS);
        }
    }
}
