package org.partnercities.kg.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.partnercities.kg.generate.PracticeNames.Name;
import org.partnercities.kg.generate.Seeds.Stream;
import org.partnercities.kg.vocab.Slugs;

/**
 * Who and what exists, before anything is written: cities and regions, how many schools each city
 * has and how many teachers each school has, how active each school is, how popular each practice
 * is. It holds a few numbers per city and per school (arrays, about a megabyte at national scale),
 * never a statement; schools, people and practices are recomputed from their index when needed.
 */
final class Population {

    /** Zipf exponent of city sizes: the k-th city has about 1/k of the largest one's schools. */
    private static final double CITY_SKEW = 1.0;
    /** Pareto shape of school activity: a few schools take part in far more events than most. */
    private static final double ACTIVITY_SHAPE = 1.16;
    private static final double MAX_ACTIVITY = 300;

    final Sizes sizes;
    final Seeds seeds;
    final List<City> cities;
    final List<Region> regions;
    final int themes;
    private final int[] firstSchool;          // per city, then the total
    private final int[] firstTeacher;         // per school, then the total
    private final double[] activityBefore;    // cumulative activity per school
    private final double[] popularityBefore;  // cumulative popularity per practice
    private final List<Name> themeNames;
    private final List<Name> settingNames;

    Population(Sizes sizes, long seed) {
        this.sizes = sizes;
        this.seeds = new Seeds(seed);
        List<CityName> names = CityName.draw(seeds.random(Stream.CITY_NAMES, 0), sizes.cities());
        SplittableRandom regionRandom = seeds.random(Stream.REGIONS, 0);
        boolean[] krai = new boolean[sizes.regions()];
        for (int r = 0; r < krai.length; r++)
            krai[r] = regionRandom.nextDouble() < 0.2;
        // The largest cities are the regional capitals; the others are spread over the regions.
        List<City> cityList = new ArrayList<>(sizes.cities());
        for (int c = 0; c < sizes.cities(); c++)
            cityList.add(City.of(c, names.get(c), c < sizes.regions() ? c : regionRandom.nextInt(sizes.regions())));
        this.cities = List.copyOf(cityList);
        List<Region> regionList = new ArrayList<>(sizes.regions());
        for (int r = 0; r < sizes.regions(); r++)
            regionList.add(new Region(r, cities.get(r), krai[r]));
        this.regions = List.copyOf(regionList);

        double[] cityWeights = new double[sizes.cities()];
        for (int c = 0; c < cityWeights.length; c++)
            cityWeights[c] = Math.pow(c + 1, -CITY_SKEW);
        this.firstSchool = allocate(sizes.schools(), 1, cityWeights);

        double[] teacherWeights = new double[sizes.schools()];
        this.activityBefore = new double[sizes.schools() + 1];
        for (int s = 0; s < sizes.schools(); s++) {
            Traits traits = traits(s);
            teacherWeights[s] = traits.staffWeight();
            activityBefore[s + 1] = activityBefore[s] + traits.activity();
        }
        this.firstTeacher = allocate(sizes.teachers(), Math.min(3, sizes.teachers() / sizes.schools()), teacherWeights);

        SplittableRandom practiceRandom = seeds.random(Stream.PRACTICES, 0);
        this.themes = Math.max(2, Math.min(PracticeNames.THEMES.size(), (int) Math.round(sizes.practices() / 50.0)));
        this.themeNames = shuffled(PracticeNames.THEMES, practiceRandom);
        this.settingNames = shuffled(PracticeNames.SETTINGS, practiceRandom);
        this.popularityBefore = new double[sizes.practices() + 1];
        for (int p = 0; p < sizes.practices(); p++)
            popularityBefore[p + 1] = popularityBefore[p] + 1.0 / (p + 1);
    }

    // ------------------------------------------------------------------ schools

    /** What a school is like, drawn from its own random stream. */
    private record Traits(SchoolKind kind, int subject, double activity, double staffWeight) {}

    private Traits traits(int school) {
        SplittableRandom random = seeds.random(Stream.SCHOOL, school);
        double roll = random.nextDouble();
        SchoolKind kind = roll < 0.62 ? SchoolKind.SCHOOL : roll < 0.74 ? SchoolKind.GYMNASIUM
                : roll < 0.84 ? SchoolKind.LYCEUM : roll < 0.95 ? SchoolKind.IN_DEPTH_STUDY : SchoolKind.BOARDING;
        int subject = random.nextInt(School.SUBJECTS.size());
        double activity = Math.min(MAX_ACTIVITY, Math.pow(1 - random.nextDouble(), -1 / ACTIVITY_SHAPE));
        double staff = Math.exp(0.5 * random.nextGaussian())
                * (kind == SchoolKind.GYMNASIUM || kind == SchoolKind.LYCEUM ? 1.3 : kind == SchoolKind.BOARDING ? 0.6 : 1);
        return new Traits(kind, subject, kind == SchoolKind.BOARDING ? activity / 2 : activity, staff);
    }

    School school(int index) {
        int city = cityOfSchool(index);
        Traits traits = traits(index);
        return new School(index, cities.get(city), index - firstSchool[city] + 1, traits.kind(), traits.subject(),
                city == 0);
    }

    /** How active a school is: its weight when events and agreements pick schools. */
    double activity(int school) {
        return activityBefore[school + 1] - activityBefore[school];
    }

    int cityOfSchool(int school) {
        return upperBound(firstSchool, school) - 1;
    }

    int firstSchool(int city) {
        return firstSchool[city];
    }

    int schoolCount(int city) {
        return firstSchool[city + 1] - firstSchool[city];
    }

    /** A school, the active ones more likely. */
    int activeSchool(SplittableRandom random) {
        return activeSchoolBetween(0, sizes.schools(), random);
    }

    /** A school of the city, the active ones more likely. */
    int activeSchoolIn(int city, SplittableRandom random) {
        return activeSchoolBetween(firstSchool[city], firstSchool[city + 1], random);
    }

    /** A city, the large ones more likely (in proportion to their schools). */
    int city(SplittableRandom random) {
        return cityOfSchool(random.nextInt(sizes.schools()));
    }

    private int activeSchoolBetween(int from, int to, SplittableRandom random) {
        double target = activityBefore[from] + random.nextDouble() * (activityBefore[to] - activityBefore[from]);
        int school = upperBound(activityBefore, target) - 1;
        return Math.max(from, Math.min(to - 1, school));
    }

    // ------------------------------------------------------------------ people

    int firstTeacher(int school) {
        return firstTeacher[school];
    }

    int teacherCount(int school) {
        return firstTeacher[school + 1] - firstTeacher[school];
    }

    Person cityHead(int city) {
        return person(city, 0.55);
    }

    Person minister(int region) {
        return person(sizes.cities() + region, 0.4);
    }

    Person director(int school) {
        return person((long) sizes.cities() + sizes.regions() + school, 0.7);
    }

    Person teacher(int teacher) {
        return person((long) sizes.cities() + sizes.regions() + sizes.schools() + teacher, 0.82);
    }

    private Person person(long index, double femaleShare) {
        return Person.of(index, PersonName.draw(seeds.random(Stream.PERSON, index), femaleShare));
    }

    // ------------------------------------------------------------------ practices

    Concept theme(int theme) {
        Name name = themeNames.get(theme);
        return new Concept(Terms.id("practice", Slugs.slug(name.english())), true, name.russian(), name.english(), null);
    }

    Concept practice(int practice) {
        int theme = practice % themes;
        // Shifted by the theme, so that the most popular practices (the first ones) are in different settings.
        int setting = (practice / themes + 17 * theme) % settingNames.size();
        int variant = practice / (themes * settingNames.size());
        Name themeName = themeNames.get(theme);
        Name settingName = settingNames.get(setting);
        String russian = themeName.russian() + " " + settingName.russian() + (variant > 0 ? " (вариант " + (variant + 1) + ")" : "");
        String english = themeName.english() + " " + settingName.english() + (variant > 0 ? " (variant " + (variant + 1) + ")" : "");
        return new Concept(Terms.id("practice", Slugs.slug(english)), false, russian, english, theme(theme).iri());
    }

    /** A practice, the popular ones more likely (Zipf). */
    int popularPractice(SplittableRandom random) {
        double target = random.nextDouble() * popularityBefore[sizes.practices()];
        return Math.min(sizes.practices() - 1, upperBound(popularityBefore, target) - 1);
    }

    // ------------------------------------------------------------------ helpers

    /**
     * Splits {@code total} over the weights, each at least {@code floor}, exactly: returns the first
     * index of each share and, last, the total (rounding the cumulative sum keeps the total exact).
     */
    private static int[] allocate(int total, int floor, double[] weights) {
        double sum = Arrays.stream(weights).sum();
        int rest = total - floor * weights.length;
        int[] first = new int[weights.length + 1];
        double before = 0;
        for (int i = 0; i < weights.length; i++) {
            long restBefore = Math.round(rest * before / sum);
            before += weights[i];
            long restAfter = i == weights.length - 1 ? rest : Math.round(rest * before / sum);
            first[i + 1] = first[i] + floor + (int) (restAfter - restBefore);
        }
        return first;
    }

    /** The first index whose value is greater than {@code value}, in a non-decreasing array. */
    private static int upperBound(int[] values, int value) {
        int low = 0, high = values.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (values[mid] <= value)
                low = mid + 1;
            else
                high = mid;
        }
        return low;
    }

    private static int upperBound(double[] values, double value) {
        int low = 0, high = values.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (values[mid] <= value)
                low = mid + 1;
            else
                high = mid;
        }
        return low;
    }

    private static <T> List<T> shuffled(List<T> list, SplittableRandom random) {
        List<T> copy = new ArrayList<>(list);
        for (int i = copy.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T tmp = copy.get(i);
            copy.set(i, copy.get(j));
            copy.set(j, tmp);
        }
        return copy;
    }
}
