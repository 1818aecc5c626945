package org.partnercities.kg.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.apache.jena.graph.Node;
import org.partnercities.kg.generate.Seeds.Stream;

/**
 * Registers of agreements, 200 of one school year to a graph: cooperation agreements between
 * schools of different cities (the active schools sign more), agreements between two cities'
 * education departments, and memoranda of the regional ministries.
 */
final class AgreementBatches extends Batches {

    private static final int PER_GRAPH = 200;

    private final int[] firstAgreement;

    AgreementBatches(Context context) {
        super(context);
        int agreements = population.sizes.agreements();
        this.firstAgreement = EventBatches.split(agreements, (agreements + PER_GRAPH - 1) / PER_GRAPH);
    }

    @Override
    int count() {
        return firstAgreement.length - 1;
    }

    @Override
    void write(int batch) {
        int year = Period.FIRST_SCHOOL_YEAR + batch * Period.SCHOOL_YEARS / count();
        Period period = Period.schoolYear(year);
        sources.begin("synthetic-agreements-" + (batch + 1),
                "Реестр соглашений о сотрудничестве, " + period.russian() + ", выпуск " + (batch + 1),
                "Register of cooperation agreements, " + period.english() + ", issue " + (batch + 1), period);
        SplittableRandom random = population.seeds.random(Stream.AGREEMENT_BATCH, batch);
        for (int a = firstAgreement[batch]; a < firstAgreement[batch + 1]; a++)
            agreement(a, year, random);
    }

    private void agreement(int index, int year, SplittableRandom random) {
        double roll = random.nextDouble();
        List<Node> parties = new ArrayList<>();
        List<String> russian = new ArrayList<>();
        List<String> english = new ArrayList<>();
        Node type;
        String kind;
        if (roll < 0.55) {
            type = Terms.pck("CooperationAgreement");
            kind = "cooperation";
            int count = random.nextDouble() < 0.1 ? 3 : 2;
            List<Integer> schools = new ArrayList<>();
            for (int k = 0; k < count; k++) {
                School school = population.school(schoolElsewhere(schools, random));
                schools.add(school.index());
                identities.school(school);
                parties.add(school.iri());
                russian.add(school.russian() + " (" + school.city().russian() + ")");
                english.add(school.english());
            }
        } else if (roll < 0.8) {
            type = Terms.pck("Agreement");
            kind = "agreement";
            int first = population.city(random);
            int second = population.city(random);
            if (second == first)
                second = (first + 1 + random.nextInt(population.cities.size() - 1)) % population.cities.size();
            for (int c : new int[] {first, second}) {
                City city = population.cities.get(c);
                identities.cityAuthority(city);
                parties.add(city.authority());
                russian.add(city.authorityRussian());
                english.add(city.authorityEnglish());
            }
        } else {
            type = Terms.pck("Memorandum");
            kind = "memorandum";
            int regions = population.regions.size();
            Region region = population.regions.get(random.nextInt(regions));
            identities.ministry(region);
            parties.add(region.ministry());
            russian.add(region.ministryRussian());
            english.add(region.ministryEnglish());
            if (roll < 0.9) {
                City city = population.cities.get(population.city(random));
                identities.cityAuthority(city);
                parties.add(city.authority());
                russian.add(city.authorityRussian());
                english.add(city.authorityEnglish());
            } else {
                Region other = population.regions.get((region.index() + 1 + random.nextInt(regions - 1)) % regions);
                identities.ministry(other);
                parties.add(other.ministry());
                russian.add(other.ministryRussian());
                english.add(other.ministryEnglish());
            }
        }
        Dates date = Dates.draw(random, year, 0.6, 0.35, 0.05);
        Node agreement = Terms.id("agreement", kind + "-" + date.year() + "-" + (index + 1));
        sink.add(agreement, Terms.TYPE, type);
        sink.add(agreement, Terms.LABEL, Terms.ru(russianTitle(kind) + ": " + String.join(" — ", russian)));
        sink.add(agreement, Terms.LABEL, Terms.en(englishTitle(kind) + ": " + String.join(" — ", english)));
        for (Node party : parties)
            sink.add(agreement, Terms.PARTY, party);
        sink.add(agreement, date.predicate(), date.value());
        sink.add(agreement, Terms.STATUS, random.nextDouble() < 0.85 ? Terms.SIGNED : Terms.DECIDED);
        counted(Kind.AGREEMENTS);
    }

    /** An active school in a city none of the other parties is in (after a few tries, any other school). */
    private int schoolElsewhere(List<Integer> parties, SplittableRandom random) {
        List<Integer> cities = parties.stream().map(population::cityOfSchool).toList();
        int school = population.activeSchool(random);
        for (int tries = 0; tries < 20 && cities.contains(population.cityOfSchool(school)); tries++)
            school = population.activeSchool(random);
        while (parties.contains(school))
            school = (school + 1) % population.sizes.schools();
        return school;
    }

    private static String russianTitle(String kind) {
        return switch (kind) {
            case "cooperation" -> "Договор о сотрудничестве";
            case "agreement" -> "Соглашение о взаимообучении";
            default -> "Меморандум о сотрудничестве";
        };
    }

    private static String englishTitle(String kind) {
        return switch (kind) {
            case "cooperation" -> "Cooperation agreement";
            case "agreement" -> "Agreement on mutual learning";
            default -> "Memorandum of cooperation";
        };
    }
}
