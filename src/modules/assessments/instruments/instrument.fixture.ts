import type { InstrumentDefinition, LocalisedText } from './instrument.definition.ts';

/**
 * A small, valid instrument for the unit tests of the pure assessment rules (validation, hashing, advice,
 * completeness, review dates). Each call returns a fresh copy, so a test may change it freely. It is not
 * one of Kadam's shipped instruments and never reaches users.
 */

const say = (ky: string, ru: string, en: string): LocalisedText => ({ ky, ru, en });

const YES = say('Ооба', 'Да', 'Yes');
const NO = say('Жок', 'Нет', 'No');

const FIXTURE: InstrumentDefinition = {
  code: 'TEST_SCREEN',
  kind: 'screening',
  name: say('Сыноо текшерүүсү', 'Пробный скрининг', 'Test screening'),
  summary: say('Тесттер үчүн гана', 'Только для тестов', 'For tests only'),
  scales: [
    {
      code: 'YES_NO',
      levels: [
        { value: 'no', label: NO },
        { value: 'yes', label: YES },
      ],
    },
    {
      code: 'DEGREE',
      levels: [
        { value: 'none', label: say('Жок', 'Нет', 'None') },
        { value: 'some', label: say('Бир аз', 'Частично', 'Some') },
        { value: 'marked', label: say('Айкын', 'Выражено', 'Marked') },
      ],
    },
  ],
  sections: [
    {
      code: 'BEHAVIOUR',
      title: say('Жүрүм-турум', 'Поведение', 'Behaviour'),
      description: say('Байкалган жүрүм-турум', 'Наблюдаемое поведение', 'Observed behaviour'),
      indicators: [
        {
          code: 'S1',
          kind: 'risk',
          title: say('Зомбулук коркутуулары', 'Угрозы насилием', 'Threats of violence'),
          description: say('Башкаларга коркутуу', 'Угрозы другим', 'Threats made to others'),
          scale: 'YES_NO',
          guidance: { no: say('Коркутуу жок', 'Угроз нет', 'No threats'), yes: say('Коркутуу бар', 'Угрозы есть', 'Threats made') },
          evidenceSources: ['interview', 'file'],
          required: true,
        },
        {
          code: 'S2',
          kind: 'risk',
          title: say('Башкаларды тартуу', 'Вовлечение других', 'Recruiting others'),
          description: say('Башкаларга басым жасоо', 'Давление на других', 'Pressure on others to join'),
          scale: 'YES_NO',
          guidance: { no: say('Байкалган жок', 'Не замечено', 'Not seen'), yes: say('Байкалды', 'Замечено', 'Seen') },
          evidenceSources: ['observation'],
          required: true,
        },
        {
          code: 'S3',
          kind: 'protective',
          title: say('Үй-бүлө менен байланыш', 'Связь с семьёй', 'Family contact'),
          description: say('Үй-бүлөнүн колдоосу', 'Поддержка семьи', 'Support from family'),
          scale: 'DEGREE',
          guidance: {
            none: say('Байланыш жок', 'Связи нет', 'No contact'),
            some: say('Кээде', 'Иногда', 'Sometimes'),
            marked: say('Туруктуу', 'Постоянно', 'Regular'),
          },
          evidenceSources: ['own_account'],
          required: false,
        },
      ],
      freeText: [
        {
          code: 'CONTEXT',
          title: say('Жагдай', 'Обстоятельства', 'Context'),
          guidance: say('Кыскача', 'Кратко', 'Briefly'),
          required: true,
        },
        {
          code: 'OTHER',
          title: say('Башка', 'Другое', 'Other'),
          guidance: say('Керек болсо', 'При необходимости', 'If needed'),
          required: false,
        },
      ],
    },
  ],
  outcome: {
    judgements: [
      {
        code: 'VIOLENCE',
        title: say('Зомбулук тобокелдиги', 'Риск насилия', 'Risk of violence'),
        guidance: say('Далилдерге таянып', 'С опорой на доказательства', 'Based on the evidence'),
        levels: ['low', 'moderate', 'high'],
        required: true,
      },
      {
        code: 'RECRUITING',
        title: say('Башкаларды тартуу тобокелдиги', 'Риск вовлечения других', 'Risk of recruiting others'),
        guidance: say('Далилдерге таянып', 'С опорой на доказательства', 'Based on the evidence'),
        levels: ['low', 'high'],
        required: false,
      },
    ],
    formulationRequired: true,
    intensityFrom: 'VIOLENCE',
  },
  rules: [
    {
      code: 'TWO_FLAGS',
      when: { atLeast: 2, of: ['S1', 'S2'], in: ['yes'] },
      route: 'full_violent_extremism',
      advice: say('Толук баалоо сунушталат', 'Рекомендуется полная оценка', 'A full assessment is advised'),
    },
    {
      code: 'HIGH_JUDGED',
      when: { judgement: 'VIOLENCE', in: ['high'] },
      route: 'note',
      advice: say('Жогорку баа', 'Высокая оценка', 'Judged high'),
    },
  ],
  reviewPolicy: { monthsByLevel: { low: 12, moderate: 9, high: 6 }, defaultMonths: 12 },
  transparency: {
    purpose: say('Максаты', 'Цель', 'Purpose'),
    whoUsesItAndWhen: say('Ким колдонот', 'Кто использует', 'Who uses it'),
    humanOversight: say('Адам көзөмөлү', 'Контроль человека', 'Human oversight'),
    dataUsed: say('Маалыматтар', 'Данные', 'Data used'),
    knownLimits: say('Чектөөлөр', 'Ограничения', 'Known limits'),
    fairnessMonitoring: say('Адилеттүүлүк', 'Справедливость', 'Fairness'),
  },
  reviewChecklist: {
    noReligiousBeliefOrPracticeIndicators: true,
    indicatorsDescribeBehaviour: true,
    originalWording: true,
    threeLanguagesChecked: true,
    reviewedBy: 'Test reviewer',
    reviewedOn: '2025-01-15',
  },
};

export const fixtureInstrument = (): InstrumentDefinition => structuredClone(FIXTURE);
