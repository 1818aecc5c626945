package org.partnercities.kg.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * One graph per region: the region and its ministry of education with the minister, each of its
 * cities with the city's education department and its head.
 */
final class PlaceBatches extends Batches {

    private final List<List<City>> citiesByRegion = new ArrayList<>();

    PlaceBatches(Context context) {
        super(context);
        for (int r = 0; r < population.regions.size(); r++)
            citiesByRegion.add(new ArrayList<>());
        for (City city : population.cities)
            citiesByRegion.get(city.region()).add(city);
    }

    @Override
    int count() {
        return population.regions.size();
    }

    @Override
    void write(int batch) {
        Region region = population.regions.get(batch);
        sources.begin("synthetic-authorities-" + region.slug(), "Органы управления образованием: " + region.russian(),
                "Education authorities of " + region.english(), Period.all());
        if (sink.firstMention(Terms.RUSSIA)) {
            sink.add(Terms.RUSSIA, Terms.TYPE, Terms.COUNTRY);
            sink.add(Terms.RUSSIA, Terms.LABEL, Terms.ru("Россия"));
            sink.add(Terms.RUSSIA, Terms.LABEL, Terms.en("Russia"));
        }
        identities.ministry(region);
        sink.add(region.iri(), Terms.LOCATED_IN, Terms.RUSSIA);
        counted(Kind.REGIONS);
        counted(Kind.AUTHORITIES);
        Person minister = population.minister(region.index());
        person(minister);
        membership(minister, "minister", Terms.ROLE_MINISTER, region.ministry(),
                "министр образования " + region.russianGenitive());

        for (City city : citiesByRegion.get(batch)) {
            identities.cityAuthority(city);
            sink.add(city.iri(), Terms.ALT_LABEL, Terms.ru("город " + city.russian()));
            sink.add(city.iri(), Terms.LOCATED_IN, region.iri());
            counted(Kind.CITIES);
            counted(Kind.AUTHORITIES);
            Person head = population.cityHead(city.index());
            person(head);
            membership(head, "head-of-department", Terms.ROLE_HEAD_OF_DEPARTMENT, city.authority(),
                    "начальник управления образования города " + city.name().genitive());
        }
    }
}
