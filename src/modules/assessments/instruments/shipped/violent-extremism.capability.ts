import type { InstrumentDefinitionInput } from '../instrument.definition.ts';

type SectionInput = InstrumentDefinitionInput['sections'][number];

/**
 * Capability and history: what the person has done and is able to do. Past acts are facts on file; skills and
 * preparation are rated only on evidence, so that a trade such as welding or military service is not counted
 * against someone unless it is linked to planning harm.
 */
export const VE_CAPABILITY: SectionInput = {
  code: 'CAPABILITY',
  title: { ky: 'Мүмкүнчүлүк жана өткөн тажрыйба', ru: 'Возможности и история', en: 'Capability and history' },
  description: {
    ky: 'Мурунку зомбулук, зыян келтирүүгө колдонулушу мүмкүн болгон билим жана даярдык аракеттери.',
    ru: 'Прошлое насилие, навыки, которые могут быть использованы для причинения вреда, и подготовительные действия.',
    en: 'Past violence, skills that could be used to cause harm, and acts of preparation.',
  },
  indicators: [
    {
      code: 'VE_PAST_VIOLENCE',
      kind: 'risk',
      title: { ky: 'Мурда зомбулук көрсөткөн', ru: 'Насилие в прошлом', en: 'History of violence' },
      description: {
        ky: 'Себебине карабастан, адамдарга каршы зомбулук көрсөткөн учурлар (кылмыштар, мекемедеги окуялар).',
        ru: 'Любое насилие против людей независимо от мотива (преступления, инциденты в учреждении).',
        en: 'Any violence against people, whatever the motive (offences, incidents in custody).',
      },
      scale: 'PRESENCE',
      guidance: {
        absent: {
          ky: 'Зомбулук тууралуу эч кандай маалымат жок.',
          ru: 'Сведений о насилии нет.',
          en: 'No record of violence.',
        },
        partly: {
          ky: 'Бир же эки жеңил учур, же көптөн бери болгон эмес.',
          ru: 'Один-два нетяжёлых случая или давние эпизоды.',
          en: 'One or two minor incidents, or none for a long time.',
        },
        present: {
          ky: 'Оор же кайталанган зомбулук, же акыркы эки жылда болгон.',
          ru: 'Тяжёлое или повторяющееся насилие либо насилие за последние два года.',
          en: 'Serious or repeated violence, or violence in the last two years.',
        },
      },
      evidenceSources: ['file', 'observation'],
      required: true,
    },
    {
      code: 'VE_VIOLENCE_FOR_CAUSE',
      kind: 'risk',
      title: {
        ky: 'Идея же топ үчүн зомбулук, коркутуу же даярдык',
        ru: 'Насилие, угрозы или подготовка ради идеи или группы',
        en: 'Violence, threats or preparation for a cause',
      },
      description: {
        ky: 'Идеяны же топту жактап зомбулук колдонгон, коркуткан же ага даярданган.',
        ru: 'Применял насилие, угрожал им или готовился к нему, отстаивая идею или группу.',
        en: 'Has used, threatened or prepared violence to advance an idea or a group.',
      },
      scale: 'PRESENCE',
      guidance: {
        absent: {
          ky: 'Мындай учурлар жок.',
          ru: 'Таких случаев нет.',
          en: 'No such acts.',
        },
        partly: {
          ky: 'Коркутуулар же даярдыкка катышуу бар, бирок зомбулук болгон эмес.',
          ru: 'Были угрозы или участие в подготовке, но без применения насилия.',
          en: 'Threats or a part in preparation, but no violence carried out.',
        },
        present: {
          ky: 'Идея же топ үчүн зомбулук колдонгону ырасталган.',
          ru: 'Применение насилия ради идеи или группы подтверждено.',
          en: 'Violence for an idea or a group is confirmed.',
        },
      },
      evidenceSources: ['file', 'other_agency'],
      required: true,
    },
    {
      code: 'VE_CONFLICT_ZONE',
      kind: 'risk',
      title: {
        ky: 'Куралдуу топко кошулуу үчүн чыр-чатак аймагына барган',
        ru: 'Выезжал в зону конфликта, чтобы присоединиться к вооружённой группе',
        en: 'Travelled to a conflict zone to join an armed group',
      },
      description: {
        ky: 'Куралдуу топко кошулуу үчүн чыр-чатак аймагына барган же барууга аракет кылган; ал жакта согуштук даярдыктан өткөн.',
        ru: 'Выезжал или пытался выехать в зону конфликта, чтобы присоединиться к вооружённой группе; проходил там боевую подготовку.',
        en: 'Went or tried to go to a conflict zone to join an armed group; received combat training there.',
      },
      scale: 'PRESENCE',
      guidance: {
        absent: {
          ky: 'Мындай сапарлар же аракеттер жок.',
          ru: 'Таких поездок или попыток нет.',
          en: 'No such travel or attempt.',
        },
        partly: {
          ky: 'Барууга аракет кылган же барган, бирок топко кошулганы ырасталган эмес.',
          ru: 'Пытался выехать или выезжал, но участие в группе не подтверждено.',
          en: 'Tried to go, or went, but joining a group is not confirmed.',
        },
        present: {
          ky: 'Куралдуу топко катышканы же даярдыктан өткөнү ырасталган.',
          ru: 'Участие в вооружённой группе или подготовка подтверждены.',
          en: 'Membership of an armed group or training is confirmed.',
        },
      },
      evidenceSources: ['file', 'other_agency', 'own_account'],
      required: true,
    },
    {
      code: 'VE_WEAPONS_SKILLS',
      kind: 'risk',
      title: {
        ky: 'Куралга жетүү же зыян келтирүү билими',
        ru: 'Доступ к оружию или навыки причинения вреда',
        en: 'Access to weapons or skills to cause harm',
      },
      description: {
        ky: 'Куралды, жардыргыч заттарды колдонууну билет же аларга жетүү мүмкүнчүлүгү бар, жана бул зыян келтирүү ниети менен байланышкан.',
        ru: 'Умеет обращаться с оружием или взрывчатыми веществами либо имеет к ним доступ, и это связано с намерением причинить вред.',
        en: 'Can handle or can get weapons or explosives, and this is linked to an intent to cause harm.',
      },
      scale: 'PRESENCE',
      guidance: {
        absent: {
          ky: 'Мындай билим же жетүү мүмкүнчүлүгү жок, же алар зыян келтирүү менен байланышпайт.',
          ru: 'Таких навыков или доступа нет, либо они не связаны с причинением вреда.',
          en: 'No such skills or access, or they are unconnected with harm.',
        },
        partly: {
          ky: 'Билими бар же аны издейт, бирок зыян келтирүү менен байланышы так эмес.',
          ru: 'Навыки есть или он их ищет, но связь с причинением вреда неясна.',
          en: 'Has or is seeking the skills, but the link to harm is unclear.',
        },
        present: {
          ky: 'Билим же жетүү мүмкүнчүлүгү зыян келтирүү ниети менен ачык байланышкан.',
          ru: 'Навыки или доступ явно связаны с намерением причинить вред.',
          en: 'The skills or access are clearly linked to an intent to harm.',
        },
      },
      evidenceSources: ['file', 'other_agency', 'observation'],
      required: true,
    },
    {
      code: 'VE_PLANNING',
      kind: 'risk',
      title: {
        ky: 'Даярдык же жашыруу аракеттери',
        ru: 'Подготовка или сокрытие',
        en: 'Preparation or concealment',
      },
      description: {
        ky: 'Максат тууралуу маалымат чогултат, аны көзөмөлдөйт, каражат топтойт же көзөмөлдөн жашыруун байланыш жолдорун колдонот.',
        ru: 'Собирает сведения о цели, следит за ней, копит средства или пользуется скрытыми каналами связи, чтобы уйти от надзора.',
        en: 'Gathers information on a target, watches it, builds up resources or uses hidden channels to avoid supervision.',
      },
      scale: 'PRESENCE',
      guidance: {
        absent: {
          ky: 'Мындай аракеттер байкалган эмес.',
          ru: 'Таких действий не наблюдали.',
          en: 'No such acts observed.',
        },
        partly: {
          ky: 'Жашыруун байланыш сыяктуу өзүнчө белгилер бар, бирок максат белгисиз.',
          ru: 'Есть отдельные признаки, например скрытая связь, но цель неизвестна.',
          en: 'Isolated signs such as hidden communication, but no known target.',
        },
        present: {
          ky: 'Белгилүү бир максатка каршы даярдык ырасталган. Коопсуздук бөлүмүнө дароо кабарлаңыз.',
          ru: 'Подготовка против конкретной цели подтверждена. Немедленно сообщите службе безопасности.',
          en: 'Preparation against a specific target is confirmed. Tell the security department at once.',
        },
      },
      evidenceSources: ['observation', 'file', 'other_agency'],
      required: true,
    },
    {
      code: 'VE_EVADES_SUPERVISION',
      kind: 'risk',
      title: {
        ky: 'Көзөмөлдөн качат же эрежелерди бузат',
        ru: 'Уклоняется от надзора или нарушает правила',
        en: 'Evades supervision or breaks rules',
      },
      description: {
        ky: 'Тыюу салынган телефондор, жашыруун каттар, качууга аракет, пробациянын шарттарын же режимди кайра-кайра бузуу.',
        ru: 'Запрещённые телефоны, скрытая переписка, попытки побега, повторные нарушения режима или условий пробации.',
        en: 'Banned phones, hidden letters, escape attempts, repeated breaches of the regime or of probation conditions.',
      },
      scale: 'PRESENCE',
      guidance: {
        absent: {
          ky: 'Эрежелерди сактайт, олуттуу бузуулар жок.',
          ru: 'Соблюдает правила, серьёзных нарушений нет.',
          en: 'Keeps to the rules; no serious breaches.',
        },
        partly: {
          ky: 'Өзүнчө бузуулар бар, бирок алар туруктуу эмес.',
          ru: 'Есть отдельные нарушения, но не систематические.',
          en: 'Some breaches, but not a pattern.',
        },
        present: {
          ky: 'Бузуулар кайталанат же көзөмөлдөн атайын качууга багытталган.',
          ru: 'Нарушения повторяются или направлены на то, чтобы уйти от надзора.',
          en: 'Breaches recur or are aimed at escaping supervision.',
        },
      },
      evidenceSources: ['file', 'observation'],
      required: true,
    },
  ],
};
