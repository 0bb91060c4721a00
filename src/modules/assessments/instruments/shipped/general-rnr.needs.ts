import type { InstrumentDefinitionInput } from '../instrument.definition.ts';

type SectionInput = InstrumentDefinitionInput['sections'][number];

/**
 * Criminogenic needs: the changeable areas linked to reoffending, which supervision and programmes target.
 * Accommodation and finances are added to the usual eight because, on release, they are the needs that most
 * often decide whether the rest of a plan can work at all.
 */
export const RNR_NEEDS: SectionInput = {
  code: 'NEEDS',
  title: { ky: 'Кылмышка байланышкан муктаждыктар', ru: 'Криминогенные потребности', en: 'Criminogenic needs' },
  description: {
    ky: 'Кылмышты кайталоо менен байланышкан жана өзгөртүүгө боло турган жагдайлар. Ар бири боюнча акыркы 12 айды баалаңыз.',
    ru: 'Изменяемые обстоятельства, связанные с повторными преступлениями. Оценивайте каждое за последние 12 месяцев.',
    en: 'Changeable circumstances linked to reoffending. Rate each over the last 12 months.',
  },
  indicators: [
    {
      code: 'RNR_ATTITUDES',
      kind: 'need',
      title: { ky: 'Кылмышты актаган көз караштар', ru: 'Прокриминальные установки', en: 'Pro-criminal attitudes' },
      description: {
        ky: 'Кылмышты актайт, жабырлануучуну күнөөлөйт, мыйзамды жана сотту урматтабайт.',
        ru: 'Оправдывает преступления, винит потерпевших, не уважает закон и суд.',
        en: 'Excuses offending, blames victims, shows contempt for the law and the courts.',
      },
      scale: 'NEED_LEVEL',
      guidance: {
        none: { ky: 'Мындай көз караштар байкалбайт.', ru: 'Таких установок не видно.', en: 'No such attitudes seen.' },
        some: {
          ky: 'Кээ бир кылмыштарды актайт, бирок башкаларды айыптайт.',
          ru: 'Оправдывает некоторые преступления, но осуждает другие.',
          en: 'Excuses some offences but condemns others.',
        },
        major: {
          ky: 'Кылмышты жашоонун кадимки жолу катары көрөт, жоопкерчиликти мойнуна албайт.',
          ru: 'Считает преступления нормальным образом жизни, не признаёт ответственности.',
          en: 'Sees offending as a normal way of life and accepts no responsibility.',
        },
      },
      evidenceSources: ['interview', 'own_account', 'file'],
      required: true,
    },
    {
      code: 'RNR_ASSOCIATES',
      kind: 'need',
      title: { ky: 'Кылмыштуу чөйрө', ru: 'Криминальное окружение', en: 'Pro-criminal associates' },
      description: {
        ky: 'Достору жана жакын таанышы кылмыш жасашат же аны колдошот; мыйзамды сактаган чөйрөсү аз.',
        ru: 'Друзья и близкие знакомые совершают или одобряют преступления; законопослушных связей мало.',
        en: 'Friends and close acquaintances offend or approve of offending; few law-abiding ties.',
      },
      scale: 'NEED_LEVEL',
      guidance: {
        none: {
          ky: 'Чөйрөсү негизинен мыйзамды сактайт.',
          ru: 'Окружение в основном законопослушное.',
          en: 'Mostly law-abiding company.',
        },
        some: {
          ky: 'Кылмыштуу тааныштары бар, бирок мыйзамды сактаган байланыштары да бар.',
          ru: 'Есть знакомые с криминальным прошлым, но есть и законопослушные связи.',
          en: 'Some offending acquaintances alongside law-abiding ones.',
        },
        major: {
          ky: 'Дээрлик бардык жакын байланыштары кылмыштуу чөйрөдөн.',
          ru: 'Почти все близкие связи — из криминальной среды.',
          en: 'Almost all close ties are with people who offend.',
        },
      },
      evidenceSources: ['interview', 'file', 'observation'],
      required: true,
    },
    {
      code: 'RNR_ANTISOCIAL_PATTERN',
      kind: 'need',
      title: { ky: 'Коомго каршы жүрүм-турум', ru: 'Антисоциальный паттерн поведения', en: 'Antisocial pattern' },
      description: {
        ky: 'Ойлонбой иш кылуу, ачууну кармай албоо, тобокелдикти издөө жана эрежелерди дайыма бузуу ар кандай жагдайда кайталанат.',
        ru: 'Импульсивность, несдержанность, тяга к риску и постоянное нарушение правил повторяются в разных ситуациях.',
        en: 'Acting without thinking, losing temper, seeking thrills and breaking rules recur across many settings.',
      },
      scale: 'NEED_LEVEL',
      guidance: {
        none: {
          ky: 'Жүрүм-туруму негизинен ойлонулган жана туруктуу.',
          ru: 'Поведение в целом обдуманное и стабильное.',
          en: 'Behaviour is mostly considered and steady.',
        },
        some: {
          ky: 'Мындай жүрүм-турум кээ бир жагдайларда гана байкалат.',
          ru: 'Такое поведение проявляется лишь в некоторых ситуациях.',
          en: 'Such behaviour shows only in some settings.',
        },
        major: {
          ky: 'Мындай жүрүм-турум жашынан бери көп жагдайда туруктуу байкалат.',
          ru: 'Такое поведение устойчиво проявляется с юности во многих ситуациях.',
          en: 'Such behaviour has been steady since youth, in many settings.',
        },
      },
      evidenceSources: ['file', 'observation', 'interview'],
      required: true,
    },
    {
      code: 'RNR_FAMILY',
      kind: 'need',
      title: { ky: 'Үй-бүлө жана жубайлык мамилелер', ru: 'Семья и брак', en: 'Family and relationships' },
      description: {
        ky: 'Үй-бүлөдө же жубайы менен чыр-чатак, зомбулук, колдоонун жоктугу же жакындары кылмышка тартат.',
        ru: 'Конфликты, насилие или отсутствие поддержки в семье или в браке, либо близкие втягивают в преступления.',
        en: 'Conflict, abuse or no support in the family or with a partner, or relatives who draw the person into crime.',
      },
      scale: 'NEED_LEVEL',
      guidance: {
        none: {
          ky: 'Мамилелер туруктуу жана колдоочу.',
          ru: 'Отношения стабильные и поддерживающие.',
          en: 'Relationships are stable and supportive.',
        },
        some: {
          ky: 'Чыр-чатактар бар, бирок үй-бүлө дагы эле колдойт.',
          ru: 'Есть конфликты, но семья всё же поддерживает.',
          en: 'There is conflict, but the family still gives support.',
        },
        major: {
          ky: 'Мамилелер үзүлгөн, зомбулук бар же үй-бүлө кылмышка тартат.',
          ru: 'Отношения разрушены, есть насилие или семья втягивает в преступления.',
          en: 'Relationships have broken down, involve abuse, or draw the person into crime.',
        },
      },
      evidenceSources: ['interview', 'own_account', 'other_agency'],
      required: true,
    },
    {
      code: 'RNR_EDUCATION_WORK',
      kind: 'need',
      title: { ky: 'Билим жана эмгек', ru: 'Образование и работа', en: 'Education and work' },
      description: {
        ky: 'Билими же кесиби жок, иштебейт, жумушунда дайыма көйгөйлөр же жумушка орношууга тоскоолдуктар бар.',
        ru: 'Нет образования или профессии, не работает, постоянные проблемы на работе или препятствия к трудоустройству.',
        en: 'No schooling or trade, out of work, constant trouble at work or barriers to getting a job.',
      },
      scale: 'NEED_LEVEL',
      guidance: {
        none: {
          ky: 'Туруктуу иштейт же окуйт.',
          ru: 'Стабильно работает или учится.',
          en: 'In steady work or study.',
        },
        some: {
          ky: 'Убактылуу иштейт же кесиби бар, бирок жумушу жок.',
          ru: 'Работает временно или имеет профессию, но без работы.',
          en: 'Casual work, or a trade but no job.',
        },
        major: {
          ky: 'Көптөн бери иштебейт жана кесиби же негизги билими жок.',
          ru: 'Долго не работает, нет профессии или базового образования.',
          en: 'Long out of work, with no trade or basic education.',
        },
      },
      evidenceSources: ['interview', 'file', 'own_account'],
      required: true,
    },
    {
      code: 'RNR_LEISURE',
      kind: 'need',
      title: { ky: 'Бош убакыт', ru: 'Досуг', en: 'Leisure and recreation' },
      description: {
        ky: 'Бош убактысында пайдалуу иши жок; убактысы кылмышка байланышкан жерлерде же адамдар менен өтөт.',
        ru: 'Нет полезных занятий в свободное время; время проводится там, где совершаются преступления, или с такими людьми.',
        en: 'No constructive pastimes; free time is spent where offending happens or with people who offend.',
      },
      scale: 'NEED_LEVEL',
      guidance: {
        none: {
          ky: 'Спорт, кол өнөрчүлүк, окуу сыяктуу туруктуу пайдалуу иштери бар.',
          ru: 'Есть постоянные полезные занятия: спорт, ремесло, учёба.',
          en: 'Has regular constructive pastimes: sport, crafts, learning.',
        },
        some: {
          ky: 'Пайдалуу иштер сейрек же туруктуу эмес.',
          ru: 'Полезные занятия редки или непостоянны.',
          en: 'Constructive pastimes are rare or irregular.',
        },
        major: {
          ky: 'Бош убактысы дээрлик толугу менен тобокелдүү чөйрөдө өтөт.',
          ru: 'Свободное время почти целиком проходит в рискованной среде.',
          en: 'Free time is spent almost entirely in risky settings.',
        },
      },
      evidenceSources: ['interview', 'own_account', 'observation'],
      required: true,
    },
    {
      code: 'RNR_SUBSTANCE_USE',
      kind: 'need',
      title: { ky: 'Ичкилик жана баңгизат', ru: 'Алкоголь и наркотики', en: 'Alcohol and drugs' },
      description: {
        ky: 'Ичкилик же баңгизат колдонуу кылмышка, үй-бүлөдөгү же жумуштагы көйгөйлөргө алып келет.',
        ru: 'Употребление алкоголя или наркотиков ведёт к преступлениям, проблемам в семье или на работе.',
        en: 'Drinking or drug use leads to offending or to trouble at home or at work.',
      },
      scale: 'NEED_LEVEL',
      guidance: {
        none: {
          ky: 'Колдонбойт же колдонуу көйгөй жаратпайт.',
          ru: 'Не употребляет или употребление не создаёт проблем.',
          en: 'No use, or use causes no problems.',
        },
        some: {
          ky: 'Кээде көйгөй жаратат, бирок көз карандылык белгилери жок.',
          ru: 'Иногда создаёт проблемы, но признаков зависимости нет.',
          en: 'Causes trouble at times, with no signs of dependence.',
        },
        major: {
          ky: 'Көз карандылык белгилери бар же кылмыш мас абалында жасалган.',
          ru: 'Есть признаки зависимости, или преступление совершено в состоянии опьянения.',
          en: 'Signs of dependence, or the offence was committed while intoxicated.',
        },
      },
      evidenceSources: ['interview', 'file', 'other_agency'],
      required: true,
    },
    {
      code: 'RNR_ACCOMMODATION',
      kind: 'need',
      title: { ky: 'Турак жай', ru: 'Жильё', en: 'Accommodation' },
      description: {
        ky: 'Бошотулгандан кийин же азыр туруктуу жана коопсуз жашай турган жери жок.',
        ru: 'Нет стабильного и безопасного жилья сейчас или после освобождения.',
        en: 'No stable, safe place to live now or after release.',
      },
      scale: 'NEED_LEVEL',
      guidance: {
        none: {
          ky: 'Туруктуу жана коопсуз турак жайы бар.',
          ru: 'Есть стабильное и безопасное жильё.',
          en: 'Has a stable, safe home.',
        },
        some: {
          ky: 'Турак жайы убактылуу же ал жерде көйгөйлөр бар.',
          ru: 'Жильё временное или с проблемами.',
          en: 'The home is temporary or has problems.',
        },
        major: {
          ky: 'Жашай турган жери жок же ал жер кылмышка түртөт.',
          ru: 'Жилья нет, или оно подталкивает к преступлениям.',
          en: 'No home, or the home itself puts the person at risk of offending.',
        },
      },
      evidenceSources: ['interview', 'own_account', 'other_agency'],
      required: true,
    },
    {
      code: 'RNR_FINANCES',
      kind: 'need',
      title: { ky: 'Каржы жана документтер', ru: 'Финансы и документы', en: 'Finances and documents' },
      description: {
        ky: 'Мыйзамдуу кирешеси жок, карыздары бар же паспорту сыяктуу документтери жок.',
        ru: 'Нет законного дохода, есть долги или нет документов, например паспорта.',
        en: 'No lawful income, debts, or missing documents such as a passport.',
      },
      scale: 'NEED_LEVEL',
      guidance: {
        none: {
          ky: 'Кирешеси жана документтери бар, карызы башкарылат.',
          ru: 'Есть доход и документы, долги под контролем.',
          en: 'Has income and documents; any debt is managed.',
        },
        some: {
          ky: 'Киреше туруксуз же бир документ жок.',
          ru: 'Доход нестабилен или не хватает одного документа.',
          en: 'Income is unsteady, or one document is missing.',
        },
        major: {
          ky: 'Мыйзамдуу кирешеси жок, оор карыздары же документтери жок.',
          ru: 'Нет законного дохода, тяжёлые долги или нет документов.',
          en: 'No lawful income, heavy debt or no documents.',
        },
      },
      evidenceSources: ['interview', 'own_account', 'file'],
      required: true,
    },
  ],
};
