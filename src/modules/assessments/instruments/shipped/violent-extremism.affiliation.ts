import type { InstrumentDefinitionInput } from '../instrument.definition.ts';

type SectionInput = InstrumentDefinitionInput['sections'][number];

/**
 * Affiliation and context: the person's ties to people who use or promote violence, in both directions —
 * drawing others in (influence) and being drawn in (vulnerability). Being under a group's pressure is rated
 * here as a risk to the person, and the rules advise protecting them, not punishing them.
 */
export const VE_AFFILIATION: SectionInput = {
  code: 'AFFILIATION',
  title: { ky: 'Байланыштар жана чөйрө', ru: 'Связи и окружение', en: 'Affiliation and context' },
  description: {
    ky: 'Зомбулук колдонгон же ага үндөгөн адамдар менен байланыштар, башкаларды тартуу жана өзү кысымда болуу.',
    ru: 'Связи с людьми, применяющими насилие или призывающими к нему; вовлечение других и давление на самого человека.',
    en: 'Ties to people who use or urge violence; drawing others in and being pressured oneself.',
  },
  indicators: [
    {
      code: 'VE_VIOLENT_NETWORK',
      kind: 'risk',
      title: {
        ky: 'Зомбулук колдонгон топтор менен байланыш',
        ru: 'Связи с группами, применяющими насилие',
        en: 'Contact with groups that use violence',
      },
      description: {
        ky: 'Жолугушуулар, каттар, телефон же интернет аркылуу зомбулук колдонгону белгилүү адамдар же топтор менен байланышты сактайт.',
        ru: 'Поддерживает связь (встречи, письма, телефон, интернет) с людьми или группами, известными применением насилия.',
        en: 'Keeps in touch by visits, letters, phone or online with people or groups known to use violence.',
      },
      scale: 'PRESENCE',
      guidance: {
        absent: {
          ky: 'Мындай байланыштар жок же толук үзүлгөн жана муну далилдер ырастайт.',
          ru: 'Таких связей нет либо они полностью прекращены, что подтверждается.',
          en: 'No such contacts, or they have ended and this is confirmed.',
        },
        partly: {
          ky: 'Мурунку байланыштар бар же азыркы байланыштын мүнөзү белгисиз.',
          ru: 'Есть прежние связи, либо характер нынешних неясен.',
          en: 'There are past contacts, or the nature of current ones is unclear.',
        },
        present: {
          ky: 'Туруктуу байланыш азыр да уланат жана катталган.',
          ru: 'Постоянная связь продолжается и зафиксирована.',
          en: 'Regular contact continues and is recorded.',
        },
      },
      evidenceSources: ['file', 'observation', 'other_agency'],
      required: true,
    },
    {
      code: 'VE_RECRUITS',
      kind: 'risk',
      title: {
        ky: 'Башкаларды топко тартат же аларга кысым көрсөтөт',
        ru: 'Вербует других или давит на них',
        en: 'Recruits or pressures others',
      },
      description: {
        ky: 'Башкаларды топко кошулууга үндөйт, коркутат, карызга батырат же «коргоо» сунуштап баш ийдирет.',
        ru: 'Склоняет других вступить в группу, запугивает, вгоняет в долги или подчиняет, обещая «защиту».',
        en: 'Urges others to join, intimidates them, puts them in debt or wins obedience by promising "protection".',
      },
      scale: 'PRESENCE',
      guidance: {
        absent: {
          ky: 'Мындай аракеттер байкалган эмес жана билдирилген эмес.',
          ru: 'Таких действий не наблюдали и о них не сообщали.',
          en: 'No such acts observed or reported.',
        },
        partly: {
          ky: 'Текшерилбеген билдирүүлөр же бир жолку учур бар.',
          ru: 'Есть непроверенные сообщения или единичный случай.',
          en: 'Unverified reports or a single instance.',
        },
        present: {
          ky: 'Бир нече жолу ырасталган же бир нече адамга багытталган.',
          ru: 'Подтверждено неоднократно или направлено на нескольких людей.',
          en: 'Confirmed more than once or aimed at several people.',
        },
      },
      evidenceSources: ['observation', 'file', 'other_agency'],
      required: true,
    },
    {
      code: 'VE_SPREADS_MATERIAL',
      kind: 'risk',
      title: {
        ky: 'Зомбулукка чакырган материалдарды таратат',
        ru: 'Распространяет материалы с призывами к насилию',
        en: 'Spreads material calling for violence',
      },
      description: {
        ky: 'Зомбулукка чакырган тексттерди, видеолорду же үн жазууларды жасайт, бөлүшөт же таратуу үчүн сактайт.',
        ru: 'Создаёт, пересылает или хранит для распространения тексты, видео или аудио с призывами к насилию.',
        en: 'Makes, shares or keeps for passing on texts, videos or audio that call for violence.',
      },
      scale: 'PRESENCE',
      guidance: {
        absent: {
          ky: 'Мындай материалдар тууралуу маалымат жок.',
          ru: 'Сведений о таких материалах нет.',
          en: 'No information about such material.',
        },
        partly: {
          ky: 'Материал табылган, бирок таратуу ниети ырасталган эмес.',
          ru: 'Материал найден, но намерение распространять не подтверждено.',
          en: 'Material was found but intent to pass it on is not confirmed.',
        },
        present: {
          ky: 'Таратуу иште, экспертизада же байкоодо ырасталган.',
          ru: 'Распространение подтверждено делом, экспертизой или наблюдением.',
          en: 'Passing it on is confirmed by the file, an expert report or observation.',
        },
      },
      evidenceSources: ['file', 'observation', 'other_agency'],
      required: true,
    },
    {
      code: 'VE_CUT_OFF',
      kind: 'risk',
      title: {
        ky: 'Топтун таасири менен жакындарынан алыстаган',
        ru: 'Отдалился от близких под влиянием группы',
        en: 'Cut off from family and friends under a group’s influence',
      },
      description: {
        ky: 'Топтун талабы же таасири менен үй-бүлөсү жана мурунку достору менен байланышын үзгөн.',
        ru: 'По требованию или под влиянием группы прекратил общение с семьёй и прежними друзьями.',
        en: 'Has stopped contact with family and former friends at a group’s demand or under its influence.',
      },
      scale: 'PRESENCE',
      guidance: {
        absent: {
          ky: 'Жакындары менен байланышы сакталган.',
          ru: 'Связь с близкими сохраняется.',
          en: 'Contact with family and friends continues.',
        },
        partly: {
          ky: 'Байланыш азайган, бирок толук үзүлгөн эмес.',
          ru: 'Общение сократилось, но не прекратилось.',
          en: 'Contact has dropped off but not stopped.',
        },
        present: {
          ky: 'Байланыш толук үзүлгөн жана бул топтун таасири менен болгону белгилүү.',
          ru: 'Общение прекращено, и известно, что это произошло под влиянием группы.',
          en: 'Contact has stopped and this is known to follow the group’s influence.',
        },
      },
      evidenceSources: ['interview', 'own_account', 'other_agency'],
      required: true,
    },
    {
      code: 'VE_CONTROLLED',
      kind: 'risk',
      title: {
        ky: 'Топтун кысымында же көзөмөлүндө',
        ru: 'Находится под давлением или контролем группы',
        en: 'Under a group’s pressure or control',
      },
      description: {
        ky: 'Карыз, коркутуу, жакындарына кысым же зордук аркылуу топ анын аракеттерин башкарат.',
        ru: 'Группа управляет его поступками через долги, угрозы, давление на близких или насилие.',
        en: 'A group directs what the person does through debt, threats, pressure on family or force.',
      },
      scale: 'PRESENCE',
      guidance: {
        absent: {
          ky: 'Мындай кысымдын белгилери жок.',
          ru: 'Признаков такого давления нет.',
          en: 'No signs of such pressure.',
        },
        partly: {
          ky: 'Кысым тууралуу кыйыр белгилер же текшерилбеген маалымат бар.',
          ru: 'Есть косвенные признаки или непроверенные сведения о давлении.',
          en: 'Indirect signs or unverified reports of pressure.',
        },
        present: {
          ky: 'Кысым ырасталган; адамды коргоо чараларын караңыз.',
          ru: 'Давление подтверждено; рассмотрите меры защиты человека.',
          en: 'The pressure is confirmed; consider measures to protect the person.',
        },
      },
      evidenceSources: ['own_account', 'observation', 'interview'],
      required: true,
    },
    {
      code: 'VE_SEEKS_BELONGING',
      kind: 'risk',
      title: {
        ky: 'Топтон таандыктык, коргоо же абал издейт',
        ru: 'Ищет в группе принадлежность, защиту или статус',
        en: 'Seeks belonging, protection or status from a group',
      },
      description: {
        ky: 'Жалгыздыктан, коркуудан же кадыр-барк издеп, зомбулук колдонгон топко жакындоого аракет кылат.',
        ru: 'Из-за одиночества, страха или жажды уважения тянется к группе, применяющей насилие.',
        en: 'Out of loneliness, fear or a wish for respect, moves towards a group that uses violence.',
      },
      scale: 'PRESENCE',
      guidance: {
        absent: {
          ky: 'Бул муктаждыктарын мыйзамдуу чөйрөдө канааттандырат.',
          ru: 'Удовлетворяет эти потребности в законном окружении.',
          en: 'Meets these needs among law-abiding people.',
        },
        partly: {
          ky: 'Муктаждык байкалат, бирок топко жакындоо аракети жок же аз.',
          ru: 'Потребность заметна, но попыток сблизиться с группой нет или мало.',
          en: 'The need is visible but there is little or no move towards a group.',
        },
        present: {
          ky: 'Муктаждыгын топ аркылуу канааттандырууга ачык аракет кылып жатат.',
          ru: 'Открыто пытается удовлетворить потребность через группу.',
          en: 'Is openly trying to meet the need through the group.',
        },
      },
      evidenceSources: ['interview', 'own_account', 'observation'],
      required: true,
    },
    {
      code: 'VE_PARALLEL_AUTHORITY',
      kind: 'risk',
      title: {
        ky: 'Топтун атынан башкаларга бийлик жүргүзөт',
        ru: 'Распоряжается другими от имени группы',
        en: 'Exercises authority over others for a group',
      },
      description: {
        ky: 'Мекемеде же жашаган жеринде топтун атынан талаштарды чечет, жазалайт, акча чогултат же эрежелерди таңуулайт.',
        ru: 'В учреждении или по месту жительства от имени группы разбирает споры, наказывает, собирает деньги или навязывает правила.',
        en: 'In the facility or where they live, settles disputes, punishes, collects money or imposes rules for a group.',
      },
      scale: 'PRESENCE',
      guidance: {
        absent: {
          ky: 'Мындай ролду аткарбайт.',
          ru: 'Такой роли не выполняет.',
          en: 'Plays no such role.',
        },
        partly: {
          ky: 'Башкалар аны угушат, бирок топтун атынан иш кылганы ырасталган эмес.',
          ru: 'Другие к нему прислушиваются, но действия от имени группы не подтверждены.',
          en: 'Others defer to the person, but acting for a group is not confirmed.',
        },
        present: {
          ky: 'Мындай ролу кызматкерлердин байкоолорунда же билдирүүлөрдө ырасталган.',
          ru: 'Такая роль подтверждена наблюдениями сотрудников или сообщениями.',
          en: 'The role is confirmed by staff observations or reports.',
        },
      },
      evidenceSources: ['observation', 'file'],
      required: true,
    },
  ],
};
