package org.partnercities.kg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;

/** What the extractors recognise in sentences written the ways reports write them. */
class ExtractionTest {

    private static List<String> iris(Draft draft, String kind) {
        return draft.entities().stream().filter(e -> e.kind().equals(kind)).map(e -> e.iri().getURI()
                .substring(e.iri().getURI().lastIndexOf('/') + 1)).sorted().toList();
    }

    private static List<String> objects(Draft draft, String subjectEnd, String predicate) {
        return draft.facts().stream().filter(f -> f.subject().getURI().endsWith(subjectEnd)
                && f.predicate().getURI().endsWith(predicate)).map(f -> f.object().isURI() ? f.object().getURI()
                .substring(f.object().getURI().lastIndexOf('/') + 1) : f.object().getLiteralLexicalForm()).sorted().toList();
    }

    @Test
    void citiesInAnyCaseForm() {
        Draft draft = IngestTestSupport.ingest("Опыт школ Магнитогорска оценили коллеги из Рязани. "
                + "В Иванове прошёл семинар 3 марта 2020 года.");
        assertThat(iris(draft, "city")).containsExactly("ivanovo", "magnitogorsk", "ryazan");
    }

    @Test
    void oneMentionOfThreeSchoolsTakesTheCityOfTheSentence() {
        Draft draft = IngestTestSupport.ingest("Руководители школ №21, 67,29 города Иваново познакомились с опытом Москвы.");
        assertThat(iris(draft, "school")).containsExactly("ivanovo-21", "ivanovo-29", "ivanovo-67");
    }

    @Test
    void schoolKindsNumbersAndStateBudgetSchools() {
        Draft draft = IngestTestSupport.ingest("Педагоги гимназии № 53 и лицея № 4 города Казани, детского сада № 15 "
                + "и школы-интерната для детей с ОВЗ № 3 города Казани посетили ГБОУ Школа № 1468.");
        assertThat(iris(draft, "school")).containsExactly("kazan-boarding-school-3", "kazan-gymnasium-53",
                "kazan-kindergarten-15", "kazan-lyceum-4", "moscow-1468");
        Draft.Entity boarding = draft.entities().stream().filter(e -> e.iri().getURI().endsWith("kazan-boarding-school-3"))
                .findFirst().orElseThrow();
        assertThat(boarding.label()).isEqualTo("Школа-интернат № 3 для детей с ОВЗ");
    }

    @Test
    void aNumberWithoutANounIsNoSchool() {
        Draft draft = IngestTestSupport.ingest("В Иванове дети 2 раза в год проходят обследование, а 56 педагогов учатся.");
        assertThat(iris(draft, "school")).isEmpty();
    }

    @Test
    void aPersonWrittenTwoWaysIsOnePersonWithRoles() {
        Draft draft = IngestTestSupport.ingest("Выступит Министр Правительства Москвы, Руководитель Департамента "
                + "образования и науки г. Москвы И.И. Калина. Калина И. И. рассказал о проекте.");
        assertThat(iris(draft, "person")).containsExactly("kalina-i-i");
        assertThat(iris(draft, "membership")).containsExactly("kalina-i-i-head-of-department-moscow-education-department",
                "kalina-i-i-minister-moscow-government");
    }

    @Test
    void namesInOtherCasesAreWrittenInTheNominative() {
        Draft draft = IngestTestSupport.ingest("Делегацию Кинешмы возглавила начальник управления образования "
                + "администрации города Кинешмы Ольгой Николаевной Смирновой.");
        assertThat(draft.entities()).filteredOn(e -> e.kind().equals("person")).singleElement()
                .satisfies(e -> assertThat(e.label()).isEqualTo("Смирнова Ольга Николаевна"));
    }

    @Test
    void namesakesOfInstitutionsAreNotPeople() {
        Draft draft = IngestTestSupport.ingest("Директор гимназии № 7 имени И. Федорова города Казани "
                + "Марина Сергеевна Лебедева выступила на семинаре 5 мая 2021 года.");
        assertThat(iris(draft, "person")).containsExactly("lebedeva-marina-sergeevna");
    }

    @Test
    void datesDaysMonthsRangesAndYearsTakenFromTheReport() {
        Draft draft = IngestTestSupport.ingest("20 декабря 2019 года прошёл семинар «Первый». "
                + "6–8 февраля прошёл семинар «Второй». В первой половине марта 2020 года прошёл форум «Третий».");
        assertThat(objects(draft, "seminar-pervy", "#date")).containsExactly("2019-12-20");
        assertThat(objects(draft, "seminar-vtoroy", "#startDate")).containsExactly("2019-02-06");
        assertThat(objects(draft, "seminar-vtoroy", "#endDate")).containsExactly("2019-02-08");
        assertThat(objects(draft, "seminar-vtoroy", "#dateNote")).singleElement().asString().startsWith("Year taken from the report");
        assertThat(objects(draft, "forum-trety", "#date")).containsExactly("2020-03");
        assertThat(objects(draft, "forum-trety", "#dateNote")).containsExactly("first half of the month");
    }

    @Test
    void aDayWithoutAYearTakesTheYearOfTheReportsPeriodNotTheNearestYear() {
        Draft draft = IngestTestSupport.ingest("С 13 по 17 марта 2023 года в Твери прошёл форум «Первый». "
                + "Город участвует в проекте с 2021 года. 14 марта прошёл семинар «Второй».");
        assertThat(objects(draft, "seminar-vtoroy", "#date")).containsExactly("2023-03-14");
        assertThat(objects(draft, "seminar-vtoroy", "#dateNote")).singleElement().asString().contains("first date the report gives");
    }

    @Test
    void aDayAnnouncedForAnEarlierMonthThanTheReportsIsOfTheNextYear() {
        Draft draft = IngestTestSupport.ingest("17 декабря 2019 года в Иркутске прошёл форум «Первый». "
                + "24 января школы выступят на видеоконференции «Байкал». 20 декабря прошёл семинар «Второй».");
        assertThat(objects(draft, "videoconference-baykal", "#date")).containsExactly("2020-01-24");
        assertThat(objects(draft, "seminar-vtoroy", "#date")).containsExactly("2019-12-20");
    }

    @Test
    void aDayWithoutAYearInASchoolYearTakesTheYearOfItsMonth() {
        Draft draft = IngestTestSupport.ingest("Итоги 2019-2020 учебного года в Сызрани. 11 декабря прошёл семинар «Первый». "
                + "12 марта прошёл вебинар «Второй».");
        assertThat(objects(draft, "seminar-pervy", "#date")).containsExactly("2019-12-11");
        assertThat(objects(draft, "seminar-vtoroy", "#date")).containsExactly("2020-03-12");
    }

    @Test
    void aDelegationInACityIsAVisitWithItsMembersInEachPart() {
        Draft draft = IngestTestSupport.ingest("В первой половине февраля 2020 года в Москве побывала делегация "
                + "руководителей образовательных организаций Хабаровска. В делегацию вошли руководители гимназии № 3 "
                + "и школ № 15 и № 51. Возглавил группу начальник управления Алексей Игоревич Шмаков.\n\n"
                + "Программа уложилась в три дня — 6–8 февраля.\n\n"
                + "7 февраля в ГБОУ Школа № 1286 прошёл семинар «Наставничество».");
        String visit = iris(draft, "event").stream().filter(e -> e.startsWith("visit-moscow")).findFirst().orElseThrow();
        assertThat(objects(draft, visit, "#participant")).containsExactlyInAnyOrder("khabarovsk-15", "khabarovsk-51",
                "khabarovsk-gymnasium-3", "shmakov-aleksey-igorevich");
        assertThat(objects(draft, visit, "#startDate")).containsExactly("2020-02-06");
        assertThat(objects(draft, visit, "#endDate")).containsExactly("2020-02-08");
        // The schools of the delegation take part in its parts; the head who led it does not.
        assertThat(objects(draft, "seminar-nastavnichestvo", "#participant")).containsExactlyInAnyOrder("khabarovsk-15",
                "khabarovsk-51", "khabarovsk-gymnasium-3");
        assertThat(objects(draft, "seminar-nastavnichestvo", "#partOf")).containsExactly(visit);
    }

    @Test
    void theFirstDayOfAVisitSpentAtASchoolIsASiteVisitOnThatDay() {
        Draft draft = IngestTestSupport.ingest("С 13 по 17 марта 2023 года в Москве работала делегация педагогов Арзамаса. "
                + "В первый день визита гости побывали в ГБОУ Школа № 1468. Последний день гости провели в ГБОУ Школа № 2117.");
        List<String> siteVisits = iris(draft, "event").stream().filter(e -> e.startsWith("site-visit")).toList();
        assertThat(siteVisits).hasSize(2);
        assertThat(siteVisits.stream().flatMap(e -> objects(draft, e, "#date").stream()).toList())
                .containsExactlyInAnyOrder("2023-03-13", "2023-03-17");
        assertThat(siteVisits.stream().flatMap(e -> objects(draft, e, "#venue").stream()).toList())
                .containsExactlyInAnyOrder("moscow-1468", "moscow-2117");
        String visit = iris(draft, "event").stream().filter(e -> e.startsWith("visit-moscow")).findFirst().orElseThrow();
        assertThat(objects(draft, visit, "#startDate")).containsExactly("2023-03-13");
    }

    @Test
    void presentersPresentTheEventOfTheirParagraphOnly() {
        Draft draft = IngestTestSupport.ingest("Первые итоги\n\n12 марта прошёл семинар «Первый» в Сызрани. Гостей встретили тепло. "
                + "Директор Ирина Сергеевна Волкова рассказала о наставничестве.\n\n"
                + "20 марта прошёл вебинар «Второй». Гости приехали вовремя. Павел Андреевич Дмитриенко рассказал о проектах.");
        assertThat(objects(draft, "seminar-pervy", "#presenter")).containsExactly("volkova-irina-sergeevna");
        assertThat(objects(draft, "seminar-vtoroy", "#presenter")).containsExactly("dmitrienko-pavel-andreevich");
    }

    @Test
    void aTownNamedLikeAnAdjectiveUsedAsANounIsATown() {
        Draft draft = IngestTestSupport.ingest("Республику представляли пять команд: из Нальчика — команды школ №5, 9 и "
                + "гимназии № 13 имени К. Ш. Кулиева, из Прохладного — команда лицея № 3.");
        assertThat(iris(draft, "city")).contains("prokhladnyy", "nalchik");
        assertThat(objects(draft, "prokhladnyy-lyceum-3", "#locatedIn")).containsExactly("prokhladnyy");
        assertThat(objects(draft, "nalchik-gymnasium-13", "#locatedIn")).containsExactly("nalchik");
        // Not before a noun it agrees with: «Московский государственный колледж» names no town.
        assertThat(iris(IngestTestSupport.ingest("Директор посетил Московский государственный колледж связи."), "city"))
                .doesNotContain("moskovsky");
    }

    @Test
    void schoolTeamsInASentenceOfTheirOwnTakePartInTheLastEvent() {
        Draft draft = IngestTestSupport.ingest("С 1 июня 2020 года проходил сетевой фестиваль ученических проектов "
                + "«Город, в котором хочется жить». Его провела ГБОУ Школа № 1468.\n\n"
                + "Республику представляли команды: из Нальчика — команды школ №5 и 9, из Прохладного — команда лицея № 3.");
        String festival = iris(draft, "event").stream().filter(e -> e.contains("gorod-v-kotorom")).findFirst().orElseThrow();
        assertThat(objects(draft, festival, "#participant")).containsExactlyInAnyOrder("nalchik-5", "nalchik-9",
                "prokhladnyy-lyceum-3");
    }

    @Test
    void teamsWhoShareTheirExperiencePresentTheEventAndTheNextSentenceGoesOnAboutIt() {
        Draft draft = IngestTestSupport.ingest("14 марта 2023 года в Москве прошёл семинар-практикум «Грамотность». "
                + "Опытом на нем поделились команды арзамасских школ № 2 и 8. Директор школы № 8 Ирина Владимировна "
                + "Сорокина выступила с докладом «Чтение в начальной школе».");
        assertThat(objects(draft, "seminar-gramotnost", "#presenter")).containsExactly("arzamas-2", "arzamas-8");
        assertThat(objects(draft, "seminar-gramotnost", "#speaker")).containsExactly("sorokina-irina-vladimirovna");
        assertThat(iris(draft, "event")).anyMatch(e -> e.startsWith("talk-"));
    }

    @Test
    void aSchoolNamedAgainByNumberKeepsItsCity() {
        Draft draft = IngestTestSupport.ingest("Из Нальчика приехали команды школ № 5 и № 9. "
                + "В мае 2019 года команда школы № 5 стала призёром конкурса «Старт», который проходил в Москве.");
        assertThat(iris(draft, "school")).containsExactly("nalchik-5", "nalchik-9");
    }

    @Test
    void agreedToConcludeOrPlannedInTheNextSentenceIsPlannedWithoutADate() {
        Draft agreed = IngestTestSupport.ingest("12 марта 2020 года лицей № 4 города Сызрани и ГБОУ Школа № 1329 "
                + "договорились заключить договор о сетевом взаимодействии.");
        assertThat(objects(agreed, "syzran-lyceum-4-moscow-1329", "#status")).containsExactly("planned");
        assertThat(objects(agreed, "syzran-lyceum-4-moscow-1329", "#date")).isEmpty();
        Draft next = IngestTestSupport.ingest("Министерство образования Республики Татарстан и Департамент образования и науки "
                + "города Москвы готовят соглашение о сотрудничестве. Подписать его планируется в 2024 году.");
        assertThat(iris(next, "agreement").stream().flatMap(a -> objects(next, a, "#status").stream()).toList())
                .containsExactly("planned");
    }

    @Test
    void signedTheSameDayTakesThatDay() {
        Draft draft = IngestTestSupport.ingest("7 февраля 2020 года в ГБОУ Школа № 1286 прошёл семинар «Наставничество». "
                + "В тот же день директор гимназии № 3 города Хабаровска и директор ГБОУ Школа № 1286 подписали договор "
                + "между гимназией № 3 города Хабаровска и ГБОУ Школа № 1286.");
        assertThat(iris(draft, "agreement").stream().flatMap(a -> objects(draft, a, "#date").stream()).toList())
                .containsExactly("2020-02-07");
    }

    @Test
    void aSurnameAfterAFirstNameInTheNominativeIsAsWritten() {
        Draft draft = IngestTestSupport.ingest("Подписи поставили министр Правительства Москвы Исаак Иосифович Калина "
                + "и Ольга Николаевна Смирнова. И. И. Калина отметил важность соглашения.");
        assertThat(iris(draft, "person")).containsExactly("kalina-isaak-iosifovich", "smirnova-olga-nikolaevna");
    }

    @Test
    void aRegionAfterGorodStandsForTheCityReferredTo() {
        Draft draft = IngestTestSupport.ingest("Делегация из Арзамаса приехала в Москву. Этот город Нижегородской области "
                + "участвует в проекте «Школы городов России – партнеры Москвы» с 2021 года, через видеоконференции.");
        assertThat(draft.facts().stream().filter(f -> f.predicate().getURI().endsWith("#participatesIn"))
                .map(f -> f.subject().getURI().substring(f.subject().getURI().lastIndexOf('/') + 1)).toList())
                .containsExactly("arzamas");
        // «с 2021 года» starts a period: it dates no single videoconference.
        assertThat(iris(draft, "event")).noneMatch(e -> e.startsWith("videoconference"));
    }

    @Test
    void aNameRightAfterANamesakeWithInitialsIsSplitWhereTheFirstNameBegins() {
        Draft draft = IngestTestSupport.ingest("Директор Арзамасского приборостроительного колледжа имени П. И. Пландина "
                + "Сергей Николаевич Рябов посетил Московский государственный колледж.");
        assertThat(iris(draft, "person")).containsExactly("ryabov-sergey-nikolaevich");
    }

    @Test
    void aSurnameThatIsAlsoACommonWordAfterAPatronymic() {
        Draft draft = IngestTestSupport.ingest("По словам заведующей детским садом № 34 города Арзамаса Елены Петровны "
                + "Кузиной, центры начнут оборудовать в сентябре.");
        assertThat(iris(draft, "person")).containsExactly("kuzina-elena-petrovna");
    }

    @Test
    void aRangeWrittenWithPo() {
        Draft draft = IngestTestSupport.ingest("С 1 по 3 октября 2020 года в Пскове прошёл семинар «Школа и город».");
        assertThat(objects(draft, "seminar-shkola-i-gorod", "#startDate")).containsExactly("2020-10-01");
        assertThat(objects(draft, "seminar-shkola-i-gorod", "#endDate")).containsExactly("2020-10-03");
    }

    @Test
    void aTitleAfterAnInstitutionIsTheInstitutionsName() {
        Draft draft = IngestTestSupport.ingest("15 мая 2020 года в семинаре приняли участие команды псковского лицея «Развитие».");
        assertThat(iris(draft, "event")).containsExactly("seminar-2020-05-15");
        assertThat(iris(draft, "school")).containsExactly("pskov-lyceum-razvitie");
    }

    @Test
    void partiesWrittenBeforeTheAgreement() {
        Draft draft = IngestTestSupport.ingest("В мае 2021 года Министерство образования и науки Челябинской области и "
                + "Департамент образования и науки города Москвы договорились о подготовке соглашения о сотрудничестве.");
        assertThat(draft.facts()).filteredOn(f -> f.predicate().getURI().endsWith("#party"))
                .extracting(f -> f.object().getURI().substring(f.object().getURI().lastIndexOf('/') + 1))
                .containsExactlyInAnyOrder("chelyabinsk-oblast-ministry-of-education", "moscow-education-department");
        assertThat(draft.facts()).filteredOn(f -> f.predicate().getURI().endsWith("#status")).singleElement()
                .satisfies(f -> assertThat(f.object().getURI()).endsWith("/status/planned"));
    }

    @Test
    void theSchoolYearIsTheReportsPeriod() {
        Draft draft = IngestTestSupport.ingest("В 2019-2020 учебном году школы Иванова участвовали в проекте.");
        assertThat(iris(draft, "period")).containsExactly("school-year-2019-2020");
    }

    @Test
    void regionsAndTheirMinistries() {
        Draft draft = IngestTestSupport.ingest("Меморандум подписал министр образования и науки Республики Татарстан "
                + "Ильсур Раисович Хадиуллин 15 сентября 2021 года.");
        assertThat(iris(draft, "region")).containsExactly("tatarstan");
        assertThat(iris(draft, "authority")).containsExactly("tatarstan-ministry-of-education");
        assertThat(iris(draft, "membership")).containsExactly("khadiullin-ilsur-raisovich-minister-tatarstan-ministry-of-education");
    }

    @Test
    void signedPlannedAndAnnouncedAgreements() {
        String parties = " между Департаментом образования и науки города Москвы и управлением образования города Рязани.";
        assertThat(objects(IngestTestSupport.ingest("В мае 2019 года подписано соглашение" + parties), "ryazan-2019", "#status"))
                .containsExactly("signed");
        // A planned agreement has no date yet: «в мае 2019 года» is when it was planned.
        Draft planned = IngestTestSupport.ingest("В мае 2019 года планируется подписать соглашение" + parties);
        assertThat(objects(planned, "ryazan", "#status")).containsExactly("planned");
        assertThat(objects(planned, "ryazan", "#date")).isEmpty();
        assertThat(objects(IngestTestSupport.ingest("В мае 2019 года стороны обсудили соглашение" + parties), "ryazan-2019", "#status"))
                .containsExactly("announced");
    }

    @Test
    void aDelegationVisitsACityWithItsSchools() {
        Draft draft = IngestTestSupport.ingest("В мае 2019 года команда педагогов школ №1208 и №1580 города Москвы "
                + "посетила Магнитогорск.");
        assertThat(objects(draft, "visit-magnitogorsk-2019-05", "#participant")).containsExactly("moscow-1208", "moscow-1580");
        assertThat(objects(draft, "visit-magnitogorsk-2019-05", "#inCity")).containsExactly("magnitogorsk");
    }

    @Test
    void linkedEntitiesKeepTheirIris() {
        Draft draft = Ingester.ingest(ReportText.read("t.txt", ("Директор ивановской школы № 56 Ситнова Е. В. выступила "
                + "31 января 2020 года на видеоконференции.").getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                new IngestOptions("t", null, null), IngestTestSupport.knowledge(List.of(java.nio.file.Path.of("data/000-ivanovo-2019-2020.trig"))));
        Node person = draft.entities().stream().filter(e -> e.kind().equals("person")).findFirst().orElseThrow().iri();
        assertThat(person.getURI()).endsWith("/person/sitnova-elena-vladimirovna");
        assertThat(draft.get(person).linked()).isTrue();
    }
    @Test
    void pluralTeachersWithTheirSchoolBetweenTheNounAndTheNames() {
        Draft draft = IngestTestSupport.ingest("Опытом поделились учителя математики гимназии № 24 города Калуги "
                + "Морозова Анна Сергеевна и Лебедев Дмитрий Олегович.");
        assertThat(iris(draft, "membership")).containsExactly("lebedev-dmitry-olegovich-teacher-kaluga-gymnasium-24",
                "morozova-anna-sergeevna-teacher-kaluga-gymnasium-24");
    }

    @Test
    void pluralTeachersWithTheirSchoolAfterIz() {
        Draft draft = IngestTestSupport.ingest("Выступили учителя Громова Т. В. и Белов А. И. из тверской школы № 6.");
        assertThat(iris(draft, "membership")).containsExactly("belov-a-i-teacher-tver-6", "gromova-t-v-teacher-tver-6");
        assertThat(draft.entities()).filteredOn(e -> e.kind().equals("membership"))
                .allSatisfy(m -> assertThat(m.confidence()).isEqualTo(PluralRoleExtractor.NAMED));
    }

    @Test
    void pluralTeachersTakeTheOnlySchoolOfTheirParagraphWithALowerConfidence() {
        Draft draft = IngestTestSupport.ingest("Педагоги школы № 12 города Калуги провели открытые уроки. "
                + "Педагоги Никитина О. В. и Зуева М. А. рассказали о смешанном обучении.");
        assertThat(iris(draft, "membership")).containsExactly("nikitina-o-v-teacher-kaluga-12", "zueva-m-a-teacher-kaluga-12");
        assertThat(draft.entities()).filteredOn(e -> e.kind().equals("membership"))
                .allSatisfy(m -> assertThat(m.confidence()).isEqualTo(PluralRoleExtractor.FROM_PARAGRAPH));
        assertThat(objects(draft, "nikitina-o-v-teacher-kaluga-12", "#note")).singleElement().asString()
                .contains("only one its paragraph names");
    }

    @Test
    void pluralTeachersWithoutASchoolAreNotedNotGuessed() {
        // Two schools in the paragraph: which one is theirs the report does not say.
        Draft draft = IngestTestSupport.ingest("Школы № 3 и № 9 города Тулы внедрили медицинские классы. "
                + "Учителя биологии Андреева Е. Н. и Сорокин П. А. провели семинар.");
        assertThat(iris(draft, "membership")).isEmpty();
        assertThat(iris(draft, "person")).containsExactly("andreeva-e-n", "sorokin-p-a");
        assertThat(draft.facts()).filteredOn(f -> f.predicate().getURI().endsWith("#note")
                && f.subject().getURI().endsWith("/person/sorokin-p-a")).singleElement()
                .satisfies(f -> assertThat(f.confidence()).isEqualTo(PluralRoleExtractor.NONE))
                .satisfies(f -> assertThat(f.object().getLiteralLexicalForm()).contains("does not say of which school"));
    }

    @Test
    void aTeacherNamedAgainInAnotherCaseKeepsTheirSchool() {
        Draft draft = IngestTestSupport.ingest("Выступили учителя Громова Т. В. и Белов А. И. из тверской школы № 6.\n\n"
                + "Директор тверской школы № 17 Зайцев Виктор Павлович наградил учителей Громову Т. В. и Белова А. И.");
        assertThat(iris(draft, "person")).containsExactly("belov-a-i", "gromova-t-v", "zaytsev-viktor-pavlovich");
        assertThat(iris(draft, "membership")).containsExactly("belov-a-i-teacher-tver-6", "gromova-t-v-teacher-tver-6",
                "zaytsev-viktor-pavlovich-director-tver-17");
    }

    @Test
    void oneNameAfterAPluralNounIsNoListOfTeachers() {
        Draft draft = IngestTestSupport.ingest("Ученики учителя Иванова М. П. из школы № 5 города Тулы победили в олимпиаде.");
        assertThat(iris(draft, "membership")).isEmpty();
        assertThat(objects(draft, "ivanova-m-p", "#note")).isEmpty();
    }

    @Test
    void aSchoolNamedAgainKeepsTheCityItWasNamedWith() {
        Draft draft = IngestTestSupport.ingest("Педагоги тульского лицея № 2 посетили Магнитогорск. "
                + "После стажировки лицей № 2 открыл классы по примеру коллег из Магнитогорска.");
        assertThat(iris(draft, "school")).containsExactly("tula-lyceum-2");
    }
    @Test
    void programmesByTheirNamesInAnyWordFormWithTheEventsWithinThem() {
        Draft draft = IngestTestSupport.ingest("С 1 июня 2020 года в рамках «Взаимообучения городов» стартовал "
                + "марафон «Сити-марафон онлайн». В рамках проекта «Школы городов России – партнеры Москвы» продолжилось "
                + "взаимообучение городов-партнеров.");
        assertThat(iris(draft, "programme")).containsExactly("mutual-learning-of-cities",
                "schools-of-russian-cities-partners-of-moscow");
        assertThat(objects(draft, "marathon-siti-marafon-onlayn", "#withinProgramme")).containsExactly("mutual-learning-of-cities");
        assertThat(objects(draft, "programme/mutual-learning-of-cities", "#partOf"))
                .containsExactly("schools-of-russian-cities-partners-of-moscow");
    }

    @Test
    void aProgrammeWrittenALetterOffIsStillFound() {
        Draft draft = IngestTestSupport.ingest("Участие представителей города Иваново в проекте «Ваимообучение "
                + "городов-партнеров» по итогам 2019-2020 года отмечено.");
        assertThat(objects(draft, "city/ivanovo", "#participatesIn")).containsExactly("mutual-learning-of-cities");
    }

    @Test
    void whoTakesPartInAProgrammeTheSchoolsElseThePlaces() {
        Draft region = IngestTestSupport.ingest("В марте 2021 года Тверская область присоединилась к проекту "
                + "«Школы городов России – партнеры Москвы».");
        assertThat(objects(region, "region/tver-oblast", "#participatesIn")).containsExactly("schools-of-russian-cities-partners-of-moscow");
        Draft schools = IngestTestSupport.ingest("Школы № 6 и № 17 города Твери стали участниками программы «Взаимообучение городов».");
        assertThat(schools.facts()).filteredOn(f -> f.predicate().getURI().endsWith("#participatesIn"))
                .extracting(f -> f.subject().getURI().substring(f.subject().getURI().lastIndexOf('/') + 1))
                .containsExactlyInAnyOrder("tver-6", "tver-17");
    }

    @Test
    void takingPartInAnEventOfAProgrammeIsNotTakingPartInTheProgramme() {
        Draft draft = IngestTestSupport.ingest("20 декабря 2019 года команда ивановской школы № 56 стала участником "
                + "семинара взаимообучения городов.");
        assertThat(draft.facts()).filteredOn(f -> f.predicate().getURI().endsWith("#participatesIn")).isEmpty();
        assertThat(objects(draft, "seminar-2019-12-20", "#withinProgramme")).containsExactly("mutual-learning-of-cities");
    }

    @Test
    void aProgrammeNamedAfterAnEventNounIsThatEventsOnly() {
        Draft draft = IngestTestSupport.ingest("На видеоконференции взаимообучения городов 31 января 2020 года "
                + "прошел мастер-класс «Один опыт стоит тысячи слов».");
        assertThat(objects(draft, "videoconference-2020-01-31", "#withinProgramme")).containsExactly("mutual-learning-of-cities");
        assertThat(objects(draft, "master-class-odin-opyt-stoit-tysyachi-slov", "#withinProgramme")).isEmpty();
    }

    @Test
    void aProgrammeTheGraphKnowsIsLinked() {
        Draft draft = Ingester.ingest(ReportText.read("t.txt", "Школы Тулы участвовали во «Взаимообучении городов» в 2021 году."
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)), new IngestOptions("t", null, null),
                IngestTestSupport.knowledge(List.of(java.nio.file.Path.of("data/000-ivanovo-2019-2020.trig"))));
        assertThat(draft.entities()).filteredOn(e -> e.kind().equals("programme")).singleElement()
                .satisfies(e -> assertThat(e.linked()).isTrue())
                .satisfies(e -> assertThat(e.label()).isEqualTo("Взаимообучение городов"));
        assertThat(objects(draft, "city/tula", "#participatesIn")).containsExactly("mutual-learning-of-cities");
    }
    @Test
    void peopleWhoRunAnEventPresentItWithoutTalksOfTheirOwn() {
        Draft draft = IngestTestSupport.ingest("12 марта 2022 года учителя Андреева Е. Н. и Сорокин П. А. провели для коллег "
                + "семинар «Медицинский класс: первый год».");
        assertThat(iris(draft, "event")).containsExactly("seminar-meditsinsky-klass-pervy-god");
        assertThat(objects(draft, "seminar-meditsinsky-klass-pervy-god", "#presenter")).containsExactly("andreeva-e-n", "sorokin-p-a");
        assertThat(objects(draft, "seminar-meditsinsky-klass-pervy-god", "#speaker")).isEmpty();
    }

    @Test
    void aSchoolWhoseWorkWasSeenIsVisitedNotAParticipant() {
        Draft draft = IngestTestSupport.ingest("В октябре 2021 года педагоги тульского лицея № 2 посетили Магнитогорск "
                + "и познакомились с работой магнитогорской гимназии № 53.");
        assertThat(objects(draft, "visit-magnitogorsk-2021-10", "#participant")).containsExactly("tula-lyceum-2");
    }

    @Test
    void anEventOnAnotherDateIsNoPartOfTheVisit() {
        Draft later = IngestTestSupport.ingest("В октябре 2021 года педагоги тульского лицея № 2 посетили Магнитогорск. "
                + "12 марта 2022 года в Туле прошел семинар «Медицинский класс».");
        assertThat(objects(later, "seminar-meditsinsky-klass", "#partOf")).isEmpty();
        Draft during = IngestTestSupport.ingest("В феврале 2020 года делегация Кинешмы посетила Москву. "
                + "6 февраля 2020 года прошел семинар «Проектное обучение».");
        assertThat(objects(during, "seminar-proektnoe-obuchenie", "#partOf")).containsExactly("visit-moscow-2020-02");
    }
    @Test
    void lettersOfThanksFromTheirSendersToTheRecipientsTheyWereSentTo() {
        Draft draft = IngestTestSupport.ingest("Участие педагогов города Рязани в проекте «Взаимообучение городов» отмечено "
                + "Благодарственными письмами Департамента образования и науки города Москвы, направленными директору "
                + "рязанской школы № 7 Ивановой Марии Петровне.");
        assertThat(iris(draft, "recognition")).containsExactly("letters-of-thanks-ivanova-mariya-petrovna");
        Draft.Entity letters = draft.entities().stream().filter(e -> e.kind().equals("recognition")).findFirst().orElseThrow();
        assertThat(letters.types()).extracting(Node::getURI).containsExactly(org.partnercities.kg.vocab.PCK.NS + "LetterOfThanks");
        assertThat(objects(draft, "letters-of-thanks-ivanova-mariya-petrovna", "#sender")).containsExactly("moscow-education-department");
        // The school is the director's workplace, not thanked itself.
        assertThat(objects(draft, "letters-of-thanks-ivanova-mariya-petrovna", "#recipient")).containsExactly("ivanova-mariya-petrovna");
        assertThat(objects(draft, "letters-of-thanks-ivanova-mariya-petrovna", "#forParticipationIn"))
                .containsExactly("mutual-learning-of-cities");
        assertThat(objects(draft, "letters-of-thanks-ivanova-mariya-petrovna", "#reason")).singleElement().asString()
                .startsWith("Участие педагогов города Рязани");
    }

    @Test
    void thanksExpressedBySomeoneToSomeoneForSomething() {
        Draft draft = IngestTestSupport.ingest("Управление образования администрации города Калуги выразило благодарность "
                + "педагогам школы № 12 города Калуги за проведение открытых уроков.");
        assertThat(iris(draft, "recognition")).containsExactly("thanks-kaluga-12");
        assertThat(objects(draft, "thanks-kaluga-12", "#sender")).containsExactly("kaluga-education-department");
        assertThat(objects(draft, "thanks-kaluga-12", "#recipient")).containsExactly("kaluga-12");
        assertThat(objects(draft, "thanks-kaluga-12", "#reason")).containsExactly("Проведение открытых уроков");
    }

    @Test
    void thanksReceivedNameTheRecipientsFirst() {
        Draft draft = IngestTestSupport.ingest("Педагоги школы № 5 города Тулы награждены благодарственными письмами "
                + "Министерства образования Тульской области за победу в конкурсе.");
        assertThat(iris(draft, "recognition")).containsExactly("letters-of-thanks-tula-5");
        assertThat(objects(draft, "letters-of-thanks-tula-5", "#recipient")).containsExactly("tula-5");
        assertThat(objects(draft, "letters-of-thanks-tula-5", "#sender")).containsExactly("tula-oblast-ministry-of-education");
    }

    @Test
    void thanksWithoutARecipientAreLeftOutWithAWarning() {
        Draft draft = IngestTestSupport.ingest("В мае 2021 года была выражена благодарность за помощь в организации семинара.");
        assertThat(iris(draft, "recognition")).isEmpty();
        assertThat(draft.warnings()).anySatisfy(w -> assertThat(w).contains("name no recipient"));
    }
    private static final List<java.nio.file.Path> CURATED = List.of(java.nio.file.Path.of("data/000-ivanovo-2019-2020.trig"),
            java.nio.file.Path.of("data/004-magnitogorsk-visit-2019.trig"));

    private static List<String> adoptions(Draft draft) {
        return draft.entities().stream().filter(e -> e.kind().equals("adoption")).map(e -> String.join(" ",
                objects(draft, e.iri().getURI(), "#practice").get(0), objects(draft, e.iri().getURI(), "#adoptedFrom").get(0),
                objects(draft, e.iri().getURI(), "#adoptedBy").get(0))).sorted().toList();
    }

    @Test
    void aPracticeTakenUpFromColleaguesOfAnotherCity() {
        Draft draft = IngestTestSupport.ingest("После стажировки лицей № 2 города Тулы внедрил практику ВСОКО, "
                + "перенятую у коллег из Магнитогорска.", CURATED);
        assertThat(adoptions(draft)).containsExactly("internal-quality-assessment magnitogorsk tula-lyceum-2");
    }

    @Test
    void aPracticeAdoptedFromTheExperienceOfAnotherCitysSchools() {
        Draft draft = IngestTestSupport.ingest("Тульская школа № 9 переняла опыт ивановских школ по созданию креативной "
                + "развивающей образовательной среды.", CURATED);
        assertThat(adoptions(draft)).containsExactly("creative-learning-environment ivanovo tula-9");
    }

    @Test
    void aPracticeSeenInOneCityAndImplementedInAnother() {
        Draft draft = IngestTestSupport.ingest("В школах Тулы внедрили практику медицинских классов, которую педагоги "
                + "увидели в Москве.", CURATED);
        assertThat(adoptions(draft)).containsExactly("medical-classes moscow tula");
    }

    @Test
    void aPlannedAdoptionIsNoAdoption() {
        assertThat(adoptions(IngestTestSupport.ingest("Опыт Москвы по инклюзивному образованию будет использован в детских "
                + "садах Тулы.", CURATED))).isEmpty();
        assertThat(adoptions(IngestTestSupport.ingest("Школа № 5 города Тулы планирует внедрить медицинские классы, "
                + "увиденные в Москве.", CURATED))).isEmpty();
    }

    @Test
    void anAdoptionOfAPracticeTheGraphDoesNotKnowIsLeftOutWithAWarning() {
        Draft draft = IngestTestSupport.ingest("Лицей № 2 города Тулы внедрил практику наставничества, перенятую у коллег "
                + "из Магнитогорска.", CURATED);
        assertThat(adoptions(draft)).isEmpty();
        assertThat(draft.warnings()).anySatisfy(w -> assertThat(w).contains("names no practice the graph knows"));
    }
    @Test
    void surnamesListedTogetherAreInOneCase() {
        Draft draft = IngestTestSupport.ingest("Департамент образования и науки города Москвы наградил учителей "
                + "Громову Т. В. и Белова А. И.");
        assertThat(iris(draft, "person")).containsExactly("belov-a-i", "gromova-t-v");
    }

    @Test
    void twoWordCityNamesThatBeginWithAnAdjectiveAndTheirAdjectives() {
        Draft draft = IngestTestSupport.ingest("Делегация Нижнего Тагила побывала в Москве. Тагильские директора довольны. "
                + "В Старом Осколе учителя старооскольских школ № 11 и 27 вспоминали октябрьский семинар.");
        assertThat(iris(draft, "city")).containsExactlyInAnyOrder("moscow", "nizhny-tagil", "staryy-oskol");
        assertThat(iris(draft, "school")).containsExactly("staryy-oskol-11", "staryy-oskol-27");
        // One word of such a name alone is no place: «старый» and «нижний» are common adjectives.
        assertThat(iris(IngestTestSupport.ingest("В Москве старый учитель спустился на нижний этаж."), "city"))
                .containsExactly("moscow");
    }

    @Test
    void aUrbanDistrictNamedByItsCitysAdjectiveAndAMayoralty() {
        Draft draft = IngestTestSupport.ingest("Соглашение подписали управление образования администрации Старооскольского "
                + "городского округа и Департамент образования и науки города Москвы. Участие курирует управление "
                + "образования мэрии города Череповца.");
        assertThat(iris(draft, "authority")).contains("staryy-oskol-education-department", "cherepovets-education-department");
        assertThat(objects(draft, "cherepovets-education-department", "#subOrganizationOf")).containsExactly("cherepovets-mayoralty");
    }

    @Test
    void numberedSchoolsInASentenceThatNamesOnlyMoscowAreThePartnerCitys() {
        Draft draft = IngestTestSupport.ingest("Делегация Нижнего Тагила прошла стажировку в Москве. "
                + "В Москву приехали директора школ № 32 и 40 и гимназии № 86. Педагоги Нижнего Тагила рады.");
        assertThat(iris(draft, "school")).containsExactly("nizhny-tagil-32", "nizhny-tagil-40", "nizhny-tagil-gymnasium-86");
        // A report about Moscow alone keeps its schools in Moscow.
        assertThat(iris(IngestTestSupport.ingest("В Москве директора школ № 32 и 40 обсудили планы."), "school"))
                .containsExactly("moscow-32", "moscow-40");
    }

    @Test
    void postsWhoseOrganisationIsImpliedOrNamedByItsKind() {
        Draft draft = IngestTestSupport.ingest("Семинар провел московский Колледж малого бизнеса № 4: преподаватель колледжа "
                + "Ефимова Марина Юрьевна рассказала об экзамене. Череповецкий детский сад № 108 показал опыт. Заведующая детским "
                + "садом Ольга Сергеевна Тихомирова предложила продолжить разговор. Участие курирует управление образования "
                + "мэрии города Череповца. «Это важно», — считает начальник управления Соколова Анна Николаевна.");
        assertThat(iris(draft, "membership")).containsExactlyInAnyOrder(
                "efimova-marina-yurevna-teacher-moscow-college-4",
                "tikhomirova-olga-sergeevna-director-cherepovets-kindergarten-108",
                "sokolova-anna-nikolaevna-head-of-department-cherepovets-education-department");
        // A head of an unnamed department with no name after the post is nobody in particular.
        assertThat(iris(IngestTestSupport.ingest("Управление образования мэрии города Череповца курирует участие. "
                + "Начальник управления отметил успехи."), "person")).isEmpty();
    }

    @Test
    void aDelegationOnAnInternshipTakesPartInEachPartOnTheDayItsPartsAreDatedBy() {
        Draft draft = IngestTestSupport.ingest("С 14 по 16 октября 2021 года делегация руководителей образовательных "
                + "организаций Нижнего Тагила прошла стажировку в московских школах. В Москву приехали директора школ № 32 и 40.\n\n"
                + "Первый день стажировки прошел в ГБОУ Школа № 1468. Заместитель директора Анна Викторовна Белоусова "
                + "рассказала гостям о профильном обучении.\n\n"
                + "На следующий день, 15 октября, делегация побывала в школе № 1286. Учитель физики Рябинин Дмитрий Олегович "
                + "провел для гостей мастер-класс «Физика руками».\n\n"
                + "Завершилась программа круглым столом «Управленческая команда».");
        List<String> events = iris(draft, "event");
        String visit = events.stream().filter(e -> e.startsWith("visit")).findFirst().orElseThrow();
        assertThat(objects(draft, visit, "#participant")).containsExactlyInAnyOrder("nizhny-tagil-32", "nizhny-tagil-40");
        String site = events.stream().filter(e -> e.startsWith("site-visit")).findFirst().orElseThrow();
        assertThat(objects(draft, site, "#date")).containsExactly("2021-10-14");
        assertThat(objects(draft, site, "#speaker")).containsExactly("belousova-anna-viktorovna");
        // The master class is what the delegation came to school No. 1286 for: its day and venue, no site visit besides.
        assertThat(events.stream().filter(e -> e.startsWith("site-visit"))).hasSize(1);
        assertThat(objects(draft, "master-class-fizika-rukami", "#date")).containsExactly("2021-10-15");
        assertThat(objects(draft, "master-class-fizika-rukami", "#venue")).containsExactly("moscow-1286");
        assertThat(objects(draft, "round-table-upravlencheskaya-komanda", "#date")).containsExactly("2021-10-16");
        for (String part : List.of(site, "master-class-fizika-rukami", "round-table-upravlencheskaya-komanda"))
            assertThat(objects(draft, part, "#participant")).as(part).contains("nizhny-tagil-32", "nizhny-tagil-40");
    }

    @Test
    void aTeamFromMoscowThatWorkedInACityVisitsItsSchoolsAndEnterprises() {
        Draft draft = IngestTestSupport.ingest("В марте 2022 года в Старом Осколе работала команда педагогов двух московских "
                + "школ — ГБОУ Школа № 1580 и ГБОУ Школа № 2005. Старый Оскол стал партнером.\n\n"
                + "В старооскольском лицее № 3 москвичи побывали на уроках. Директор лицея Павел Геннадьевич Дробышев рассказал "
                + "о классах.\n\n"
                + "Гости побывали и на Оскольском электрометаллургическом комбинате.");
        List<String> events = iris(draft, "event");
        String visit = events.stream().filter(e -> e.startsWith("visit")).findFirst().orElseThrow();
        assertThat(objects(draft, visit, "#participant")).containsExactlyInAnyOrder("moscow-1580", "moscow-2005");
        String site = events.stream().filter(e -> e.startsWith("site-visit")).findFirst().orElseThrow();
        assertThat(objects(draft, site, "#venue")).containsExactly("staryy-oskol-lyceum-3");
        assertThat(objects(draft, site, "#speaker")).containsExactly("drobyshev-pavel-gennadevich");
        assertThat(objects(draft, site, "#participant")).containsExactlyInAnyOrder("moscow-1580", "moscow-2005");
        String excursion = events.stream().filter(e -> e.startsWith("excursion")).findFirst().orElseThrow();
        assertThat(objects(draft, excursion, "#partOf")).containsExactly(visit);
    }

    @Test
    void schoolsThatCameToOrJoinedAnEventTakePartInIt() {
        Draft draft = IngestTestSupport.ingest("23 марта 2022 года прошел семинар «Грамотность». На семинар пришли учителя "
                + "школ № 11 и 27 города Курска.\n\n"
                + "19 ноября 2020 года прошел вебинар «Игра». Тема встречи интересна всем. Педагоги рассказали о конструкторах. "
                + "К обсуждению присоединились учителя школ № 3 и 7 города Курска.");
        assertThat(objects(draft, "seminar-gramotnost", "#participant")).containsExactlyInAnyOrder("kursk-11", "kursk-27");
        assertThat(objects(draft, "seminar-igra", "#participant")).containsExactlyInAnyOrder("kursk-3", "kursk-7");
    }

    @Test
    void aSurnameTheDictionaryDoesNotKnowBesideAFirstNameAndPatronymicOrTwoInitials() {
        Draft draft = IngestTestSupport.ingest("7 декабря 2023 года министр образования и науки Республики Адыгея Аслан "
                + "Русланович Мамий провел встречу. Координатором назначена Бжассо Светлана Казбековна. "
                + "Как отметил министр Мамий А. Р., республика определит пары школ.");
        assertThat(iris(draft, "person")).containsExactly("bzhasso-svetlana-kazbekovna", "mamy-aslan-ruslanovich");
        assertThat(iris(draft, "membership")).containsExactly("mamy-aslan-ruslanovich-minister-adygea-ministry-of-education");
    }

    @Test
    void institutesAndCentresByTheirFullNamesInAnyCase() {
        Draft draft = IngestTestSupport.ingest("Встреча прошла в Московском центре развития кадрового потенциала образования. "
                + "Координировать участие будет Адыгейский республиканский институт повышения квалификации.",
                List.of(java.nio.file.Path.of("data/000-ivanovo-2019-2020.trig")));
        assertThat(iris(draft, "organisation")).contains("mcrkpo",
                "adygeysky-respublikansky-institut-povysheniya-kvalifikatsii");
        assertThat(draft.entities()).filteredOn(e -> e.iri().getURI().endsWith("/mcrkpo")).singleElement()
                .satisfies(e -> assertThat(e.linked()).isTrue());
    }

    @Test
    void aTitledTalkWithoutAnEventAndSchoolsThatSpeakAtOne() {
        Draft draft = IngestTestSupport.ingest("В 2020/2021 учебном году прошли семинары.\n\n"
                + "В феврале настала очередь колледжа. Директор колледжа Кузнецов Игорь Владимирович выступил с докладом "
                + "«Наставник на производстве».\n\n"
                + "26 октября 2020 года прошла видеоконференция. На той же видеоконференции ГБОУ Школа № 1286 рассказала о "
                + "своей модели библиотеки.");
        String talk = iris(draft, "event").stream().filter(e -> e.startsWith("talk")).findFirst().orElseThrow();
        assertThat(objects(draft, talk, "#speaker")).containsExactly("kuznetsov-igor-vladimirovich");
        assertThat(objects(draft, talk, "#date")).containsExactly("2021-02");
        assertThat(objects(draft, "videoconference-2020-10-26", "#presenter")).containsExactly("moscow-1286");
    }

    @Test
    void aKnownPersonWrittenWithAFirstNameOnlyIsLinkedBySurnameAndInitial() {
        List<java.nio.file.Path> known = List.of(java.nio.file.Path.of("data/000-ivanovo-2019-2020.trig"));
        Draft draft = IngestTestSupport.ingest("Документ подписал руководитель Департамента образования и науки города Москвы "
                + "Исаак Калина.", known);
        assertThat(iris(draft, "person")).containsExactly("kalina-i-i");
        // Another initial is another person.
        assertThat(iris(IngestTestSupport.ingest("Документ подписал Павел Калина.", known), "person"))
                .containsExactly("kalina-pavel");
    }

    @Test
    void anUndatedEventIsDatedByTheNextSentenceOfItsParagraph() {
        Draft draft = IngestTestSupport.ingest("Работа идет с 2023 года. Следующий шаг — очная стажировка. В марте 2024 года "
                + "группа директоров школ приедет в ГБОУ Школа № 1514, где познакомится с классами.");
        String visit = iris(draft, "event").stream().filter(e -> e.startsWith("visit")).findFirst().orElseThrow();
        assertThat(objects(draft, visit, "#date")).containsExactly("2024-03");
        assertThat(objects(draft, visit, "#venue")).containsExactly("moscow-1514");
        assertThat(objects(draft, visit, "#participant")).isEmpty();
    }

    // Rules round 4 (the fourth fresh set as development data): sentences written for these tests.

    @Test
    void kindergartensListedInThePluralAreOneEach() {
        Draft draft = IngestTestSupport.ingest("На открытом занятии в Курске побывали воспитатели курских детских садов "
                + "№ 12, 33 и 90.");
        assertThat(iris(draft, "school")).containsExactly("kursk-kindergarten-12", "kursk-kindergarten-33",
                "kursk-kindergarten-90");
    }

    @Test
    void anInstituteOrCentreNamedByItsCapitalisedNounAndGenitiveWords() {
        Draft draft = IngestTestSupport.ingest("Занятия для учителей подготовили специалисты Института развития "
                + "образования Тверской области. Затем методисты Центра непрерывного профессионального развития и "
                + "аттестации педагогов показали свои разработки. Центр города был украшен флагами.");
        assertThat(draft.entities()).filteredOn(e -> e.kind().equals("organisation")).extracting(Draft.Entity::label)
                .containsExactlyInAnyOrder("Институт развития образования Тверской области",
                        "Центр непрерывного профессионального развития и аттестации педагогов");
        Draft.Entity institute = draft.entities().stream().filter(e -> e.label().startsWith("Институт")).findFirst().orElseThrow();
        assertThat(objects(draft, OrganisationExtractor.slug(institute.iri()), "#locatedIn")).containsExactly("tver-oblast");
    }

    @Test
    void anAuthorityWhoseNameListsOtherFieldsBeforeItsAdministration() {
        Draft draft = IngestTestSupport.ingest("Заявку города направило Управление образования, физической культуры и "
                + "туризма Администрации города Твери.");
        assertThat(draft.entities()).filteredOn(e -> e.kind().equals("authority")).singleElement()
                .satisfies(e -> assertThat(e.label())
                        .isEqualTo("Управление образования, физической культуры и туризма Администрации города Твери"));
        assertThat(objects(draft, "tver-education-department", "#subOrganizationOf")).containsExactly("tver-city-administration");
    }

    @Test
    void theMinisterOfTheRegionIsTheMinisterOfTheRegionNamedBefore() {
        Draft draft = IngestTestSupport.ingest("В Москву приехали директора школ Тверской области во главе с министром "
                + "образования региона Светланой Игоревной Котовой.");
        assertThat(iris(draft, "membership")).containsExactly("kotova-svetlana-igorevna-minister-tver-oblast-ministry-of-education");
    }

    @Test
    void theCapitalsDepartmentIsMoscowsEducationAuthorityNamedBefore() {
        Draft draft = IngestTestSupport.ingest("В Департаменте образования и науки города Москвы 3 марта 2022 года подписано "
                + "соглашение между министерством образования Тверской области и столичным департаментом.");
        String agreement = iris(draft, "agreement").stream().findFirst().orElseThrow();
        assertThat(objects(draft, agreement, "#party")).containsExactlyInAnyOrder("moscow-education-department",
                "tver-oblast-ministry-of-education");
        // Without the department named before, «столичный департамент» is nobody the report knows.
        assertThat(iris(IngestTestSupport.ingest("Соглашение подписали министерство образования Тверской области и "
                + "столичный департамент."), "authority")).containsExactly("tver-oblast-ministry-of-education");
    }

    @Test
    void aCoordinatorIsAMemberOfTheOrganisationNamedAfterTheirPost() {
        Draft draft = IngestTestSupport.ingest("Координатором проекта в Твери стала методист Центра непрерывного "
                + "образования педагогов Анна Ильинична Сомова.");
        Draft.Entity centre = draft.entities().stream().filter(e -> e.kind().equals("organisation")).findFirst().orElseThrow();
        assertThat(iris(draft, "membership")).containsExactly("somova-anna-ilinichna-regional-coordinator-"
                + OrganisationExtractor.slug(centre.iri()));
        // A director of it is no coordinator, even in a sentence about coordinating.
        assertThat(iris(IngestTestSupport.ingest("Работу координирует директор Центра непрерывного образования педагогов "
                + "Анна Ильинична Сомова."), "membership")).noneMatch(m -> m.contains("coordinator"));
    }

    @Test
    void theTeachersOfTheCityAreTheGroupOfTheReportsOwnCity() {
        Draft draft = IngestTestSupport.ingest("Школы Твери подвели итоги года. В мае учителя ГБОУ Школа № 1329 провели "
                + "для педагогов города мастер-класс «Медиаурок».");
        assertThat(iris(draft, "group")).containsExactly("tver-teachers");
        String masterClass = iris(draft, "event").stream().filter(e -> e.startsWith("master-class")).findFirst().orElseThrow();
        assertThat(objects(draft, masterClass, "#participant")).containsExactly("tver-teachers");
        assertThat(objects(draft, masterClass, "#presenter")).doesNotContain("tver-teachers");
    }

    @Test
    void thoseWhoUnderwentAnInternshipTakePartAndItsHostIsNoParticipant() {
        Draft draft = IngestTestSupport.ingest("С 10 по 14 апреля 2023 года учителя курских школ № 5 и № 9 прошли "
                + "стажировку в ГБОУ Школа № 1502.");
        String visit = iris(draft, "event").stream().filter(e -> e.startsWith("visit")).findFirst().orElseThrow();
        assertThat(objects(draft, visit, "#participant")).containsExactlyInAnyOrder("kursk-5", "kursk-9");
        assertThat(objects(draft, visit, "#venue")).containsExactly("moscow-1502");
    }

    @Test
    void eachInstitutionVisitedOnADayOfAVisitIsASiteVisitOfItsOwn() {
        Draft draft = IngestTestSupport.ingest("С 12 по 14 мая 2022 года делегация московской школы № 1502 работала в Курске. "
                + "В первый день гости побывали в инженерном лицее № 6 и в гимназии № 44.");
        List<String> sites = iris(draft, "event").stream().filter(e -> e.startsWith("site-visit")).toList();
        assertThat(sites).hasSize(2);
        assertThat(sites.stream().flatMap(e -> objects(draft, e, "#venue").stream()))
                .containsExactlyInAnyOrder("kursk-lyceum-6", "kursk-gymnasium-44");
        assertThat(sites.stream().flatMap(e -> objects(draft, e, "#date").stream())).containsOnly("2022-05-12");
    }

    @Test
    void anEnterpriseNamedInQuotesAfterItsNoun() {
        Draft draft = IngestTestSupport.ingest("Мастерские колледжа в Курске оснастили вместе с заводом «Курскрезинотехника».");
        assertThat(draft.entities()).filteredOn(e -> e.kind().equals("organisation")).singleElement()
                .satisfies(e -> {
                    assertThat(e.label()).isEqualTo("Курскрезинотехника");
                    assertThat(e.types()).extracting(Node::getURI).anyMatch(u -> u.endsWith("#Enterprise"));
                });
    }

    @Test
    void aVisitDayNamedInItsOwnSentenceDatesTheExcursionAndSiteVisitOfTheNext() {
        Draft draft = IngestTestSupport.ingest("С 12 по 14 мая 2022 года делегация московской школы № 1502 работала в Курске. "
                + "Третий день гости посвятили инженерному образованию. В Курском политехническом колледже им показали "
                + "лаборатории, созданные вместе с заводом «Курскрезинотехника», а затем провели экскурсию по его цехам.");
        String excursion = iris(draft, "event").stream().filter(e -> e.startsWith("excursion")).findFirst().orElseThrow();
        assertThat(objects(draft, excursion, "#date")).containsExactly("2022-05-14");
        assertThat(objects(draft, excursion, "#venue")).containsExactly("kurskrezinotekhnika");
        String site = iris(draft, "event").stream().filter(e -> e.startsWith("site-visit")).findFirst().orElseThrow();
        assertThat(objects(draft, site, "#date")).containsExactly("2022-05-14");
    }

    @Test
    void sessionsNamedOnlyByTheirMonthAfterASeminarAreSeminarsOfTheirOwn() {
        Draft draft = IngestTestSupport.ingest("Школы Твери подвели итоги 2021/2022 учебного года.\n\n"
                + "3 марта 2022 года прошёл онлайн-семинар «Проектная неделя».\n\n"
                + "До этого в октябре педагоги города рассказывали о функциональной грамотности, а в январе — о работе "
                + "с одарёнными детьми.");
        assertThat(iris(draft, "event")).contains("seminar-2021-10", "seminar-2022-01");
        assertThat(objects(draft, "seminar-2021-10", "#presenter")).containsExactly("tver-teachers");
        assertThat(objects(draft, "seminar-2022-01", "#presenter")).containsExactly("tver-teachers");
        // Without a seminar before, a month and a verb of speaking make no event.
        assertThat(iris(IngestTestSupport.ingest("Школы Твери подвели итоги года. В октябре педагоги города рассказывали "
                + "о функциональной грамотности."), "event")).isEmpty();
    }

    @Test
    void theInstitutionsADelegationIsMadeOfTakePartInItsPartsFromAnyOfTheirCities() {
        Draft draft = IngestTestSupport.ingest("С 5 по 7 апреля 2022 года в Москве работала делегация Тверской области. "
                + "В делегацию вошли директора тверских гимназий № 2 и № 6, а также директор школы № 3 города Ржева. "
                + "В первый день гости побывали в ГБОУ Школа № 1502.");
        String site = iris(draft, "event").stream().filter(e -> e.startsWith("site-visit")).findFirst().orElseThrow();
        assertThat(objects(draft, site, "#participant")).contains("rzhev-3", "tver-gymnasium-2", "tver-gymnasium-6");
    }

    @Test
    void aPlaceNamedOnlyInSomeonesQuotedWordsIsNoEntity() {
        Draft draft = IngestTestSupport.ingest("Делегация Курска побывала в Москве. «Хотим, чтобы опыт дошёл до Железногорска "
                + "и до Москвы», — сказала глава делегации.");
        assertThat(iris(draft, "city")).containsExactly("kursk", "moscow");
    }

    @Test
    void whoeverOpenedAnEventSpokeAtIt() {
        Draft draft = IngestTestSupport.ingest("12 февраля 2022 года прошёл вебинар «Цифровой класс». Вебинар открыл "
                + "директор курской гимназии № 3 Олег Петрович Сомов.");
        String seminar = iris(draft, "event").stream().filter(e -> e.startsWith("seminar")).findFirst().orElseThrow();
        assertThat(objects(draft, seminar, "#speaker")).containsExactly("somov-oleg-petrovich");
        assertThat(iris(draft, "event")).noneMatch(e -> e.startsWith("talk"));
    }
}
