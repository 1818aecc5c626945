package org.partnercities.kg.generate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.partnercities.kg.vocab.Slugs;

/**
 * A plausible Russian town name built from a stem and a suffix the way real ones are (Каменск,
 * Сосновка, Новоозёрск, Берёзово), with the forms our labels need: the genitive («управление
 * образования города Каменска») and the stem of the region's adjective (Каменская область).
 *
 * @param nominative    «Сосновка»
 * @param genitive      «Сосновки»
 * @param adjectiveStem «Сосновс» + «кая область» / «кий край»
 */
record CityName(String nominative, String genitive, String adjectiveStem) {

    // Stems that are adjectives of a tree, a bird, a stone... (Соснов-, Берёзов-): take every suffix.
    private static final List<String> ADJECTIVE_STEMS = List.of(
            "Соснов", "Берёзов", "Дубов", "Кленов", "Липов", "Ольхов", "Рябинов", "Калинов", "Соколов", "Журавлёв",
            "Лебедин", "Ключев", "Родников", "Камышин", "Ракитин", "Вишнёв", "Грибов", "Покров", "Ястребов",
            "Кедров", "Осинов", "Орехов", "Тополин", "Черёмухов", "Малинов", "Смородин", "Ягодин", "Полянов",
            "Лугов", "Озерков", "Бобров", "Лисин", "Гусин", "Снегирёв", "Соловьин", "Ивняков", "Ковылин",
            "Вересков", "Ельцов");
    // Bare stems of a place (Камен-, Озёр-): take the town suffixes.
    private static final List<String> BARE_STEMS = List.of(
            "Камен", "Озёр", "Яр", "Бор", "Луг", "Рудн", "Сол", "Песч", "Глин", "Мост", "Брод", "Холм", "Ключ",
            "Лес", "Гранит", "Мрамор", "Медн", "Желез", "Угл", "Кремн", "Берег", "Остров", "Залив",
            "Порог", "Ветл", "Тальн", "Сверд", "Звенигор", "Светл", "Ясн", "Зелен", "Солнечн", "Радужн",
            "Заречн", "Приозёрн", "Снеж", "Степн", "Таёжн", "Полярн");
    private static final String VOWELS = "аеёиоуыэюя";
    private static final List<String> PREFIXES = List.of("Ново", "Верхне", "Нижне", "Старо", "Красно", "Бело");

    /** The names of {@code count} towns, all different, in the order the random stream gives. */
    static List<CityName> draw(SplittableRandom random, int count) {
        List<CityName> candidates = new ArrayList<>();
        for (String stem : ADJECTIVE_STEMS) {
            candidates.add(new CityName(stem + "ск", stem + "ска", stem + "с"));
            candidates.add(new CityName(stem + "о", stem + "о", stem + "с"));
            candidates.add(new CityName(stem + "ка", stem + "ки", stem + "с"));
            if (stem.endsWith("ов") || stem.endsWith("ин")) // Саратов, Камышин; not Журавлёв, a surname
                candidates.add(new CityName(stem, stem + "а", stem + "с"));
            for (String prefix : PREFIXES) {
                String prefixed = prefix + stem.toLowerCase(java.util.Locale.ROOT);
                candidates.add(new CityName(prefixed + "ск", prefixed + "ска", prefixed + "с"));
                candidates.add(new CityName(prefixed + "о", prefixed + "о", prefixed + "с"));
            }
        }
        for (String stem : BARE_STEMS) {
            if (VOWELS.indexOf(stem.charAt(stem.length() - 2)) >= 0) // Каменск, Озёрск; not Руднск
                candidates.add(new CityName(stem + "ск", stem + "ска", stem + "с"));
            candidates.add(new CityName(stem + "огорск", stem + "огорска", stem + "огорс"));
            candidates.add(new CityName(stem + "оград", stem + "ограда", stem + "оградс"));
            candidates.add(new CityName(stem + "ополь", stem + "ополя", stem + "опольс"));
            for (String prefix : PREFIXES) {
                String prefixed = prefix + stem.toLowerCase(java.util.Locale.ROOT);
                if (VOWELS.indexOf(stem.charAt(stem.length() - 2)) >= 0)
                    candidates.add(new CityName(prefixed + "ск", prefixed + "ска", prefixed + "с"));
                candidates.add(new CityName(prefixed + "огорск", prefixed + "огорска", prefixed + "огорс"));
            }
        }
        // Names of real cities in the curated data are left out, so no synthetic town takes their IRI.
        candidates.removeIf(name -> RESERVED.contains(name.nominative()));
        shuffle(candidates, random);
        List<CityName> names = new ArrayList<>(count);
        Set<String> slugs = new LinkedHashSet<>();
        // Past the candidates (scales above about 8) the names repeat with a number: Сосновка-2.
        for (int round = 1; names.size() < count; round++) {
            for (CityName candidate : candidates) {
                if (names.size() == count)
                    break;
                CityName name = round == 1 ? candidate : candidate.numbered(round);
                if (slugs.add(Slugs.slug(name.nominative())))
                    names.add(name);
            }
        }
        return names;
    }

    private static final Set<String> RESERVED = Set.of("Москва", "Иваново", "Рязань", "Магнитогорск");

    String english() {
        return Slugs.latin(nominative);
    }

    String slug() {
        return Slugs.slug(nominative);
    }

    private CityName numbered(int n) {
        return new CityName(nominative + "-" + n, genitive + "-" + n, adjectiveStem);
    }

    private static <T> void shuffle(List<T> list, SplittableRandom random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T tmp = list.get(i);
            list.set(i, list.get(j));
            list.set(j, tmp);
        }
    }
}
