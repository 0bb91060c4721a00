import type { LocalisedName } from '../../platform/org/org.tables.ts';

/**
 * The objective Kadam proposes for each need, keyed by the indicator code of Kadam's shipped instruments. It
 * is a starting point: staff accept it, reword it, or reject it with a reason. An indicator not in this table
 * (an instrument an administrator loaded) gets the generic wording around the need's own title. The wording
 * describes behaviour and circumstances to change, never belief or religious practice.
 */

const DISENGAGE: LocalisedName = {
  ky: 'Зомбулуктуу топтор менен байланышты үзүп, мыйзамды сактаган коомчулуктан орун табуу',
  ru: 'Разорвать связи с насильственными группами и найти своё место в законопослушном сообществе',
  en: 'Break ties with violent groups and find a place in a law-abiding community',
};
const STOP_INFLUENCE: LocalisedName = {
  ky: 'Башкаларды тартууну жана зомбулукка чакырган материалдарды таратууну токтотуу',
  ru: 'Прекратить вербовку других и распространение материалов, призывающих к насилию',
  en: 'Stop drawing others in and spreading material that calls for violence',
};
const REJECT_VIOLENCE: LocalisedName = {
  ky: 'Максатка жетүүнүн жолу катары зомбулуктан баш тартуу (сынчыл ой жүгүртүү жана зомбулуктан алыстоо боюнча иш)',
  ru: 'Отказаться от насилия как способа достичь целей (работа над критическим мышлением и отказом от насилия)',
  en: 'Reject violence as a way to reach goals (critical-thinking and disengagement work)',
};
const LAWFUL_REDRESS: LocalisedName = {
  ky: 'Нааразычылыктарды жана өч алуу каалоосун мыйзамдуу жолдор менен чечүү',
  ru: 'Решать обиды и желание мести законными способами',
  en: 'Deal with grievances and the wish for revenge through lawful means',
};
const SUPERVISION: LocalisedName = {
  ky: 'Көзөмөлдүн шарттарын сактап, зомбулук тобокелдигин азайтуу',
  ru: 'Соблюдать условия надзора и снижать риск насилия',
  en: 'Keep to the conditions of supervision and reduce the risk of violence',
};
const BELONGING: LocalisedName = {
  ky: 'Үй-бүлө жана жакындар менен байланышты калыбына келтирип, обочолонууну жеңүү',
  ru: 'Восстановить связи с семьёй и близкими и преодолеть изоляцию',
  en: 'Rebuild ties with family and friends and overcome isolation',
};

export const OBJECTIVE_WORDING: Readonly<Record<string, LocalisedName>> = {
  RNR_ATTITUDES: {
    ky: 'Кылмышты актаган көз караштарды түшүнүп, аларды өзгөртүү',
    ru: 'Осознать и изменить установки, оправдывающие преступления',
    en: 'Recognise and change the attitudes that excuse offending',
  },
  RNR_ASSOCIATES: {
    ky: 'Мыйзамды сактаган адамдар менен байланышты чыңдап, кылмыштуу чөйрөдөн алыстоо',
    ru: 'Укрепить связи с законопослушными людьми и отдалиться от криминального окружения',
    en: 'Build ties with law-abiding people and step away from pro-criminal contacts',
  },
  RNR_ANTISOCIAL_PATTERN: {
    ky: 'Өзүн кармоону, көйгөйлөрдү чечүүнү жана ачууну башкарууну үйрөнүү',
    ru: 'Развить самоконтроль, навыки решения проблем и управления гневом',
    en: 'Develop self-control, problem-solving and ways to manage anger',
  },
  RNR_FAMILY: {
    ky: 'Колдоо көрсөткөн үй-бүлөлүк мамилелерди калыбына келтирип, бекемдөө',
    ru: 'Восстановить и укрепить поддерживающие семейные отношения',
    en: 'Restore and strengthen supportive family relationships',
  },
  RNR_EDUCATION_WORK: {
    ky: 'Билим же кесиптик көндүмдөрдү алып, ишке орношуунун реалдуу планын түзүү',
    ru: 'Получить образование или профессиональные навыки и реальный план трудоустройства',
    en: 'Gain education or work skills and a realistic plan for work',
  },
  RNR_LEISURE: {
    ky: 'Бош убакытта уюшулган, мыйзамга ылайык иштерге катышуу',
    ru: 'Участвовать в организованных законопослушных занятиях в свободное время',
    en: 'Take part in organised, law-abiding activities in free time',
  },
  RNR_SUBSTANCE_USE: {
    ky: 'Спирт ичимдиктерин жана баңгизаттарды колдонууну токтотуу же азайтуу, керек болсо дарылануу',
    ru: 'Прекратить или сократить употребление алкоголя и наркотиков, при необходимости пройти лечение',
    en: 'Stop or reduce alcohol and drug use, with treatment where needed',
  },
  RNR_ACCOMMODATION: {
    ky: 'Туруктуу турак жай менен камсыз болуу',
    ru: 'Обеспечить стабильное жильё',
    en: 'Secure stable accommodation',
  },
  RNR_FINANCES: {
    ky: 'Акчаны жана карыздарды башкарууну үйрөнүп, мыйзамдуу киреше же жөлөкпул алуу',
    ru: 'Научиться управлять деньгами и долгами, получить законный доход или пособия',
    en: 'Manage money and debts and obtain lawful income or benefits',
  },
  VE_VIOLENT_NETWORK: DISENGAGE,
  VE_CONTROLLED: DISENGAGE,
  VE_PARALLEL_AUTHORITY: DISENGAGE,
  VE_GROUP_ABOVE_ALL: DISENGAGE,
  VE_RECRUITS: STOP_INFLUENCE,
  VE_SPREADS_MATERIAL: STOP_INFLUENCE,
  VE_CUT_OFF: BELONGING,
  VE_SEEKS_BELONGING: BELONGING,
  VE_JUSTIFIES_HARM: REJECT_VIOLENCE,
  VE_DEHUMANISES: REJECT_VIOLENCE,
  VE_STATED_INTENT: REJECT_VIOLENCE,
  VE_WILLING_SACRIFICE: REJECT_VIOLENCE,
  VE_VIOLENCE_FOR_CAUSE: REJECT_VIOLENCE,
  VE_GRIEVANCE_REVENGE: LAWFUL_REDRESS,
  VE_PAST_VIOLENCE: SUPERVISION,
  VE_CONFLICT_ZONE: SUPERVISION,
  VE_WEAPONS_SKILLS: SUPERVISION,
  VE_PLANNING: SUPERVISION,
  VE_EVADES_SUPERVISION: SUPERVISION,
};

/** The generic wording for a need the table does not know: the need's own title, in each language. */
export function genericWording(title: LocalisedName): LocalisedName {
  return {
    ky: `Муктаждык боюнча иштөө: ${title.ky}`,
    ru: `Работа над потребностью: ${title.ru}`,
    en: `Work on this need: ${title.en}`,
  };
}

export const proposedWording = (needCode: string, title: LocalisedName): LocalisedName =>
  OBJECTIVE_WORDING[needCode] ?? genericWording(title);
