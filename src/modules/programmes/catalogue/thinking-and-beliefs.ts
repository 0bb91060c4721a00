import type { CatalogueEntry } from './catalogue-entry.ts';

/**
 * Modules that work on the attitudes that justify violence. They address behaviour and reasoning, never a
 * person's faith or practice: taking part is voluntary and says nothing about anyone's religion.
 */
export const THINKING_AND_BELIEFS: readonly CatalogueEntry[] = [
  {
    code: 'DISENGAGEMENT',
    source: 'kadam',
    title: {
      ky: 'Зомбулуктан баш тартуу жана сынчыл ой жүгүртүү',
      ru: 'Отказ от насилия и критическое мышление',
      en: 'Disengagement and critical thinking',
    },
    description: {
      ky: 'Топтук сабактар: зомбулукту актаган пикирлерди таануу, маалыматты текшерүү жана ар кандай көз караштарды салыштыруу, ачууну жана нааразычылыкты мыйзамдуу жолдор менен чечүү. Катышуучулар өз максаттарын жана зомбулуксуз келечек планын түзүшөт.',
      ru: 'Групповые занятия: распознавание доводов, оправдывающих насилие, проверка информации и сравнение разных точек зрения, разрешение гнева и обид законными способами. Участники составляют собственные цели и план будущего без насилия.',
      en: 'Group sessions: recognising arguments that justify violence, checking information and weighing different points of view, dealing with anger and grievance by lawful means. Participants set their own goals and a plan for a future without violence.',
    },
    targetNeeds: ['VE_JUSTIFIES_HARM', 'VE_DEHUMANISES', 'VE_GRIEVANCE_REVENGE', 'VE_GROUP_ABOVE_ALL', 'RNR_ATTITUDES'],
    ageMin: 18,
    legalStatuses: ['convicted', 'probation'],
    deliveryLanguages: ['ky', 'ru', 'uz'],
    sessionCount: 12,
    defaultCapacity: 10,
  },
  {
    code: 'THEOLOGICAL_DIALOGUE',
    source: 'kadam',
    title: {
      ky: 'Чакырылган дин таануучулар менен теологиялык диалог',
      ru: 'Теологический диалог с приглашёнными богословами',
      en: 'Theology-based dialogue with invited scholars',
    },
    description: {
      ky: 'Мамлекеттик катталган диний уюмдардан чакырылган окумуштуулар менен жеке жана топтук ыктыярдуу маектер: зомбулукту диний жактан актоого каршы далилдер, мыйзам жана башкалардын укуктарын урматтоо. Катышуу ыктыярдуу; адамдын ишеними же диний практикасы баалоого кирбейт.',
      ru: 'Добровольные индивидуальные и групповые беседы с богословами, приглашёнными из зарегистрированных религиозных организаций: доводы против религиозного оправдания насилия, уважение к закону и правам других. Участие добровольное; вера и религиозная практика человека не оцениваются.',
      en: 'Voluntary one-to-one and group conversations with scholars invited from registered religious organisations: the case against religious justifications of violence, respect for the law and for the rights of others. Taking part is voluntary; a person’s faith and practice are never assessed.',
    },
    targetNeeds: ['VE_JUSTIFIES_HARM', 'VE_PARALLEL_AUTHORITY', 'VE_WILLING_SACRIFICE', 'VE_DEHUMANISES'],
    ageMin: 18,
    legalStatuses: ['convicted', 'probation'],
    deliveryLanguages: ['ky', 'ru', 'uz'],
    sessionCount: 8,
    defaultCapacity: 8,
  },
  {
    code: 'PSYCHOLOGICAL_SUPPORT',
    source: 'kadam',
    title: { ky: 'Психологиялык колдоо', ru: 'Психологическая поддержка', en: 'Psychological support' },
    description: {
      ky: 'Психолог менен жеке жана топтук жолугушуулар: стресс, жоготуу жана травма менен иштөө, өзүн-өзү башкаруу, таандыктык жана маани издөөнү коопсуз жолдорго буруу. Өзүнө зыян келтирүү коркунучу байкалса, медициналык кызматка жөнөтүлөт.',
      ru: 'Индивидуальные и групповые встречи с психологом: работа со стрессом, утратой и травмой, самоконтроль, поиск принадлежности и смысла безопасными путями. При риске самоповреждения — направление в медицинскую службу.',
      en: 'One-to-one and group meetings with a psychologist: working through stress, loss and trauma, self-control, and finding belonging and meaning in safe ways. A risk of self-harm is referred to the medical service.',
    },
    targetNeeds: ['VE_SEEKS_BELONGING', 'VE_CUT_OFF', 'VE_GRIEVANCE_REVENGE', 'RNR_ANTISOCIAL_PATTERN'],
    deliveryLanguages: ['ky', 'ru', 'uz'],
    sessionCount: 10,
    defaultCapacity: 8,
  },
];
