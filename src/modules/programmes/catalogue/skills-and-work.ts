import type { CatalogueEntry } from './catalogue-entry.ts';

/** Modules that build what a life without offending rests on: schooling, a trade, everyday skills, a job. */
export const SKILLS_AND_WORK: readonly CatalogueEntry[] = [
  {
    code: 'EDUCATION_LITERACY',
    source: 'kadam',
    title: { ky: 'Билим берүү жана сабаттуулук', ru: 'Образование и грамотность', en: 'Education and literacy' },
    description: {
      ky: 'Окуу, жазуу жана эсептөө боюнча сабактар, мамлекеттик тилде жана орус тилинде окуу, орто билим алууну улантууга даярдоо. Деңгээли биринчи сабакта аныкталат.',
      ru: 'Занятия по чтению, письму и счёту, обучение на государственном и русском языках, подготовка к продолжению среднего образования. Уровень определяется на первом занятии.',
      en: 'Reading, writing and numeracy classes, learning in the state language and in Russian, and preparation for continuing secondary education. The level is set at the first session.',
    },
    targetNeeds: ['RNR_EDUCATION_WORK'],
    deliveryLanguages: ['ky', 'ru'],
    sessionCount: 24,
    defaultCapacity: 12,
  },
  {
    code: 'VOCATIONAL_TRAINING',
    source: 'kadam',
    title: { ky: 'Кесиптик окутуу', ru: 'Профессиональное обучение', en: 'Vocational training' },
    description: {
      ky: 'Мекеменин устаканаларында кесипке үйрөтүү (тигүү, жыгач уста, ширетүү, нан бышыруу ж.б.) жана бүтүргөндө күбөлүк. Кесип жергиликтүү эмгек рыногунун талабына жараша тандалат.',
      ru: 'Обучение профессии в мастерских учреждения (швейное дело, столярное дело, сварка, хлебопечение и др.) с выдачей свидетельства по окончании. Профессия выбирается с учётом спроса на местном рынке труда.',
      en: 'Learning a trade in the institution’s workshops (sewing, carpentry, welding, baking and others), with a certificate on completion. The trade is chosen for what the local labour market needs.',
    },
    targetNeeds: ['RNR_EDUCATION_WORK', 'RNR_FINANCES'],
    ageMin: 16,
    legalStatuses: ['convicted', 'probation'],
    deliveryLanguages: ['ky', 'ru'],
    sessionCount: 30,
    defaultCapacity: 10,
  },
  {
    code: 'LIFE_SKILLS',
    source: 'kadam',
    title: { ky: 'Турмуштук көндүмдөр', ru: 'Жизненные навыки', en: 'Life skills' },
    description: {
      ky: 'Күнүмдүк жашоого керектүү көндүмдөр: акча башкаруу, бош убакытты пайдалуу өткөрүү, ичкилик жана баңгизаттан алыс болуу, чыр-чатакты тынч чечүү, мамлекеттик кызматтарга кайрылуу.',
      ru: 'Навыки для повседневной жизни: управление деньгами, полезный досуг, отказ от алкоголя и наркотиков, мирное разрешение конфликтов, обращение в государственные службы.',
      en: 'Skills for everyday life: managing money, spending free time well, staying away from alcohol and drugs, settling conflicts peacefully, and dealing with public services.',
    },
    targetNeeds: ['RNR_LEISURE', 'RNR_SUBSTANCE_USE', 'RNR_FINANCES', 'RNR_ASSOCIATES'],
    deliveryLanguages: ['ky', 'ru'],
    sessionCount: 10,
    defaultCapacity: 12,
  },
  {
    code: 'EMPLOYMENT_READINESS',
    source: 'kadam',
    title: { ky: 'Жумушка даярдык', ru: 'Готовность к трудоустройству', en: 'Employment readiness' },
    description: {
      ky: 'Бошотулганга чейин жана пробация мезгилинде: резюме жана маектешүүгө даярдануу, жумуш издөө, жергиликтүү иш менен камсыз кылуу кызматтары жана иш берүүчүлөр менен байланыш, өз ишин баштоо.',
      ru: 'До освобождения и в период пробации: резюме и подготовка к собеседованию, поиск работы, связь с местными органами занятости и работодателями, начало собственного дела.',
      en: 'Before release and on probation: a CV and interview practice, looking for work, contact with local employment services and employers, and starting one’s own business.',
    },
    targetNeeds: ['RNR_EDUCATION_WORK', 'RNR_FINANCES', 'RNR_ACCOMMODATION'],
    ageMin: 18,
    legalStatuses: ['convicted', 'probation', 'released'],
    deliveryLanguages: ['ky', 'ru'],
    sessionCount: 8,
    defaultCapacity: 12,
  },
];
