import type { InstrumentDefinitionInput, RuleCondition } from '../instrument.definition.ts';
import { RNR_HISTORY } from './general-rnr.history.ts';
import { RNR_NEEDS } from './general-rnr.needs.ts';
import { RNR_RESPONSIVITY } from './general-rnr.responsivity.ts';

/**
 * Kadam's general risk–need–responsivity assessment. The assessor's judgement of reoffending risk sets the
 * supervision intensity (risk principle); the needs rated "major" point to programmes (need principle); the
 * responsivity ratings say how to deliver them (responsivity principle). The advisory notes below only point
 * to programmes; they never set the judgement.
 */

const major = (...codes: string[]): RuleCondition => ({ atLeast: 1, of: codes, in: ['major'] });

/** Kyrgyz, Russian, English: the order every string of an instrument is written in. */
const localised = (ky: string, ru: string, en: string) => ({ ky, ru, en });

export const GENERAL_RNR = {
  code: 'KADAM_RNR',
  kind: 'general_rnr',
  name: {
    ky: 'Тобокелдикти, муктаждыктарды жана жекече мамилени жалпы баалоо',
    ru: 'Общая оценка риска, потребностей и восприимчивости',
    en: 'General risk–need–responsivity assessment',
  },
  summary: {
    ky: 'Кылмышты кайталоо тобокелдигин баалайт, көзөмөлдүн интенсивдүүлүгүн аныктайт жана программаларды сунуштайт.',
    ru: 'Оценивает риск повторного преступления, определяет интенсивность надзора и указывает на программы.',
    en: 'Judges the risk of reoffending, sets supervision intensity and points to programmes.',
  },
  scales: [
    {
      code: 'PRIOR_COUNT',
      levels: [
        { value: 'none', label: localised('Жок', 'Нет', 'None') },
        { value: 'few', label: localised('1–2', '1–2', '1–2') },
        { value: 'many', label: localised('3 же андан көп', '3 и более', '3 or more') },
      ],
    },
    {
      code: 'YES_NO',
      levels: [
        { value: 'no', label: localised('Жок', 'Нет', 'No') },
        { value: 'yes', label: localised('Ооба', 'Да', 'Yes') },
      ],
    },
    {
      code: 'NEED_LEVEL',
      levels: [
        { value: 'none', label: localised('Муктаждык жок', 'Нет потребности', 'No need') },
        { value: 'some', label: localised('Айрым муктаждык', 'Некоторая потребность', 'Some need') },
        { value: 'major', label: localised('Олуттуу муктаждык', 'Значительная потребность', 'Major need') },
      ],
    },
    {
      code: 'ADAPTATION',
      levels: [
        { value: 'none', label: localised('Ыңгайлаштыруу керек эмес', 'Адаптация не нужна', 'No adaptation needed') },
        { value: 'some', label: localised('Бир аз ыңгайлаштыруу', 'Нужна некоторая адаптация', 'Some adaptation') },
        { value: 'essential', label: localised('Ыңгайлаштыруу милдеттүү', 'Адаптация обязательна', 'Adaptation essential') },
      ],
    },
  ],
  sections: [
    RNR_HISTORY,
    RNR_NEEDS,
    RNR_RESPONSIVITY,
    {
      code: 'PLANNING',
      title: localised('Пландоо үчүн', 'Для планирования', 'For planning'),
      description: localised(
        'Жекече план түзүү үчүн күчтүү жактар жана сунушталган программалар.',
        'Сильные стороны и рекомендуемые программы для индивидуального плана.',
        'Strengths and recommended programmes for the individual plan.',
      ),
      indicators: [],
      freeText: [
        {
          code: 'RNR_STRENGTHS',
          title: localised('Күчтүү жактар', 'Сильные стороны', 'Strengths'),
          guidance: localised(
            'Адамдын план таяна турган жөндөмдөрү, байланыштары жана жетишкендиктери.',
            'Умения, связи и достижения человека, на которые может опираться план.',
            'The person’s skills, relationships and achievements the plan can build on.',
          ),
          required: true,
        },
        {
          code: 'RNR_PROGRAMMES',
          title: localised('Сунушталган программалар', 'Рекомендуемые программы', 'Recommended programmes'),
          guidance: localised(
            'Кайсы муктаждык үчүн кайсы программа же кызмат, кандай ыңгайлаштыруу менен жана эмне үчүн.',
            'Какая программа или услуга для какой потребности, с какой адаптацией и почему.',
            'Which programme or service for which need, with what adaptation, and why.',
          ),
          required: true,
        },
      ],
    },
  ],
  outcome: {
    judgements: [
      {
        code: 'REOFFENDING',
        title: localised('Кылмышты кайталоо тобокелдиги', 'Риск повторного преступления', 'Risk of reoffending'),
        guidance: localised(
          'Кылмыштуу өткөнүн жана муктаждыктарын бирге карап, эгер эч нерсе өзгөрбөсө, адам кайра кылмыш жасоо ыктымалдыгы. Бул баа көзөмөлдүн интенсивдүүлүгүн аныктайт.',
          'С учётом истории и потребностей: насколько вероятно новое преступление, если ничего не изменится. Эта оценка определяет интенсивность надзора.',
          'Taking history and needs together: how likely a new offence is if nothing changes. This judgement sets the supervision intensity.',
        ),
        levels: ['low', 'moderate', 'high'],
        required: true,
      },
    ],
    formulationRequired: true,
    intensityFrom: 'REOFFENDING',
  },
  rules: [
    {
      code: 'R_THINKING_SKILLS',
      when: major('RNR_ATTITUDES', 'RNR_ASSOCIATES', 'RNR_ANTISOCIAL_PATTERN'),
      route: 'note',
      advice: localised(
        'Көз караштар, чөйрө же жүрүм-турум боюнча олуттуу муктаждык: ой жүгүртүү көндүмдөрү боюнча программаны караңыз.',
        'Значительная потребность в установках, окружении или поведении: рассмотрите программу развития навыков мышления.',
        'A major need in attitudes, associates or behaviour: consider a thinking-skills programme.',
      ),
    },
    {
      code: 'R_SUBSTANCE',
      when: major('RNR_SUBSTANCE_USE'),
      route: 'note',
      advice: localised(
        'Ичкилик же баңгизат боюнча олуттуу муктаждык: нарколог же дарылоо программасына жолдомо караңыз.',
        'Значительная потребность, связанная с алкоголем или наркотиками: рассмотрите направление к наркологу или в программу лечения.',
        'A major alcohol or drug need: consider a referral to addiction treatment.',
      ),
    },
    {
      code: 'R_EDUCATION_WORK',
      when: major('RNR_EDUCATION_WORK', 'RNR_LEISURE'),
      route: 'note',
      advice: localised(
        'Билим, эмгек же бош убакыт боюнча олуттуу муктаждык: окуу, кесиптик даярдык же жумушка орношуу программасын караңыз.',
        'Значительная потребность в образовании, работе или досуге: рассмотрите обучение, профподготовку или программу трудоустройства.',
        'A major education, work or leisure need: consider learning, vocational training or an employment programme.',
      ),
    },
    {
      code: 'R_RESETTLEMENT',
      when: major('RNR_ACCOMMODATION', 'RNR_FINANCES', 'RNR_FAMILY'),
      route: 'note',
      advice: localised(
        'Турак жай, каржы же үй-бүлө боюнча олуттуу муктаждык: жергиликтүү өз алдынча башкаруу жана социалдык кызматтар менен реинтеграциялоону эрте пландаңыз.',
        'Значительная потребность в жилье, финансах или семье: заранее планируйте реинтеграцию с местным самоуправлением и социальными службами.',
        'A major accommodation, finance or family need: plan reintegration early with local self-government and social services.',
      ),
    },
    {
      code: 'R_ADAPT_DELIVERY',
      when: {
        atLeast: 1,
        of: ['RNR_LANGUAGE', 'RNR_LITERACY', 'RNR_COGNITIVE_HEALTH', 'RNR_MOTIVATION', 'RNR_GENDER_AGE'],
        in: ['essential'],
      },
      route: 'note',
      advice: localised(
        'Программаны ыңгайлаштыруу милдеттүү: планга тилди, материалдардын түрүн, ыргакты же топту жазыңыз.',
        'Адаптация обязательна: укажите в плане язык, форму материалов, темп или группу.',
        'Adaptation is essential: write the language, material format, pace or group into the plan.',
      ),
    },
  ],
  reviewPolicy: { monthsByLevel: { low: 12, moderate: 9, high: 6 }, defaultMonths: 12 },
  transparency: {
    purpose: localised(
      'Кылмышты кайталоо тобокелдигине жараша көзөмөлдүн интенсивдүүлүгүн аныктоо, кылмышка байланышкан муктаждыктарды табуу жана программаларды адамга ылайыкташтыруу.',
      'Определить интенсивность надзора по риску повторного преступления, выявить криминогенные потребности и подобрать программы под человека.',
      'To set supervision intensity by the risk of reoffending, find criminogenic needs and fit programmes to the person.',
    ),
    whoUsesItAndWhen: localised(
      'Аккредитацияланган пробация кызматкерлери, психологдор жана социалдык кызматкерлер: баштапкы текшерүү сунуштаганда, ар бир кайра кароодо жана бошотулуудан 6 ай мурун.',
      'Аккредитованные сотрудники пробации, психологи и социальные работники: по рекомендации скрининга, при каждом пересмотре и за 6 месяцев до освобождения.',
      'Accredited probation officers, psychologists and social workers: when screening advises it, at every review and 6 months before release.',
    ),
    humanOversight: localised(
      'Упайлар кошулбайт. Баалоочу жыйынтыкты себептери менен жазат, экинчи адам бекитет, кайтарат же себебин жазып өзгөртөт. Адамдын өз пикири жазылат жана ал даттана алат.',
      'Баллы не суммируются. Специалист записывает суждение с обоснованием, второй сотрудник утверждает, возвращает или изменяет его с письменной причиной. Мнение человека записывается, он может оспорить оценку.',
      'Nothing is scored. The assessor writes the judgement with reasons; a second person approves, returns or overrides it with a written reason. The person’s view is recorded and they can challenge it.',
    ),
    dataUsed: localised(
      'Соттуулук тууралуу маалымат, иш кагаздары, маек, адамдын өз сөзү жана башка органдардын маалыматы. Диний ишеним жана диний жөрөлгөлөр колдонулбайт.',
      'Сведения о судимости, материалы дела, беседа, слова самого человека и сведения других органов. Религиозные убеждения и обряды не используются.',
      'The record of convictions, files, the interview, the person’s own account and other agencies’ information. Religious belief and practice are never used.',
    ),
    knownLimits: localised(
      'Курал Кыргызстанда али илимий жактан текшерилген эмес. Кылмыштуу өткөн өзгөрбөйт, ошондуктан өзгөрүүлөрдү муктаждыктар аркылуу көрүңүз. Маалымат жетишсиз болсо, баа ишенимсиз болот.',
      'Инструмент ещё не прошёл научную проверку в Кыргызстане. История не меняется, поэтому изменения отслеживайте по потребностям. При нехватке сведений оценка ненадёжна.',
      'The tool is not yet validated in Kyrgyzstan. History cannot change, so track progress through the needs. With too little information the judgement is unreliable.',
    ),
    fairnessMonitoring: localised(
      'Тобокелдик деңгээлдери, көзөмөлдүн интенсивдүүлүгү жана өзгөртүүлөр мекеме, район, жыныс жана жаш курагы боюнча ар чейрек сайын салыштырылат; 10дон аз учурлар жашырылат.',
      'Уровни риска, интенсивность надзора и переопределения ежеквартально сравниваются по учреждениям, районам, полу и возрасту; группы меньше 10 скрываются.',
      'Risk levels, supervision intensity and overrides are compared each quarter by facility, district, sex and age band; groups under 10 are suppressed.',
    ),
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
