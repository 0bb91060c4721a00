import type { InstrumentDefinitionInput } from '../instrument.definition.ts';

type SectionInput = InstrumentDefinitionInput['sections'][number];

/**
 * Protective factors: what keeps the person away from violence and what a plan can build on. They are rated
 * on the same scale as the risks ("present" means the strength is there) and weighed in the formulation;
 * they are never subtracted from anything.
 */
export const VE_PROTECTIVE: SectionInput = {
  code: 'PROTECTIVE',
  title: { ky: 'Коргоочу факторлор', ru: 'Защитные факторы', en: 'Protective factors' },
  description: {
    ky: 'Адамды зомбулуктан алыс кармаган жана план таяна турган күчтүү жактар. «Бар» — бул күчтүү жак бар дегенди билдирет.',
    ru: 'Сильные стороны, удерживающие человека от насилия и на которые может опираться план. «Присутствует» означает, что сильная сторона есть.',
    en: 'Strengths that keep the person from violence and that a plan can build on. "Present" means the strength is there.',
  },
  indicators: [
    {
      code: 'VE_P_REJECTS_VIOLENCE',
      kind: 'protective',
      title: {
        ky: 'Зомбулуктан ачык баш тартат',
        ru: 'Открыто отказывается от насилия',
        en: 'Openly rejects violence',
      },
      description: {
        ky: 'Зомбулукту колдогон топтордон ачык алыстайт, анын ичинде алардын мүчөлөрү жанында болгондо да.',
        ru: 'Открыто дистанцируется от групп, поддерживающих насилие, в том числе в присутствии их участников.',
        en: 'Openly distances themself from groups that back violence, including in front of their members.',
      },
      scale: 'PRESENCE',
      guidance: {
        absent: {
          ky: 'Мындай баш тартуу байкалган жок.',
          ru: 'Такого отказа не наблюдается.',
          en: 'No such rejection seen.',
        },
        partly: {
          ky: 'Маекте айтат, бирок жүрүм-турумунда дайыма көрүнбөйт.',
          ru: 'Говорит об этом в беседе, но в поведении это видно не всегда.',
          en: 'Says so in interview, but it does not always show in behaviour.',
        },
        present: {
          ky: 'Сөзү жана аракети дал келет, кызматкерлер муну бир нече жолу байкашкан.',
          ru: 'Слова и поступки совпадают; сотрудники наблюдали это неоднократно.',
          en: 'Words and acts match; staff have seen this more than once.',
        },
      },
      evidenceSources: ['observation', 'interview', 'own_account'],
      required: true,
    },
    {
      code: 'VE_P_FAMILY_SUPPORT',
      kind: 'protective',
      title: {
        ky: 'Үй-бүлөнүн колдоосу',
        ru: 'Поддержка семьи',
        en: 'Family support',
      },
      description: {
        ky: 'Зомбулукту колдобогон үй-бүлө же жакын адамдар менен жылуу жана туруктуу байланыш.',
        ru: 'Тёплая и устойчивая связь с семьёй или близкими, которые не поддерживают насилие.',
        en: 'Warm, steady ties with family or close people who do not support violence.',
      },
      scale: 'PRESENCE',
      guidance: {
        absent: {
          ky: 'Мындай байланыш жок же үй-бүлө зомбулукту колдойт.',
          ru: 'Такой связи нет, либо семья поддерживает насилие.',
          en: 'No such ties, or the family supports violence.',
        },
        partly: {
          ky: 'Байланыш бар, бирок сейрек же чыр-чатактуу.',
          ru: 'Связь есть, но редкая или конфликтная.',
          en: 'There is contact, but it is rare or strained.',
        },
        present: {
          ky: 'Үй-бүлө дайыма байланышта жана анын өзгөрүүсүн колдойт.',
          ru: 'Семья регулярно на связи и поддерживает перемены.',
          en: 'The family is in regular contact and supports change.',
        },
      },
      evidenceSources: ['interview', 'own_account', 'other_agency'],
      required: true,
    },
    {
      code: 'VE_P_PROSOCIAL_TIES',
      kind: 'protective',
      title: {
        ky: 'Мыйзамды сактаган чөйрө',
        ru: 'Законопослушное окружение',
        en: 'Law-abiding social ties',
      },
      description: {
        ky: 'Зомбулук колдонгон топтордон тышкары достор, кесиптештер же коомчулук менен байланыш.',
        ru: 'Друзья, коллеги или соседи вне групп, применяющих насилие.',
        en: 'Friends, colleagues or neighbours outside groups that use violence.',
      },
      scale: 'PRESENCE',
      guidance: {
        absent: {
          ky: 'Мындай байланыштар жок.',
          ru: 'Таких связей нет.',
          en: 'No such ties.',
        },
        partly: {
          ky: 'Бир нече байланыш бар, бирок алар алсыз.',
          ru: 'Есть отдельные, но слабые связи.',
          en: 'A few ties, but weak ones.',
        },
        present: {
          ky: 'Туруктуу жана колдоочу байланыштар бар.',
          ru: 'Есть устойчивые поддерживающие связи.',
          en: 'Steady, supportive ties.',
        },
      },
      evidenceSources: ['interview', 'own_account', 'observation'],
      required: true,
    },
    {
      code: 'VE_P_ENGAGEMENT',
      kind: 'protective',
      title: {
        ky: 'Программаларга, окууга же эмгекке катышат',
        ru: 'Участвует в программах, учёбе или работе',
        en: 'Takes part in programmes, learning or work',
      },
      description: {
        ky: 'Реабилитациялоо программаларына, окууга, эмгекке же насаатчы менен жолугушууларга дайыма жана ыктыяры менен катышат.',
        ru: 'Регулярно и добровольно участвует в программах реабилитации, учёбе, работе или встречах с наставником.',
        en: 'Regularly and willingly joins rehabilitation programmes, learning, work or meetings with a mentor.',
      },
      scale: 'PRESENCE',
      guidance: {
        absent: {
          ky: 'Катышпайт же баш тартат.',
          ru: 'Не участвует или отказывается.',
          en: 'Does not take part, or refuses.',
        },
        partly: {
          ky: 'Катышат, бирок үзгүлтүк менен же милдеттүү болгондо гана.',
          ru: 'Участвует с перерывами или только по обязанности.',
          en: 'Takes part on and off, or only when required.',
        },
        present: {
          ky: 'Дайыма катышат жана жыйынтыктары бар.',
          ru: 'Участвует регулярно, есть результаты.',
          en: 'Takes part regularly and shows results.',
        },
      },
      evidenceSources: ['file', 'observation', 'other_agency'],
      required: true,
    },
    {
      code: 'VE_P_FUTURE_PLANS',
      kind: 'protective',
      title: {
        ky: 'Келечекке реалдуу пландары бар',
        ru: 'Реалистичные планы на будущее',
        en: 'Realistic plans for the future',
      },
      description: {
        ky: 'Бошотулгандан же көзөмөлдөн кийинки жашоосун (жумуш, үй-бүлө, турак жай) ойлонуп пландаган.',
        ru: 'Продумал жизнь после освобождения или окончания надзора: работа, семья, жильё.',
        en: 'Has thought through life after release or supervision: work, family, a home.',
      },
      scale: 'PRESENCE',
      guidance: {
        absent: {
          ky: 'Пландары жок же реалдуу эмес.',
          ru: 'Планов нет или они нереалистичны.',
          en: 'No plans, or unrealistic ones.',
        },
        partly: {
          ky: 'Пландар бар, бирок алар али так эмес.',
          ru: 'Планы есть, но пока неконкретны.',
          en: 'There are plans, but they are still vague.',
        },
        present: {
          ky: 'Пландар так, реалдуу жана алар үчүн алгачкы кадамдар жасалган.',
          ru: 'Планы конкретны и реалистичны, первые шаги уже сделаны.',
          en: 'The plans are concrete and realistic, and first steps have been taken.',
        },
      },
      evidenceSources: ['interview', 'own_account', 'file'],
      required: true,
    },
    {
      code: 'VE_P_LAWFUL_REDRESS',
      kind: 'protective',
      title: {
        ky: 'Таарынычын мыйзамдуу жол менен чечет',
        ru: 'Решает обиды законным путём',
        en: 'Seeks redress by lawful means',
      },
      description: {
        ky: 'Адилетсиздикке каршы арыз жазат, юристке, акыйкатчыга же уюмдарга кайрылат.',
        ru: 'При несправедливости пишет жалобы, обращается к юристу, омбудсмену или в организации.',
        en: 'Answers unfairness with complaints, a lawyer, the ombudsman or civil organisations.',
      },
      scale: 'PRESENCE',
      guidance: {
        absent: {
          ky: 'Мыйзамдуу жолдорду колдонбойт же аларды жокко чыгарат.',
          ru: 'Не пользуется законными путями или отвергает их.',
          en: 'Does not use lawful routes, or dismisses them.',
        },
        partly: {
          ky: 'Кээде колдонот, бирок ишенбестик менен.',
          ru: 'Иногда пользуется, но с недоверием.',
          en: 'Uses them sometimes, but with distrust.',
        },
        present: {
          ky: 'Таарынычтарын дайыма мыйзамдуу жол менен чечүүгө аракет кылат.',
          ru: 'Постоянно старается решать обиды законным путём.',
          en: 'Consistently tries to settle grievances lawfully.',
        },
      },
      evidenceSources: ['file', 'interview', 'observation'],
      required: true,
    },
  ],
};
