import type { InstrumentDefinitionInput } from '../instrument.definition.ts';
import { VE_AFFILIATION } from './violent-extremism.affiliation.ts';
import { VE_CAPABILITY } from './violent-extremism.capability.ts';
import { VE_COMMITMENT } from './violent-extremism.commitment.ts';
import { VE_PROTECTIVE } from './violent-extremism.protective.ts';

/**
 * Kadam's violent-extremism risk and needs assessment: structured professional judgement. The assessor rates
 * behaviour-based indicators with evidence, writes a formulation of how they fit together for this person and
 * then judges three separate risks. The ratings are never added up: a single present indicator can matter more
 * than many partly present ones, and protective factors are weighed, not subtracted. The domains live in their
 * own files only to keep each readable.
 */
export const VIOLENT_EXTREMISM = {
  code: 'KADAM_VE',
  kind: 'violent_extremism',
  name: {
    ky: 'Зомбулуктуу экстремизмдин тобокелдиктерин жана муктаждыктарын баалоо',
    ru: 'Оценка рисков и потребностей, связанных с насильственным экстремизмом',
    en: 'Violent-extremism risk and needs assessment',
  },
  summary: {
    ky: 'Жүрүм-турумга негизделген белгилер боюнча структураланган кесиптик баалоо: зомбулукка баруу, башкаларды тартуу жана өзү тартылып калуу тобокелдиктери.',
    ru: 'Структурированное профессиональное суждение по поведенческим признакам: риск насилия, риск вовлечения других и уязвимость к вербовке.',
    en: 'Structured professional judgement over behaviour-based indicators: risk of violence, of drawing others in, and vulnerability to being recruited.',
  },
  scales: [
    {
      code: 'PRESENCE',
      levels: [
        { value: 'absent', label: { ky: 'Жок', ru: 'Отсутствует', en: 'Absent' } },
        { value: 'partly', label: { ky: 'Жарым-жартылай', ru: 'Частично', en: 'Partly present' } },
        { value: 'present', label: { ky: 'Бар', ru: 'Присутствует', en: 'Present' } },
      ],
    },
  ],
  sections: [
    VE_COMMITMENT,
    VE_AFFILIATION,
    VE_CAPABILITY,
    VE_PROTECTIVE,
    {
      code: 'CONTEXT',
      title: { ky: 'Булактар жана жагдайлар', ru: 'Источники и обстоятельства', en: 'Sources and circumstances' },
      description: {
        ky: 'Баалоо эмнеге таянганын жана тобокелдик кандай шартта өзгөрөрүн жазыңыз.',
        ru: 'Запишите, на чём основана оценка и при каких обстоятельствах риск изменится.',
        en: 'Record what the assessment rests on and what would change the risk.',
      },
      indicators: [],
      freeText: [
        {
          code: 'VE_SOURCES',
          title: { ky: 'Пайдаланылган булактар', ru: 'Использованные источники', en: 'Sources consulted' },
          guidance: {
            ky: 'Маектер (ким менен, качан), окулган иш кагаздары, кызматкерлердин байкоолору жана башка органдардын маалыматы. Кайсы булак жеткиликсиз болгонун да белгилеңиз.',
            ru: 'Беседы (с кем и когда), изученные материалы, наблюдения сотрудников и сведения других органов. Отметьте и то, какие источники были недоступны.',
            en: 'Interviews (with whom, when), files read, staff observations and other agencies’ information. Note any source that was not available.',
          },
          required: true,
        },
        {
          code: 'VE_RAISES_RISK',
          title: {
            ky: 'Тобокелдикти жогорулата турган жагдайлар',
            ru: 'Обстоятельства, которые повысят риск',
            en: 'Circumstances that would raise the risk',
          },
          guidance: {
            ky: 'Мисалы: белгилүү бир адам менен кайра байланыш, үй-бүлөдөн айрылуу, бошотулуу алдындагы белгисиздик. Кызматкерлер эмнеге көңүл бурушу керек?',
            ru: 'Например: возобновление связи с определённым человеком, разрыв с семьёй, неопределённость перед освобождением. На что должны обращать внимание сотрудники?',
            en: 'For example: renewed contact with a named person, losing family support, uncertainty before release. What should staff watch for?',
          },
          required: true,
        },
        {
          code: 'VE_LOWERS_RISK',
          title: {
            ky: 'Тобокелдикти төмөндөтө турган жагдайлар',
            ru: 'Обстоятельства, которые снизят риск',
            en: 'Circumstances that would lower the risk',
          },
          guidance: {
            ky: 'Мисалы: программаны аяктоо, жумушка орношуу, үй-бүлө менен байланышты калыбына келтирүү. Аларды план кантип колдой алат?',
            ru: 'Например: завершение программы, трудоустройство, восстановление связи с семьёй. Как план может это поддержать?',
            en: 'For example: completing a programme, finding work, restoring family contact. How can the plan support them?',
          },
          required: true,
        },
      ],
    },
  ],
  outcome: {
    judgements: [
      {
        code: 'VIOLENCE',
        title: { ky: 'Зомбулукка баруу тобокелдиги', ru: 'Риск совершения насилия', en: 'Risk of engaging in violence' },
        guidance: {
          ky: 'Эгер азыр эч нерсе өзгөрбөсө, бул адам идея же топ үчүн зомбулук көрсөтүү ыктымалдыгы жана анын оордугу.',
          ru: 'Если ничего не изменится, насколько вероятно, что человек применит насилие ради идеи или группы, и насколько тяжёлым оно может быть.',
          en: 'If nothing changes, how likely is this person to use violence for an idea or a group, and how serious could it be.',
        },
        levels: ['low', 'moderate', 'high'],
        required: true,
      },
      {
        code: 'INFLUENCE',
        title: {
          ky: 'Башкаларды тартуу же аларга таасир этүү тобокелдиги',
          ru: 'Риск вербовки других или влияния на них',
          en: 'Risk of recruiting or influencing others',
        },
        guidance: {
          ky: 'Бул адам башкаларды зомбулукту колдогон топко тартуу, аларга кысым көрсөтүү же алардын ой-пикирине таасир этүү ыктымалдыгы.',
          ru: 'Насколько вероятно, что человек будет втягивать других в группу, поддерживающую насилие, давить на них или влиять на их взгляды.',
          en: 'How likely is this person to draw others into a group that backs violence, put pressure on them or sway their views.',
        },
        levels: ['low', 'moderate', 'high'],
        required: true,
      },
      {
        code: 'VULNERABILITY',
        title: {
          ky: 'Топко тартылып калуу алсыздыгы',
          ru: 'Уязвимость к вербовке',
          en: 'Vulnerability to being recruited',
        },
        guidance: {
          ky: 'Бул адамды башкалар зомбулукту колдогон топко тартып кетүү ыктымалдыгы; кысым, обочолонуу жана коргоочу факторлордун жоктугун эске алыңыз.',
          ru: 'Насколько вероятно, что другие втянут человека в группу, поддерживающую насилие; учтите давление, изоляцию и недостаток защитных факторов.',
          en: 'How likely are others to draw this person into a group that backs violence; weigh pressure, isolation and missing protective factors.',
        },
        levels: ['low', 'moderate', 'high'],
        required: true,
      },
    ],
    formulationRequired: true,
  },
  rules: [
    {
      code: 'R_IMMEDIATE',
      when: {
        any: [
          { rating: 'VE_STATED_INTENT', in: ['present'] },
          { rating: 'VE_PLANNING', in: ['present'] },
        ],
      },
      route: 'note',
      advice: {
        ky: 'Белгилүү бир максатка каршы ниет же даярдык бар: баалоонун бекитилишин күтпөй, коопсуздук бөлүмүнө азыр кабарлаңыз.',
        ru: 'Есть намерение или подготовка против конкретной цели: сообщите службе безопасности сейчас, не дожидаясь утверждения оценки.',
        en: 'There is intent or preparation against a specific target: tell the security department now, without waiting for approval.',
      },
    },
    {
      code: 'R_UNDER_PRESSURE',
      when: { rating: 'VE_CONTROLLED', in: ['present', 'partly'] },
      route: 'note',
      advice: {
        ky: 'Адам топтун кысымында болушу мүмкүн: аны коргоо чараларын жана жайгаштырууну карап чыгыңыз.',
        ru: 'Человек может находиться под давлением группы: рассмотрите меры его защиты и размещение.',
        en: 'The person may be under a group’s pressure: consider protective measures and placement.',
      },
    },
  ],
  reviewPolicy: { monthsByLevel: { low: 12, moderate: 9, high: 6 }, defaultMonths: 12 },
  transparency: {
    purpose: {
      ky: 'Зомбулуктуу экстремизмге байланышкан тобокелдиктерди жана муктаждыктарды түшүнүү, жекече план түзүү жана эң аз чектөөчү жайгаштырууну тандоо.',
      ru: 'Понять риски и потребности, связанные с насильственным экстремизмом, составить индивидуальный план и выбрать наименее ограничительное размещение.',
      en: 'To understand risks and needs related to violent extremism, build an individual plan and choose the least restrictive placement.',
    },
    whoUsesItAndWhen: {
      ky: 'Окутуудан өтүп, аккредитация алган психологдор жана социалдык кызматкерлер: баштапкы текшерүү сунуштаганда, соттолгон берене талап кылганда, ар бир кайра кароодо жана бошотулуудан 6 ай мурун.',
      ru: 'Аккредитованные психологи и социальные работники: по рекомендации скрининга, когда этого требует статья приговора, при каждом пересмотре и за 6 месяцев до освобождения.',
      en: 'Trained, accredited psychologists and social workers: when screening advises it or the offence requires it, at every review and 6 months before release.',
    },
    humanOversight: {
      ky: 'Баалоочу ар бир белгини далил менен негиздейт жана жыйынтыкты өзү чыгарат; экинчи адам бекитет, кайтарат же себебин жазып өзгөртөт. Адамдын өз пикири жазылат жана ал баалоого даттана алат.',
      ru: 'Специалист обосновывает каждый признак доказательствами и сам выносит суждение; второй сотрудник утверждает, возвращает или изменяет его с письменным обоснованием. Мнение человека записывается, и он может оспорить оценку.',
      en: 'The assessor evidences each indicator and makes the judgement; a second person approves, returns or overrides it with a written reason. The person’s view is recorded and they can challenge the assessment.',
    },
    dataUsed: {
      ky: 'Иш кагаздары, маектер, кызматкерлердин байкоолору, башка органдардын маалыматы жана адамдын өз сөзү. Диний ишеним жана диний жөрөлгөлөр эч качан белги катары колдонулбайт.',
      ru: 'Материалы дела, беседы, наблюдения сотрудников, сведения других органов и слова самого человека. Религиозные убеждения и обряды никогда не используются как признак.',
      en: 'Files, interviews, staff observations, other agencies’ information and the person’s own account. Religious belief and practice are never used as an indicator.',
    },
    knownLimits: {
      ky: 'Зомбулуктуу экстремизм сейрек кездешет, ошондуктан эч бир курал аны так алдын ала айта албайт. Бул курал Кыргызстанда али илимий жактан текшерилген эмес; жыйынтык далилдердин сапатына жараша болот.',
      ru: 'Насильственный экстремизм редок, поэтому никакой инструмент не предсказывает его точно. Инструмент ещё не прошёл научную проверку в Кыргызстане; результат зависит от качества доказательств.',
      en: 'Violent extremism is rare, so no tool predicts it precisely. This tool is not yet validated in Kyrgyzstan; its result is only as good as the evidence.',
    },
    fairnessMonitoring: {
      ky: 'Тобокелдик деңгээлдеринин жана өзгөртүүлөрдүн бөлүштүрүлүшү мекеме, район, жыныс жана жаш курагы боюнча ар чейрек сайын каралат; 10дон аз учурлар жашырылат.',
      ru: 'Распределение уровней риска и переопределений ежеквартально сравнивается по учреждениям, районам, полу и возрасту; группы меньше 10 скрываются.',
      en: 'The spread of risk levels and overrides is compared each quarter by facility, district, sex and age band; groups under 10 are suppressed.',
    },
  },
  reviewChecklist: {
    noReligiousBeliefOrPracticeIndicators: true,
    indicatorsDescribeBehaviour: true,
    originalWording: true,
    threeLanguagesChecked: true,
    reviewedBy: 'Kadam instrument working group',
    reviewedOn: '2026-03-02',
  },
} satisfies InstrumentDefinitionInput;
