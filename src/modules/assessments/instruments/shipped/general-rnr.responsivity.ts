import type { InstrumentDefinitionInput } from '../instrument.definition.ts';

type SectionInput = InstrumentDefinitionInput['sections'][number];

/**
 * Responsivity: not risk, but how supervision and programmes must be delivered for this person to benefit.
 * A rating here never raises the judgement; it changes the plan (language of sessions, written or spoken
 * materials, pace, a women's or youth group).
 */
export const RNR_RESPONSIVITY: SectionInput = {
  code: 'RESPONSIVITY',
  title: { ky: 'Жекече мамиленин шарттары', ru: 'Факторы восприимчивости', en: 'Responsivity' },
  description: {
    ky: 'Көзөмөл жана программалар бул адамга пайда алып келиши үчүн кантип ыңгайлаштырылышы керек.',
    ru: 'Как адаптировать надзор и программы, чтобы они принесли пользу этому человеку.',
    en: 'How supervision and programmes must be adapted for this person to benefit.',
  },
  indicators: [
    {
      code: 'RNR_LANGUAGE',
      kind: 'responsivity',
      title: { ky: 'Тил', ru: 'Язык', en: 'Language' },
      description: {
        ky: 'Адам кайсы тилде эң жакшы түшүнөт жана сүйлөйт; программа ошол тилде жүрөбү.',
        ru: 'На каком языке человек лучше всего понимает и говорит; ведётся ли программа на этом языке.',
        en: 'Which language the person understands and speaks best, and whether programmes run in it.',
      },
      scale: 'ADAPTATION',
      guidance: {
        none: {
          ky: 'Кыргыз же орус тилин эркин билет.',
          ru: 'Свободно владеет кыргызским или русским.',
          en: 'Fluent in Kyrgyz or Russian.',
        },
        some: {
          ky: 'Түшүнөт, бирок татаал темаларды өз тилинде талкуулоо керек.',
          ru: 'Понимает, но сложные темы нужно обсуждать на родном языке.',
          en: 'Understands, but complex topics need the first language.',
        },
        essential: {
          ky: 'Котормочу же башка тилдеги программа керек.',
          ru: 'Нужен переводчик или программа на другом языке.',
          en: 'Needs an interpreter or a programme in another language.',
        },
      },
      evidenceSources: ['interview', 'own_account'],
      required: true,
    },
    {
      code: 'RNR_LITERACY',
      kind: 'responsivity',
      title: { ky: 'Окуу жана жазуу', ru: 'Грамотность', en: 'Reading and writing' },
      description: {
        ky: 'Жазуу жүзүндөгү материалдарды окуп, тапшырмаларды жаза алабы.',
        ru: 'Может ли читать письменные материалы и выполнять письменные задания.',
        en: 'Whether the person can read written materials and do written tasks.',
      },
      scale: 'ADAPTATION',
      guidance: {
        none: {
          ky: 'Эркин окуйт жана жазат.',
          ru: 'Свободно читает и пишет.',
          en: 'Reads and writes freely.',
        },
        some: {
          ky: 'Жөнөкөй тексттерди окуйт; жардам керек.',
          ru: 'Читает простые тексты; нужна помощь.',
          en: 'Reads simple texts; needs help.',
        },
        essential: {
          ky: 'Окуй же жаза албайт: материалдар оозеки же сүрөт менен берилиши керек.',
          ru: 'Не читает или не пишет: материалы нужно давать устно или в картинках.',
          en: 'Cannot read or write: materials must be spoken or pictorial.',
        },
      },
      evidenceSources: ['interview', 'observation', 'file'],
      required: true,
    },
    {
      code: 'RNR_COGNITIVE_HEALTH',
      kind: 'responsivity',
      title: {
        ky: 'Таанып-билүү жөндөмү жана психикалык ден соолук',
        ru: 'Когнитивные особенности и психическое здоровье',
        en: 'Learning ability and mental health',
      },
      description: {
        ky: 'Окуу кыйынчылыктары, мээ жаракаты, депрессия, тынчсыздануу же башка психикалык абал, ошондой эле дарылануу.',
        ru: 'Трудности обучения, черепно-мозговая травма, депрессия, тревога или иное психическое состояние и его лечение.',
        en: 'Learning difficulties, head injury, depression, anxiety or another mental health condition, and its treatment.',
      },
      scale: 'ADAPTATION',
      guidance: {
        none: {
          ky: 'Программага катышууга тоскоол болгон абал жок.',
          ru: 'Состояний, мешающих участию в программе, нет.',
          en: 'Nothing that would hinder taking part.',
        },
        some: {
          ky: 'Ыргакты жайлатуу, кыска сабактар же кошумча түшүндүрүү керек.',
          ru: 'Нужны замедленный темп, короткие занятия или дополнительные пояснения.',
          en: 'Needs a slower pace, shorter sessions or extra explanation.',
        },
        essential: {
          ky: 'Алгач дарылануу же адистин жардамы керек; программаны ошого жараша пландаңыз.',
          ru: 'Сначала нужно лечение или помощь специалиста; планируйте программу с учётом этого.',
          en: 'Treatment or specialist help comes first; plan the programme around it.',
        },
      },
      evidenceSources: ['file', 'interview', 'other_agency'],
      required: true,
    },
    {
      code: 'RNR_MOTIVATION',
      kind: 'responsivity',
      title: { ky: 'Өзгөрүүгө даярдык', ru: 'Мотивация к изменениям', en: 'Readiness to change' },
      description: {
        ky: 'Адам өзгөрүүнү канчалык каалайт жана көзөмөлгө, программаларга кандай мамиле кылат.',
        ru: 'Насколько человек хочет изменений и как относится к надзору и программам.',
        en: 'How much the person wants to change and how they regard supervision and programmes.',
      },
      scale: 'ADAPTATION',
      guidance: {
        none: {
          ky: 'Өзгөрүүнү каалайт жана катышууга даяр.',
          ru: 'Хочет изменений и готов участвовать.',
          en: 'Wants to change and is ready to take part.',
        },
        some: {
          ky: 'Эки ойлуу: адегенде мотивациялык маек керек.',
          ru: 'Колеблется: сначала нужна мотивационная беседа.',
          en: 'Ambivalent: start with motivational work.',
        },
        essential: {
          ky: 'Азыр баш тартат: мотивациялоо иши программадан мурун башталышы керек.',
          ru: 'Сейчас отказывается: мотивационная работа должна начаться до программы.',
          en: 'Refuses for now: motivational work must come before any programme.',
        },
      },
      evidenceSources: ['interview', 'own_account', 'observation'],
      required: true,
    },
    {
      code: 'RNR_GENDER_AGE',
      kind: 'responsivity',
      title: {
        ky: 'Жынысына жана жашына байланыштуу муктаждыктар',
        ru: 'Потребности, связанные с полом и возрастом',
        en: 'Needs linked to gender and age',
      },
      description: {
        ky: 'Мисалы: аялдардын зомбулукка кабылган тажрыйбасы, балдарга кам көрүү, жаштардын же улгайган адамдардын муктаждыктары.',
        ru: 'Например: пережитое женщинами насилие, уход за детьми, потребности молодых или пожилых людей.',
        en: 'For example: women’s experience of abuse, caring for children, the needs of young or older people.',
      },
      scale: 'ADAPTATION',
      guidance: {
        none: {
          ky: 'Жалпы программа ылайыктуу.',
          ru: 'Подходит общая программа.',
          en: 'The general programme fits.',
        },
        some: {
          ky: 'Кошумча колдоо керек, мисалы, балдарды кароо же жаштар үчүн насаатчы.',
          ru: 'Нужна дополнительная поддержка, например уход за детьми или наставник для молодёжи.',
          en: 'Needs extra support, such as childcare or a youth mentor.',
        },
        essential: {
          ky: 'Аялдар же жаштар үчүн атайын топ же программа керек.',
          ru: 'Нужна отдельная группа или программа для женщин или молодёжи.',
          en: 'Needs a separate women’s or youth group or programme.',
        },
      },
      evidenceSources: ['interview', 'own_account', 'file'],
      required: true,
    },
  ],
};
