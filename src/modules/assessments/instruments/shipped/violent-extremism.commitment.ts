import type { InstrumentDefinitionInput } from '../instrument.definition.ts';

type SectionInput = InstrumentDefinitionInput['sections'][number];

/**
 * Commitment and intent: what the person says and does that shows violence has become acceptable or
 * planned. Each indicator is about words or acts others can observe and record, never about what the
 * person believes in private.
 */
export const VE_COMMITMENT: SectionInput = {
  code: 'COMMITMENT',
  title: { ky: 'Берилгендик жана ниет', ru: 'Приверженность и намерение', en: 'Commitment and intent' },
  description: {
    ky: 'Зомбулукту кабыл алынарлык же пландалган катары көрсөткөн сөздөр жана аракеттер.',
    ru: 'Слова и действия, показывающие, что насилие стало допустимым или планируется.',
    en: 'Words and acts that show violence has become acceptable or is being planned.',
  },
  indicators: [
    {
      code: 'VE_JUSTIFIES_HARM',
      kind: 'risk',
      title: {
        ky: 'Адамдарга каршы зомбулукту актайт',
        ru: 'Оправдывает насилие против людей',
        en: 'Justifies violence against people',
      },
      description: {
        ky: 'Душман деп эсептеген адамдарга зыян келтирүү туура же зарыл деп айтат же жазат.',
        ru: 'Говорит или пишет, что причинять вред тем, кого он считает врагами, правильно или необходимо.',
        en: 'Says or writes that harming those they see as enemies is right or necessary.',
      },
      scale: 'PRESENCE',
      guidance: {
        absent: {
          ky: 'Мындай сөздөр жок; талаш-тартышта зомбулукту четке кагат.',
          ru: 'Таких высказываний нет; в спорах отвергает насилие.',
          en: 'No such statements; rejects violence when disputes arise.',
        },
        partly: {
          ky: 'Кээде же ачууланганда гана айтат, же маанисин өзү жумшартат.',
          ru: 'Высказывается изредка или в гневе либо сам смягчает сказанное.',
          en: 'Says it only now and then or in anger, or softens it afterwards.',
        },
        present: {
          ky: 'Туруктуу жана ачык айтат же жазат, көп булактарда катталган.',
          ru: 'Высказывается постоянно и открыто, устно или письменно; зафиксировано в нескольких источниках.',
          en: 'Says or writes it openly and repeatedly; recorded in several sources.',
        },
      },
      evidenceSources: ['interview', 'observation', 'file'],
      required: true,
    },
    {
      code: 'VE_DEHUMANISES',
      kind: 'risk',
      title: {
        ky: 'Бир топ адамды адам катары көрбөйт',
        ru: 'Расчеловечивает группу людей',
        en: 'Dehumanises a group of people',
      },
      description: {
        ky: 'Белгилүү бир топтогу адамдарды жаныбарлар, «таза эмес» же жашоого татыксыз деп атайт.',
        ru: 'Называет людей определённой группы животными, «нечистыми» или недостойными жизни.',
        en: 'Calls people of a certain group animals, "unclean" or unworthy of life.',
      },
      scale: 'PRESENCE',
      guidance: {
        absent: {
          ky: 'Башка топтор жөнүндө мындай сөздөр колдонбойт.',
          ru: 'Не использует таких выражений о других группах.',
          en: 'Uses no such language about other groups.',
        },
        partly: {
          ky: 'Өзүнчө учурлар бар, бирок ал туруктуу мамиле эмес.',
          ru: 'Есть отдельные случаи, но это не устойчивое отношение.',
          en: 'There are isolated instances but not a settled way of speaking.',
        },
        present: {
          ky: 'Мындай сөздөр кайталанат жана анын ой жүгүртүүсүнүн бир бөлүгү болуп калган.',
          ru: 'Такие выражения повторяются и стали частью его речи о группе.',
          en: 'Such language recurs and has become part of how the person speaks of the group.',
        },
      },
      evidenceSources: ['interview', 'observation'],
      required: true,
    },
    {
      code: 'VE_GRIEVANCE_REVENGE',
      kind: 'risk',
      title: {
        ky: 'Таарыныч өч алуу каалоосу менен байланышкан',
        ru: 'Обида связана с желанием мести',
        en: 'Grievance tied to a wish for revenge',
      },
      description: {
        ky: 'Өзүнө же өз тобуна каршы адилетсиздик болду деп эсептейт жана ал үчүн күч менен өч алуу керек деп айтат.',
        ru: 'Считает, что с ним или его группой поступили несправедливо, и говорит, что за это нужно мстить силой.',
        en: 'Feels they or their group were wronged and says force should be used to avenge it.',
      },
      scale: 'PRESENCE',
      guidance: {
        absent: {
          ky: 'Таарынычы болсо да, аны мыйзамдуу жолдор менен чечүүнү каалайт.',
          ru: 'Обида, если есть, решается или может решаться законными путями.',
          en: 'Any grievance is pursued, or could be, through lawful means.',
        },
        partly: {
          ky: 'Таарыныч күчтүү, бирок өч алуу тууралуу сөздөр так эмес же сейрек.',
          ru: 'Обида сильная, но слова о мести расплывчаты или редки.',
          en: 'The grievance is strong but talk of revenge is vague or rare.',
        },
        present: {
          ky: 'Таарынычты кайра-кайра айтат жана аны күч менен өч алуу менен ачык байланыштырат.',
          ru: 'Постоянно возвращается к обиде и прямо связывает её с местью силой.',
          en: 'Returns to the grievance again and again and links it openly to revenge by force.',
        },
      },
      evidenceSources: ['interview', 'own_account', 'observation'],
      required: true,
    },
    {
      code: 'VE_STATED_INTENT',
      kind: 'risk',
      title: {
        ky: 'Белгилүү бир максатка зыян келтирүү ниетин билдирген',
        ru: 'Заявлял о намерении причинить вред конкретной цели',
        en: 'Stated intent to harm a specific target',
      },
      description: {
        ky: 'Белгилүү бир адамдарга, жерлерге же топко кол салуу ниетин же планын айткан же жазган.',
        ru: 'Говорил или писал о намерении или плане напасть на конкретных людей, места или группу.',
        en: 'Has spoken or written of an intention or plan to attack particular people, places or a group.',
      },
      scale: 'PRESENCE',
      guidance: {
        absent: {
          ky: 'Мындай ниет тууралуу эч кандай маалымат жок.',
          ru: 'Сведений о таком намерении нет.',
          en: 'There is no information about such intent.',
        },
        partly: {
          ky: 'Жалпы же так эмес коркутуулар бар, максат жана убакыт айтылган эмес.',
          ru: 'Есть общие или неясные угрозы без указания цели и времени.',
          en: 'There are general or vague threats with no target or time named.',
        },
        present: {
          ky: 'Максат, жол же убакыт айтылган. Коопсуздук бөлүмүнө дароо кабарлаңыз.',
          ru: 'Названы цель, способ или время. Немедленно сообщите службе безопасности.',
          en: 'A target, method or time has been named. Tell the security department at once.',
        },
      },
      evidenceSources: ['observation', 'file', 'other_agency'],
      required: true,
    },
    {
      code: 'VE_GROUP_ABOVE_ALL',
      kind: 'risk',
      title: {
        ky: 'Топтун талаптарын баарынан жогору коёт',
        ru: 'Ставит требования группы выше всего',
        en: 'Puts the group’s demands above everything',
      },
      description: {
        ky: 'Топтун тапшырмалары үчүн үй-бүлөсүнөн, ишинен, окуусунан же өз коопсуздугунан баш тартат.',
        ru: 'Ради поручений группы отказывается от семьи, работы, учёбы или собственной безопасности.',
        en: 'Gives up family, work, study or their own safety to carry out the group’s demands.',
      },
      scale: 'PRESENCE',
      guidance: {
        absent: {
          ky: 'Үй-бүлөсү жана күнүмдүк милдеттери анын жашоосунда негизги орунда.',
          ru: 'Семья и повседневные обязанности занимают главное место в его жизни.',
          en: 'Family and everyday duties remain central in the person’s life.',
        },
        partly: {
          ky: 'Кээ бир учурларда топтун талабын үй-бүлөдөн жогору койгон.',
          ru: 'В отдельных случаях ставил требования группы выше семьи.',
          en: 'Has at times put the group’s demands before family.',
        },
        present: {
          ky: 'Топтун талаптары анын чечимдерин дээрлик толук аныктайт.',
          ru: 'Требования группы почти полностью определяют его решения.',
          en: 'The group’s demands drive almost all of the person’s choices.',
        },
      },
      evidenceSources: ['interview', 'observation', 'other_agency'],
      required: true,
    },
    {
      code: 'VE_WILLING_SACRIFICE',
      kind: 'risk',
      title: {
        ky: 'Кол салуу үчүн өлүүгө же түрмөгө түшүүгө даяр экенин айтат',
        ru: 'Заявляет о готовности умереть или сесть в тюрьму ради нападения',
        en: 'Says they are ready to die or go to prison for an attack',
      },
      description: {
        ky: 'Кол салуу үчүн өлүүгө же түрмөдө отурууга даяр экенин айтат, кол салуу учурунда өлгөндөрдү баатыр деп мактайт.',
        ru: 'Говорит, что готов умереть или сидеть в тюрьме ради нападения, прославляет погибших при нападениях как героев.',
        en: 'Says they would die or go to prison for an attack, and hails those who died in attacks as heroes.',
      },
      scale: 'PRESENCE',
      guidance: {
        absent: {
          ky: 'Мындай сөздөр жок.',
          ru: 'Таких высказываний нет.',
          en: 'No such statements.',
        },
        partly: {
          ky: 'Кол салуучуларды мактаган өзүнчө сөздөр бар, бирок өзү тууралуу айтпайт.',
          ru: 'Есть отдельные слова одобрения нападавших, но не о себе.',
          en: 'Occasional praise of attackers, but not about themself.',
        },
        present: {
          ky: 'Өзүнүн даярдыгы тууралуу ачык жана кайталап айтат.',
          ru: 'Открыто и неоднократно говорит о собственной готовности.',
          en: 'Speaks openly and repeatedly of their own readiness.',
        },
      },
      evidenceSources: ['interview', 'observation'],
      required: true,
    },
  ],
};
