import { defineMessages } from '../../platform/i18n/catalog.ts';

/**
 * Why Kadam proposes what it proposes (`ProposalReason` codes of classification.proposal.ts), worded for the
 * committee member who decides and for the person the decision is explained to.
 */
export const proposalReasonMessages = defineMessages(
  {
    'assessments.classification.reason.extremism_conviction': 'The person was convicted under a terrorism- or extremism-related article.',
    'assessments.classification.reason.high_violence_or_influence':
      'The approved assessment judged the risk of violence or of influencing others as high.',
    'assessments.classification.reason.moderate_violence_or_influence':
      'The approved assessment judged the risk of violence or of influencing others as moderate.',
    'assessments.classification.reason.vulnerable_to_recruitment':
      'The approved assessment judged the person at least moderately vulnerable to being recruited.',
    'assessments.classification.reason.no_indication': 'The approved assessments give no indication of violent extremism.',
    'assessments.classification.reason.placement_as_needed': 'The placement is the least restrictive option that manages the risk.',
    'assessments.classification.reason.placement_policy_limits':
      'The facility’s policy does not run the option the risk calls for, so the nearest option it runs is proposed.',
    'assessments.classification.reason.intensity_from_reoffending': 'The supervision intensity follows the risk of reoffending.',
    'assessments.classification.reason.intensity_raised_by_extremism_risk':
      'The supervision intensity is raised because of the risk of violence or of influencing others.',
  },
  {
    ky: {
      'assessments.classification.reason.extremism_conviction': 'Адам терроризм же экстремизм менен байланышкан берене боюнча соттолгон.',
      'assessments.classification.reason.high_violence_or_influence':
        'Бекитилген баалоодо зомбулук же башкаларга таасир этүү тобокелдиги жогору деп бааланган.',
      'assessments.classification.reason.moderate_violence_or_influence':
        'Бекитилген баалоодо зомбулук же башкаларга таасир этүү тобокелдиги орточо деп бааланган.',
      'assessments.classification.reason.vulnerable_to_recruitment':
        'Бекитилген баалоодо адамдын тартылып кетүүгө алсыздыгы жок дегенде орточо деп бааланган.',
      'assessments.classification.reason.no_indication': 'Бекитилген баалоолордо зомбулуктуу экстремизмдин белгилери жок.',
      'assessments.classification.reason.placement_as_needed': 'Бул тобокелдикти башкара турган эң аз чектөөчү жайгаштыруу.',
      'assessments.classification.reason.placement_policy_limits':
        'Мекеменин саясаты тобокелдик талап кылган вариантты колдонбойт, ошондуктан ал колдонгон эң жакын вариант сунушталды.',
      'assessments.classification.reason.intensity_from_reoffending': 'Көзөмөлдүн деңгээли кайра кылмыш кылуу тобокелдигине жараша.',
      'assessments.classification.reason.intensity_raised_by_extremism_risk':
        'Зомбулук же башкаларга таасир этүү тобокелдигинен улам көзөмөлдүн деңгээли жогорулатылды.',
    },
    ru: {
      'assessments.classification.reason.extremism_conviction': 'Человек осуждён по статье, связанной с терроризмом или экстремизмом.',
      'assessments.classification.reason.high_violence_or_influence':
        'В утверждённой оценке риск насилия или влияния на других признан высоким.',
      'assessments.classification.reason.moderate_violence_or_influence':
        'В утверждённой оценке риск насилия или влияния на других признан умеренным.',
      'assessments.classification.reason.vulnerable_to_recruitment':
        'В утверждённой оценке уязвимость человека к вербовке признана как минимум умеренной.',
      'assessments.classification.reason.no_indication': 'Утверждённые оценки не указывают на насильственный экстремизм.',
      'assessments.classification.reason.placement_as_needed': 'Это наименее ограничительный вариант размещения, который управляет риском.',
      'assessments.classification.reason.placement_policy_limits':
        'Политика учреждения не предусматривает вариант, которого требует риск, поэтому предложен ближайший из предусмотренных.',
      'assessments.classification.reason.intensity_from_reoffending': 'Интенсивность надзора соответствует риску повторного преступления.',
      'assessments.classification.reason.intensity_raised_by_extremism_risk':
        'Интенсивность надзора повышена из-за риска насилия или влияния на других.',
    },
  },
);
