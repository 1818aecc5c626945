package org.partnercities.kg.generate;

import java.util.List;

/**
 * Names of practices and themes: a theme is a field of practice («Формирующее оценивание»), a
 * practice is that field in a setting («Формирующее оценивание на уроках физики»), narrower than its
 * theme. None of them is a practice of the curated data, whose IRIs they must not take.
 */
final class PracticeNames {

    record Name(String russian, String english) {}

    static final List<Name> THEMES = List.of(
            n("Проектное обучение", "Project-based learning"),
            n("Формирующее оценивание", "Formative assessment"),
            n("Перевёрнутый класс", "Flipped classroom"),
            n("Наставничество", "Mentoring"),
            n("Функциональная грамотность", "Functional literacy"),
            n("Читательская грамотность", "Reading literacy"),
            n("Математическая грамотность", "Mathematical literacy"),
            n("Естественнонаучная грамотность", "Science literacy"),
            n("Финансовая грамотность", "Financial literacy"),
            n("Индивидуальные образовательные маршруты", "Individual learning paths"),
            n("Тьюторское сопровождение", "Tutoring support"),
            n("Исследовательская деятельность учащихся", "Pupils' research"),
            n("Игровые технологии", "Game-based learning"),
            n("Развитие критического мышления", "Developing critical thinking"),
            n("Профориентация", "Career guidance"),
            n("Школьная медиация", "School mediation"),
            n("Здоровьесберегающие технологии", "Health-preserving teaching"),
            n("Патриотическое воспитание", "Civic and patriotic education"),
            n("Экологическое воспитание", "Environmental education"),
            n("Образовательная робототехника", "Educational robotics"),
            n("Обучение программированию", "Teaching programming"),
            n("Командная работа педагогов", "Teachers' teamwork"),
            n("Профессиональные обучающиеся сообщества", "Professional learning communities"),
            n("Управление качеством урока", "Lesson quality management"),
            n("Внутришкольный контроль", "Internal school supervision"),
            n("Работа с одарёнными детьми", "Work with gifted pupils"),
            n("Социально-эмоциональное обучение", "Social and emotional learning"),
            n("Ученическое самоуправление", "Pupils' self-government"),
            n("Школьное волонтёрство", "School volunteering"),
            n("Музейная педагогика", "Museum pedagogy"),
            n("Театральная педагогика", "Theatre pedagogy"),
            n("Шахматное образование", "Chess education"),
            n("Развитие устной речи", "Developing spoken language"),
            n("Визуализация учебного материала", "Visualising learning material"),
            n("Геймификация", "Gamification"),
            n("Кейс-метод", "Case method"),
            n("Сетевые образовательные проекты", "Networked school projects"),
            n("Билингвальное обучение", "Bilingual teaching"),
            n("Развитие инженерного мышления", "Developing engineering thinking"),
            n("Смысловое чтение", "Reading for meaning"));

    static final List<Name> SETTINGS = List.of(
            n("в начальной школе", "in primary school"),
            n("в основной школе", "in lower secondary school"),
            n("в старших классах", "in upper secondary school"),
            n("для детей с ОВЗ", "for children with disabilities"),
            n("в сельской школе", "in rural schools"),
            n("в дополнительном образовании", "in out-of-school education"),
            n("на уроках математики", "in mathematics lessons"),
            n("на уроках физики", "in physics lessons"),
            n("на уроках литературы", "in literature lessons"),
            n("на уроках истории", "in history lessons"),
            n("на уроках иностранного языка", "in foreign language lessons"),
            n("на уроках информатики", "in computer science lessons"),
            n("на уроках химии", "in chemistry lessons"),
            n("на уроках биологии", "in biology lessons"),
            n("на уроках географии", "in geography lessons"),
            n("на уроках русского языка", "in Russian language lessons"),
            n("на уроках технологии", "in technology lessons"),
            n("на уроках физической культуры", "in physical education"),
            n("на уроках музыки и ИЗО", "in music and art lessons"),
            n("во внеурочной деятельности", "in extracurricular activities"),
            n("в инженерных классах", "in engineering classes"),
            n("в медицинских классах", "in medical classes"),
            n("в кадетских классах", "in cadet classes"),
            n("в IT-классах", "in IT classes"),
            n("в педагогических классах", "in teacher-track classes"),
            n("в дистанционном формате", "at a distance"),
            n("в сетевом взаимодействии школ", "in school networks"),
            n("в работе с родителями", "in work with parents"),
            n("в летних школах", "in summer schools"),
            n("в работе молодых педагогов", "for young teachers"),
            n("в малокомплектной школе", "in small schools"),
            n("в школе полного дня", "in full-day schools"),
            n("в образовательном комплексе", "in school complexes"),
            n("в цифровой среде", "in a digital environment"),
            n("в предпрофессиональной подготовке", "in pre-vocational training"),
            n("в подготовке к олимпиадам", "in olympiad preparation"),
            n("в подготовке к экзаменам", "in exam preparation"),
            n("в инклюзивных классах", "in inclusive classes"),
            n("в классах с углублённым изучением предметов", "in advanced-study classes"),
            n("в школьных музеях", "in school museums"),
            n("в школьных медиацентрах", "in school media centres"),
            n("в школьных технопарках", "in school technoparks"),
            n("в межшкольных проектах", "in inter-school projects"),
            n("в каникулярное время", "in the holidays"),
            n("в сотрудничестве с вузами", "with universities"),
            n("в сотрудничестве с предприятиями", "with employers"),
            n("в работе классного руководителя", "in form tutoring"),
            n("в методическом объединении", "in subject departments"),
            n("в пятых классах", "in the fifth grade"),
            n("в выпускных классах", "in the final grades"));

    private PracticeNames() {}

    private static Name n(String russian, String english) {
        return new Name(russian, english);
    }
}
