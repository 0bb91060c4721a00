import type { InstrumentDefinitionInput } from '../instrument.definition.ts';

type SectionInput = InstrumentDefinitionInput['sections'][number];

/**
 * Criminal history: the static part of the risk principle. These facts cannot change, which is why they never
 * decide the judgement alone: the needs below are what supervision and programmes can work on.
 */
export const RNR_HISTORY: SectionInput = {
  code: 'HISTORY',
  title: { ky: 'Кылмыштуу өткөн', ru: 'Криминальная история', en: 'Criminal history' },
  description: {
    ky: 'Өзгөрбөй турган фактылар. Иш кагаздары жана соттуулук тууралуу маалымат боюнча толтурулат.',
    ru: 'Неизменяемые факты. Заполняется по материалам дела и сведениям о судимости.',
    en: 'Facts that cannot change. Completed from the file and the record of convictions.',
  },
  indicators: [
    {
      code: 'RNR_PRIOR_CONVICTIONS',
      kind: 'risk',
      title: { ky: 'Мурунку соттуулуктар', ru: 'Прежние судимости', en: 'Previous convictions' },
      description: {
        ky: 'Азыркы иштен мурунку соттуулуктардын саны, алынып салынгандарын кошпогондо.',
        ru: 'Число судимостей до текущего дела, не считая погашенных.',
        en: 'The number of convictions before the current case, not counting spent ones.',
      },
      scale: 'PRIOR_COUNT',
      guidance: {
        none: {
          ky: 'Мурунку соттуулук жок.',
          ru: 'Прежних судимостей нет.',
          en: 'No previous convictions.',
        },
        few: {
          ky: 'Бир же эки мурунку соттуулук.',
          ru: 'Одна или две прежние судимости.',
          en: 'One or two previous convictions.',
        },
        many: {
          ky: 'Үч же андан көп мурунку соттуулук.',
          ru: 'Три и более прежних судимости.',
          en: 'Three or more previous convictions.',
        },
      },
      evidenceSources: ['file', 'other_agency'],
      required: true,
    },
    {
      code: 'RNR_EARLY_START',
      kind: 'risk',
      title: { ky: 'Эрте башталган кылмыштуулук', ru: 'Раннее начало', en: 'Early start' },
      description: {
        ky: 'Биринчи жолу 18 жашка чейин кармалган, эсепке алынган же соттолгон.',
        ru: 'Впервые задержан, поставлен на учёт или осуждён до 18 лет.',
        en: 'First arrested, registered with the police or convicted before the age of 18.',
      },
      scale: 'YES_NO',
      guidance: {
        no: {
          ky: '18 жашка чейин мындай учурлар болгон эмес.',
          ru: 'До 18 лет таких случаев не было.',
          en: 'Nothing of the kind before 18.',
        },
        yes: {
          ky: 'Иш кагаздары 18 жашка чейинки учурду ырастайт.',
          ru: 'Материалы подтверждают случай до 18 лет.',
          en: 'The file confirms an instance before 18.',
        },
      },
      evidenceSources: ['file', 'other_agency'],
      required: true,
    },
    {
      code: 'RNR_SUPERVISION_FAILURE',
      kind: 'risk',
      title: {
        ky: 'Мурунку көзөмөлдү бузуу',
        ru: 'Нарушения прежнего надзора',
        en: 'Earlier supervision failed',
      },
      description: {
        ky: 'Мурда пробациянын шарттарын бузган, шарттуу мөөнөтүнөн мурда бошотуу жокко чыгарылган, качкан же жашынган.',
        ru: 'Ранее нарушал условия пробации, условно-досрочное освобождение отменялось, совершал побег или скрывался.',
        en: 'Has breached probation, had early release revoked, escaped or absconded before.',
      },
      scale: 'YES_NO',
      guidance: {
        no: {
          ky: 'Мурунку көзөмөл бузуусуз өткөн же көзөмөл болгон эмес.',
          ru: 'Прежний надзор прошёл без нарушений, либо надзора не было.',
          en: 'Any earlier supervision passed without breach, or there was none.',
        },
        yes: {
          ky: 'Жок дегенде бир бузуу иш кагаздарында ырасталган.',
          ru: 'Хотя бы одно нарушение подтверждено материалами.',
          en: 'At least one breach is confirmed in the file.',
        },
      },
      evidenceSources: ['file', 'other_agency'],
      required: true,
    },
    {
      code: 'RNR_PRIOR_VIOLENCE',
      kind: 'risk',
      title: { ky: 'Мурунку зомбулук кылмыштары', ru: 'Прежние насильственные преступления', en: 'Previous violent offences' },
      description: {
        ky: 'Мурда адамга каршы зомбулук кылмышы үчүн соттолгон.',
        ru: 'Ранее был осуждён за насильственное преступление против человека.',
        en: 'Has been convicted before of a violent offence against a person.',
      },
      scale: 'YES_NO',
      guidance: {
        no: {
          ky: 'Мындай соттуулук жок.',
          ru: 'Таких судимостей нет.',
          en: 'No such conviction.',
        },
        yes: {
          ky: 'Жок дегенде бир мындай соттуулук бар.',
          ru: 'Есть хотя бы одна такая судимость.',
          en: 'At least one such conviction.',
        },
      },
      evidenceSources: ['file'],
      required: true,
    },
  ],
};
