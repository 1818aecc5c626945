package org.partnercities.kg.generate;

/** The practices concept scheme: themes first, then practices (each narrower than its theme), 250 to a graph. */
final class PracticeBatches extends Batches {

    private static final int PER_GRAPH = 250;

    PracticeBatches(Context context) {
        super(context);
    }

    private int concepts() {
        return population.themes + population.sizes.practices();
    }

    @Override
    int count() {
        return (concepts() + PER_GRAPH - 1) / PER_GRAPH;
    }

    @Override
    void write(int batch) {
        sources.begin("synthetic-practices-" + (batch + 1), "Реестр практик взаимообучения городов, часть " + (batch + 1),
                "Register of mutual-learning practices, part " + (batch + 1), Period.all());
        int end = Math.min(concepts(), (batch + 1) * PER_GRAPH);
        for (int i = batch * PER_GRAPH; i < end; i++) {
            if (i < population.themes) {
                identities.concept(population.theme(i));
                counted(Kind.THEMES);
                continue;
            }
            Concept practice = population.practice(i - population.themes);
            identities.concept(practice);
            sink.add(practice.iri(), Terms.BROADER, practice.broader());
            identities.concept(population.theme((i - population.themes) % population.themes));
            counted(Kind.PRACTICES);
        }
    }
}
