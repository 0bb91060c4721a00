import type { CatalogueEntry } from './catalogue-entry.ts';

/**
 * Family engagement, and the training modules on the rehabilitation and reintegration of imprisoned violent
 * extremists that the UN Peacebuilding Fund project "Prevention of radicalisation in the bodies and
 * institutions of the penitentiary system of the Kyrgyz Republic" (2018–2020) developed ("Камактагы жоокер
 * экстремисттерди реабилитациялоо жана реинтеграциялоо боюнча окуу модулдары"). The source names them as a
 * pair — rehabilitation in custody, reintegration into society — so Kadam ships them as two programmes.
 */
export const FAMILY_AND_REINTEGRATION: readonly CatalogueEntry[] = [
  {
    code: 'FAMILY_ENGAGEMENT',
    source: 'kadam',
    title: { ky: 'Үй-бүлөнү тартуу', ru: 'Вовлечение семьи', en: 'Family engagement' },
    description: {
      ky: 'Адам жана анын үй-бүлөсү менен жолугушуулар (мекемеде же пробация кеңсесинде): байланышты калыбына келтирүү, ата-эне катары жоопкерчилик, бошотулгандан кийинки колдоо. Жергиликтүү аялдар комитеттери жана кылмыштуулуктун алдын алуу борборлору катыша алат.',
      ru: 'Встречи с человеком и его семьёй (в учреждении или в офисе пробации): восстановление связей, родительская ответственность, поддержка после освобождения. Могут участвовать местные женские комитеты и центры профилактики преступности.',
      en: 'Meetings with the person and their family (in the institution or at the probation office): rebuilding ties, responsibility as a parent, support after release. Local women’s committees and crime-prevention centres can take part.',
    },
    targetNeeds: ['RNR_FAMILY', 'VE_CUT_OFF', 'VE_CONTROLLED'],
    deliveryLanguages: ['ky', 'ru', 'uz'],
    sessionCount: 6,
    defaultCapacity: 6,
  },
  {
    code: 'VEP_REHABILITATION',
    source: 'pbf_training_modules',
    title: {
      ky: 'Камактагы жоокер экстремисттерди реабилитациялоо (окуу модулу)',
      ru: 'Реабилитация заключённых насильственных экстремистов (учебный модуль)',
      en: 'Rehabilitation of imprisoned violent extremists (training module)',
    },
    description: {
      ky: '«Кыргыз Республикасынын жазык-аткаруу тутумунун органдарындагы жана мекемелериндеги радикалдашуунун алдын алуу» долбоорунун (БУУнун Тынчтык куруу фонду, 2018–2020) окуу модулу: жекече мамиле, зомбулуктуу топтордон алыстоо, жоопкерчиликти кабыл алуу жана мыйзам чегинде жашоого мотивация. Тобокелдикти баалоонун жыйынтыгы боюнча дайындалат.',
      ru: 'Учебный модуль проекта «Профилактика радикализации в органах и учреждениях уголовно-исполнительной системы Кыргызской Республики» (Фонд миростроительства ООН, 2018–2020): индивидуальный подход, отдаление от насильственных групп, принятие ответственности и мотивация к законопослушной жизни. Назначается по итогам оценки рисков.',
      en: 'Training module of the project "Prevention of radicalisation in the bodies and institutions of the penitentiary system of the Kyrgyz Republic" (UN Peacebuilding Fund, 2018–2020): an individual approach, distancing from violent groups, accepting responsibility and motivation for a law-abiding life. Assigned on the results of the risk assessment.',
    },
    targetNeeds: ['VE_VIOLENT_NETWORK', 'VE_RECRUITS', 'VE_JUSTIFIES_HARM', 'VE_GROUP_ABOVE_ALL', 'VE_STATED_INTENT', 'RNR_ATTITUDES'],
    ageMin: 18,
    riskLevels: ['moderate', 'high'],
    legalStatuses: ['convicted'],
    deliveryLanguages: ['ky', 'ru'],
    sessionCount: 12,
    defaultCapacity: 8,
  },
  {
    code: 'VEP_REINTEGRATION',
    source: 'pbf_training_modules',
    title: {
      ky: 'Камактагы жоокер экстремисттерди коомго реинтеграциялоо (окуу модулу)',
      ru: 'Реинтеграция заключённых насильственных экстремистов в общество (учебный модуль)',
      en: 'Reintegration of imprisoned violent extremists into society (training module)',
    },
    description: {
      ky: 'Ошол эле долбоордун окуу модулу: бошотулууга даярдык, турак жай, документтер жана жумуш, үй-бүлө жана жамаат менен байланыш, пробация органдары жана жергиликтүү өз алдынча башкаруу менен өнөктөштүк. Бошотулганга чейин алты ай калганда башталат жана пробацияда уланат.',
      ru: 'Учебный модуль того же проекта: подготовка к освобождению, жильё, документы и работа, связи с семьёй и общиной, партнёрство с органами пробации и местного самоуправления. Начинается за шесть месяцев до освобождения и продолжается на пробации.',
      en: 'Training module of the same project: preparing for release, housing, documents and work, ties with family and community, partnership with probation and local self-government. Starts six months before release and continues on probation.',
    },
    targetNeeds: ['VE_CUT_OFF', 'VE_VIOLENT_NETWORK', 'RNR_ASSOCIATES', 'RNR_ACCOMMODATION', 'RNR_EDUCATION_WORK'],
    ageMin: 18,
    legalStatuses: ['convicted', 'probation', 'released'],
    deliveryLanguages: ['ky', 'ru'],
    sessionCount: 10,
    defaultCapacity: 8,
  },
];
