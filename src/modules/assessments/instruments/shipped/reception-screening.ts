import type { InstrumentDefinitionInput, RuleCondition } from '../instrument.definition.ts';

/**
 * Kadam's reception screening: a short check for every new admission and every new probation client. It does
 * not judge the person; it decides whether a full assessment is needed. Red flags are facts on file or seen
 * behaviour that always call for the full violent-extremism assessment; the signs to explore call for it only
 * when two or more are present or unclear, because any one of them alone is common and says little.
 */

const RED_FLAGS = ['S_TERROR_CONVICTION', 'S_VIOLENCE_FOR_CAUSE', 'S_RECRUITING', 'S_CALLS_TO_VIOLENCE'];
const SIGNS = ['S_VIOLENT_CONTACTS', 'S_TARGETED', 'S_PRAISES_VIOLENCE', 'S_CRISIS_ISOLATION'];

const redFlagYes: RuleCondition = { atLeast: 1, of: RED_FLAGS, in: ['yes'] };
const redFlagUnclear: RuleCondition = { atLeast: 1, of: RED_FLAGS, in: ['unclear'] };
const twoSigns: RuleCondition = { atLeast: 2, of: SIGNS, in: ['yes', 'unclear'] };
const highConcern: RuleCondition = { judgement: 'CONCERN', in: ['high'] };
const routedToFullVe: RuleCondition = { any: [redFlagYes, twoSigns, highConcern] };
const generalNeed: RuleCondition = {
  any: [
    { rating: 'S_SENTENCE_LENGTH', in: ['yes'] },
    { rating: 'S_REPEAT_OFFENDING', in: ['yes'] },
    { rating: 'S_PRACTICAL_NEEDS', in: ['yes'] },
  ],
};

export const RECEPTION_SCREENING = {
  code: 'KADAM_SCREEN',
  kind: 'screening',
  name: {
    ky: 'Кабыл алууда баштапкы текшерүү',
    ru: 'Первичный скрининг при приёме',
    en: 'Reception screening',
  },
  summary: {
    ky: 'Ар бир жаңы келген соттолгон жана ар бир жаңы пробация кардары үчүн кыска текшерүү: толук баалоо керекпи же жокпу, ошону көрсөтөт.',
    ru: 'Короткая проверка каждого нового осуждённого и каждого нового клиента пробации: показывает, нужна ли полная оценка.',
    en: 'A short check for every new prisoner and every new probation client that shows whether a full assessment is needed.',
  },
  scales: [
    {
      code: 'SCREEN',
      levels: [
        { value: 'no', label: { ky: 'Жок', ru: 'Нет', en: 'No' } },
        { value: 'unclear', label: { ky: 'Белгисиз', ru: 'Неясно', en: 'Unclear' } },
        { value: 'yes', label: { ky: 'Ооба', ru: 'Да', en: 'Yes' } },
      ],
    },
  ],
  sections: [
    {
      code: 'RED_FLAGS',
      title: { ky: 'Кызыл белгилер', ru: 'Красные флаги', en: 'Red flags' },
      description: {
        ky: 'Иште же байкоодо ырасталган фактылар. Бирөө эле «ооба» болсо, толук баалоо сунушталат.',
        ru: 'Факты, подтверждённые делом или наблюдением. Если хотя бы один отмечен «да», рекомендуется полная оценка.',
        en: 'Facts confirmed by the file or by observation. If any one is rated "yes", a full assessment is advised.',
      },
      indicators: [
        {
          code: 'S_TERROR_CONVICTION',
          kind: 'risk',
          title: {
            ky: 'Террористтик же экстремисттик кылмыш үчүн соттолгон',
            ru: 'Осуждён за террористическое или экстремистское преступление',
            en: 'Convicted of a terrorist or extremist offence',
          },
          description: {
            ky: 'Азыркы же мурунку өкүм Кылмыш кодексинин терроризм же экстремизм беренелери боюнча чыгарылган.',
            ru: 'Текущий или прежний приговор вынесен по статьям Уголовного кодекса о терроризме или экстремизме.',
            en: 'The current or a previous sentence was passed under the Criminal Code articles on terrorism or extremism.',
          },
          scale: 'SCREEN',
          guidance: {
            no: {
              ky: 'Өкүмдө жана соттуулук тууралуу маалыматта мындай берене жок.',
              ru: 'В приговоре и в сведениях о судимости таких статей нет.',
              en: 'Neither the sentence nor the record of convictions shows such an article.',
            },
            unclear: {
              ky: 'Документтер толук эмес же берененин аталышы так эмес; иштен тактап алыңыз.',
              ru: 'Документы неполные или статья указана неточно; уточните по делу.',
              en: 'The documents are incomplete or the article is unclear; check the file.',
            },
            yes: {
              ky: 'Өкүмдө же соттуулук тууралуу маалыматта терроризм же экстремизм беренеси бар.',
              ru: 'В приговоре или сведениях о судимости есть статья о терроризме или экстремизме.',
              en: 'The sentence or the record of convictions includes a terrorism or extremism article.',
            },
          },
          evidenceSources: ['file', 'other_agency'],
          required: true,
        },
        {
          code: 'S_VIOLENCE_FOR_CAUSE',
          kind: 'risk',
          title: {
            ky: 'Идея же саясий максат үчүн зомбулук көрсөткөн же коркуткан',
            ru: 'Угрожал насилием или применял его ради идеи или политической цели',
            en: 'Has threatened or used violence for an ideological or political cause',
          },
          description: {
            ky: 'Кылмышта же андан кийин адам кандайдыр бир идеяны же топту жактап, зомбулук колдонгон же аны менен коркуткан.',
            ru: 'В преступлении или после него человек применял насилие или угрожал им, отстаивая идею или группу.',
            en: 'In the offence or since, the person used or threatened violence to advance an idea or a group.',
          },
          scale: 'SCREEN',
          guidance: {
            no: {
              ky: 'Зомбулук болгон болсо да, ал идеяга же топко байланышкан эмес, же зомбулук таптакыр болгон эмес.',
              ru: 'Насилия не было, либо оно не было связано с идеей или группой.',
              en: 'There was no violence, or it had nothing to do with an idea or a group.',
            },
            unclear: {
              ky: 'Зомбулук болгон, бирок анын себеби белгисиз; маекте жана иш кагаздарынан тактаңыз.',
              ru: 'Насилие было, но его мотив неясен; уточните в беседе и по материалам дела.',
              en: 'There was violence but its motive is unclear; explore in interview and the file.',
            },
            yes: {
              ky: 'Иш кагаздары же адамдын өз сөзү зомбулук идея же топ үчүн болгонун көрсөтөт.',
              ru: 'Материалы дела или слова самого человека показывают, что насилие было ради идеи или группы.',
              en: 'The file or the person’s own account shows the violence was for an idea or a group.',
            },
          },
          evidenceSources: ['file', 'interview', 'own_account'],
          required: true,
        },
        {
          code: 'S_RECRUITING',
          kind: 'risk',
          title: {
            ky: 'Башкаларды топко тартууга же аларга кысым көрсөтүүгө аракет кылат',
            ru: 'Пытается вербовать других или давить на них',
            en: 'Tries to recruit or pressure others',
          },
          description: {
            ky: 'Башка адамдарды топко кошулууга үндөйт, коркутат, карызга батырат же «коргоо» сунуштап баш ийдирет.',
            ru: 'Склоняет других вступить в группу, запугивает, вгоняет в долги или подчиняет, предлагая «защиту».',
            en: 'Urges others to join a group, intimidates them, puts them in debt or makes them obey in return for "protection".',
          },
          scale: 'SCREEN',
          guidance: {
            no: {
              ky: 'Мындай аракет тууралуу маалымат жана байкоо жок.',
              ru: 'Нет ни сведений, ни наблюдений о таких попытках.',
              en: 'No information and no observation of such attempts.',
            },
            unclear: {
              ky: 'Текшерилбеген билдирүү же кыйыр белги бар; коопсуздук бөлүмү менен тактаңыз.',
              ru: 'Есть непроверенное сообщение или косвенный признак; уточните у службы безопасности.',
              en: 'There is an unverified report or an indirect sign; check with the security department.',
            },
            yes: {
              ky: 'Кызматкер көргөн же текшерилген билдирүү менен ырасталган.',
              ru: 'Подтверждено наблюдением сотрудника или проверенным сообщением.',
              en: 'Confirmed by a staff observation or a verified report.',
            },
          },
          evidenceSources: ['observation', 'file', 'other_agency'],
          required: true,
        },
        {
          code: 'S_CALLS_TO_VIOLENCE',
          kind: 'risk',
          title: {
            ky: 'Зомбулукка чакырган материалдарды таратат',
            ru: 'Распространяет призывы к насилию',
            en: 'Spreads calls to violence',
          },
          description: {
            ky: 'Зомбулукка чакырган тексттерди, видеолорду же үн жазууларды жасаган, бөлүшкөн же таратуу үчүн сактаган.',
            ru: 'Создавал, пересылал или хранил для распространения тексты, видео или аудио с призывами к насилию.',
            en: 'Has made, shared or kept for passing on texts, videos or audio that call for violence.',
          },
          scale: 'SCREEN',
          guidance: {
            no: {
              ky: 'Мындай материалдар тууралуу маалымат жок.',
              ru: 'Сведений о таких материалах нет.',
              en: 'There is no information about such material.',
            },
            unclear: {
              ky: 'Материал табылган, бирок аны таратуу максаты же мазмуну такталган эмес.',
              ru: 'Материал найден, но его содержание или цель распространения не установлены.',
              en: 'Material was found but its content or any intent to pass it on is not established.',
            },
            yes: {
              ky: 'Таратуу же таратууга аракет иште, экспертизада же байкоодо ырасталган.',
              ru: 'Распространение или попытка распространения подтверждены делом, экспертизой или наблюдением.',
              en: 'Passing on, or trying to, is confirmed by the file, an expert report or observation.',
            },
          },
          evidenceSources: ['file', 'observation', 'other_agency'],
          required: true,
        },
      ],
    },
    {
      code: 'SIGNS',
      title: { ky: 'Тактоону талап кылган белгилер', ru: 'Признаки, требующие прояснения', en: 'Signs to explore' },
      description: {
        ky: 'Ар бири өзүнчө аз нерсе айтат. Экиси же андан көбү «ооба» же «белгисиз» болсо, толук баалоо сунушталат.',
        ru: 'Каждый по отдельности говорит немного. Если два или больше отмечены «да» или «неясно», рекомендуется полная оценка.',
        en: 'Each alone says little. If two or more are rated "yes" or "unclear", a full assessment is advised.',
      },
      indicators: [
        {
          code: 'S_VIOLENT_CONTACTS',
          kind: 'risk',
          title: {
            ky: 'Зомбулук колдонгон топтор менен байланышы бар',
            ru: 'Связи с группами, применяющими насилие',
            en: 'Contact with groups known for violence',
          },
          description: {
            ky: 'Зомбулук колдонгону же ага үндөгөнү белгилүү адамдар же топтор менен жолугушат, кат жазышат же телефон аркылуу сүйлөшөт.',
            ru: 'Встречается, переписывается или созванивается с людьми или группами, известными применением насилия или призывами к нему.',
            en: 'Meets, writes to or calls people or groups known to use or urge violence.',
          },
          scale: 'SCREEN',
          guidance: {
            no: {
              ky: 'Мындай байланыштар тууралуу маалымат жок.',
              ru: 'Сведений о таких связях нет.',
              en: 'No information about such contacts.',
            },
            unclear: {
              ky: 'Тааныштыгы бар, бирок байланыштын мүнөзү белгисиз.',
              ru: 'Знакомство есть, но характер связи неясен.',
              en: 'There is an acquaintance but the nature of the contact is unclear.',
            },
            yes: {
              ky: 'Туруктуу байланыш иште, тергөөдө же байкоодо ырасталган.',
              ru: 'Постоянная связь подтверждена делом, следствием или наблюдением.',
              en: 'Ongoing contact is confirmed by the file, the investigation or observation.',
            },
          },
          evidenceSources: ['file', 'observation', 'other_agency'],
          required: true,
        },
        {
          code: 'S_TARGETED',
          kind: 'risk',
          title: {
            ky: 'Топко тартуучулардын кысымына кабылган',
            ru: 'Подвергается давлению вербовщиков',
            en: 'Pressured or targeted by recruiters',
          },
          description: {
            ky: 'Башкалар аны топко тартууга аракет кылып жатат: коркутуу, карыз, сыйлык же «коргоо» сунушу аркылуу.',
            ru: 'Другие пытаются втянуть человека в группу: угрозами, долгами, подарками или предложением «защиты».',
            en: 'Others are trying to draw the person into a group through threats, debts, gifts or offers of "protection".',
          },
          scale: 'SCREEN',
          guidance: {
            no: {
              ky: 'Мындай кысым тууралуу маалымат жок.',
              ru: 'Сведений о таком давлении нет.',
              en: 'No information about such pressure.',
            },
            unclear: {
              ky: 'Адам же башкалар кыйыр түрдө айтышкан; жеке маекте сураңыз.',
              ru: 'Сам человек или другие упоминали об этом намёком; спросите в личной беседе.',
              en: 'The person or others hinted at it; ask in a private interview.',
            },
            yes: {
              ky: 'Адам өзү айткан же кызматкерлер кысымды байкашкан. Коопсуздугун камсыз кылуу чараларын да караңыз.',
              ru: 'Человек сам сообщил или сотрудники наблюдали давление. Рассмотрите и меры его защиты.',
              en: 'The person said so or staff saw the pressure. Consider measures to keep the person safe too.',
            },
          },
          evidenceSources: ['own_account', 'observation', 'interview'],
          required: true,
        },
        {
          code: 'S_PRAISES_VIOLENCE',
          kind: 'risk',
          title: {
            ky: 'Адамдарга каршы зомбулукту ачык актайт же мактайт',
            ru: 'Открыто оправдывает или одобряет насилие против людей',
            en: 'Openly justifies or praises violence against people',
          },
          description: {
            ky: 'Сөзүндө, каттарында же интернеттеги жазууларында кол салууларды, алардын катышуучуларын мактайт же бир топ адамга зыян келтирүүнү туура деп эсептейт.',
            ru: 'В словах, письмах или публикациях в интернете одобряет нападения и их участников или считает допустимым вредить группе людей.',
            en: 'In speech, letters or online posts, approves of attacks and those who carried them out, or says harming a group of people is right.',
          },
          scale: 'SCREEN',
          guidance: {
            no: {
              ky: 'Мындай сөздөр угулган эмес жана жазылган эмес.',
              ru: 'Таких высказываний не слышали и не зафиксировали.',
              en: 'No such statements were heard or recorded.',
            },
            unclear: {
              ky: 'Бир жолку же эки маанилүү сөз; контекстти тактаңыз.',
              ru: 'Единичное или двусмысленное высказывание; уточните контекст.',
              en: 'A single or ambiguous statement; clarify the context.',
            },
            yes: {
              ky: 'Мындай сөздөр кайталанып айтылган же жазылган жана каттоого алынган.',
              ru: 'Такие высказывания повторялись устно или письменно и зафиксированы.',
              en: 'Such statements were repeated in speech or writing and recorded.',
            },
          },
          evidenceSources: ['observation', 'interview', 'file'],
          required: true,
        },
        {
          code: 'S_CRISIS_ISOLATION',
          kind: 'risk',
          title: {
            ky: 'Жакында кризис же обочолонуу',
            ru: 'Недавний кризис или изоляция',
            en: 'Recent crisis or isolation',
          },
          description: {
            ky: 'Акыркы айларда жакынынан айрылуу, үй-бүлөнүн ажырашы, жумуштан айрылуу, биринчи жолу камакка түшүү же жакындары менен байланыштын үзүлүшү.',
            ru: 'В последние месяцы: утрата близкого, распад семьи, потеря работы, первое лишение свободы или разрыв связи с близкими.',
            en: 'In recent months: a bereavement, family break-up, job loss, a first time in custody or lost contact with family.',
          },
          scale: 'SCREEN',
          guidance: {
            no: {
              ky: 'Мындай окуялар болгон эмес же адам аларды жеңип чыккан.',
              ru: 'Таких событий не было, либо человек с ними справился.',
              en: 'No such events, or the person has come through them.',
            },
            unclear: {
              ky: 'Маалымат аз; адамдын өзүнөн жана үй-бүлөсүнөн сураңыз.',
              ru: 'Сведений мало; спросите самого человека и его семью.',
              en: 'Little information; ask the person and the family.',
            },
            yes: {
              ky: 'Кризис же обочолонуу азыр да уланып жатат жана адамга таасир этүүдө.',
              ru: 'Кризис или изоляция продолжаются и сказываются на человеке.',
              en: 'The crisis or isolation is ongoing and is affecting the person.',
            },
          },
          evidenceSources: ['interview', 'own_account', 'file'],
          required: true,
        },
      ],
    },
    {
      code: 'SAFETY_AND_NEEDS',
      title: { ky: 'Коопсуздук жана муктаждыктар', ru: 'Безопасность и потребности', en: 'Safety and needs' },
      description: {
        ky: 'Өзүнө зыян келтирүү коркунучу жана жалпы баалоону талап кылган жагдайлар.',
        ru: 'Риск самоповреждения и обстоятельства, требующие общей оценки.',
        en: 'Risk of self-harm and circumstances that call for a general assessment.',
      },
      indicators: [
        {
          code: 'S_SELF_HARM',
          kind: 'risk',
          title: {
            ky: 'Өзүнө зыян келтирүү же өз жанын кыюу коркунучу',
            ru: 'Риск самоповреждения или суицида',
            en: 'Self-harm or suicide concern',
          },
          description: {
            ky: 'Мурда же азыр өзүнө зыян келтирген, өлүм тууралуу айтат, тамактан баш тартат же үмүтсүздүктү көрсөтөт.',
            ru: 'Наносил себе вред раньше или сейчас, говорит о смерти, отказывается от еды или выражает безнадёжность.',
            en: 'Has harmed themself before or now, talks of dying, refuses food or expresses hopelessness.',
          },
          scale: 'SCREEN',
          guidance: {
            no: {
              ky: 'Мындай белгилер жок жана мурда болгон эмес.',
              ru: 'Таких признаков нет и раньше не было.',
              en: 'No such signs now or in the past.',
            },
            unclear: {
              ky: 'Кыйыр белгилер бар; бүгүн медициналык кызматкерге же психологго кабарлаңыз.',
              ru: 'Есть косвенные признаки; сегодня же сообщите медику или психологу.',
              en: 'There are indirect signs; tell medical staff or the psychologist today.',
            },
            yes: {
              ky: 'Белгилер айкын; өзүнө зыян келтирүүнүн алдын алуу тартибин дароо баштаңыз.',
              ru: 'Признаки очевидны; немедленно начните процедуру профилактики самоповреждений.',
              en: 'The signs are clear; start the self-harm prevention procedure at once.',
            },
          },
          evidenceSources: ['interview', 'observation', 'file'],
          required: true,
        },
        {
          code: 'S_SENTENCE_LENGTH',
          kind: 'need',
          title: {
            ky: 'Жазанын же көзөмөлдүн мөөнөтү узак',
            ru: 'Длительный срок наказания или надзора',
            en: 'A long sentence or supervision period',
          },
          description: {
            ky: 'Эркинен ажыратуу бир жылдан ашык, же пробациялык көзөмөл алты айдан ашык калды.',
            ru: 'Осталось больше года лишения свободы или больше шести месяцев пробационного надзора.',
            en: 'More than a year in custody, or more than six months of probation supervision, remains.',
          },
          scale: 'SCREEN',
          guidance: {
            no: {
              ky: 'Калган мөөнөт кыска; жалпы баалоо милдеттүү эмес.',
              ru: 'Оставшийся срок короткий; общая оценка не обязательна.',
              en: 'The time remaining is short; a general assessment is not required.',
            },
            unclear: {
              ky: 'Өкүм же эсептөө такталган эмес; мөөнөттү тактаңыз.',
              ru: 'Приговор или расчёт срока не уточнены; проверьте срок.',
              en: 'The sentence or its calculation is not confirmed; check the dates.',
            },
            yes: {
              ky: 'Калган мөөнөт жогорудагы чектен ашат.',
              ru: 'Оставшийся срок превышает указанный порог.',
              en: 'The time remaining is above the threshold described.',
            },
          },
          evidenceSources: ['file'],
          required: true,
        },
        {
          code: 'S_REPEAT_OFFENDING',
          kind: 'need',
          title: {
            ky: 'Кайталанган кылмыштар же көзөмөл шарттарын бузуу',
            ru: 'Повторные преступления или нарушения условий надзора',
            en: 'Repeat offending or breaches of supervision',
          },
          description: {
            ky: 'Мурда эки же андан көп жолу соттолгон, же мурунку көзөмөлдүн шарттарын бузган.',
            ru: 'Две или более прежних судимости либо нарушения условий прежнего надзора.',
            en: 'Two or more previous convictions, or breaches of the conditions of an earlier supervision.',
          },
          scale: 'SCREEN',
          guidance: {
            no: {
              ky: 'Биринчи жолу соттолгон жана мурда көзөмөлдө болгон эмес.',
              ru: 'Осуждён впервые и ранее под надзором не состоял.',
              en: 'A first conviction and no earlier supervision.',
            },
            unclear: {
              ky: 'Соттуулук тууралуу маалымат толук эмес; суроо-талап жибериңиз.',
              ru: 'Сведения о судимостях неполные; направьте запрос.',
              en: 'The record of convictions is incomplete; send a request.',
            },
            yes: {
              ky: 'Соттуулук тууралуу маалымат же мурунку иш кагаздары муну ырастайт.',
              ru: 'Это подтверждают сведения о судимости или прежние материалы.',
              en: 'The record of convictions or earlier files confirm it.',
            },
          },
          evidenceSources: ['file', 'other_agency'],
          required: true,
        },
        {
          code: 'S_PRACTICAL_NEEDS',
          kind: 'need',
          title: {
            ky: 'Турак жай, иш же көз карандылык боюнча айкын муктаждыктар',
            ru: 'Явные потребности в жилье, работе или помощи при зависимости',
            en: 'Clear needs in housing, work or substance use',
          },
          description: {
            ky: 'Турак жайы жок, иши же кирешеси жок, ичкиликке же баңгизатка көз каранды, же үй-бүлөдө катуу чыр-чатак бар.',
            ru: 'Нет жилья, работы или дохода, есть зависимость от алкоголя или наркотиков либо тяжёлый конфликт в семье.',
            en: 'No home, no work or income, a drink or drug problem, or serious conflict in the family.',
          },
          scale: 'SCREEN',
          guidance: {
            no: {
              ky: 'Мындай муктаждыктар байкалган жок.',
              ru: 'Таких потребностей не выявлено.',
              en: 'No such needs found.',
            },
            unclear: {
              ky: 'Маалымат жетишсиз; кийинки жолугушууда тактаңыз.',
              ru: 'Сведений недостаточно; уточните на следующей встрече.',
              en: 'Not enough information; clarify at the next meeting.',
            },
            yes: {
              ky: 'Жок дегенде бир муктаждык айкын жана жардамды талап кылат.',
              ru: 'Хотя бы одна потребность очевидна и требует помощи.',
              en: 'At least one need is clear and calls for help.',
            },
          },
          evidenceSources: ['interview', 'own_account', 'file'],
          required: true,
        },
      ],
    },
  ],
  outcome: {
    judgements: [
      {
        code: 'CONCERN',
        title: { ky: 'Тынчсыздануунун деңгээли', ru: 'Уровень обеспокоенности', en: 'Level of concern' },
        guidance: {
          ky: 'Баалоочунун өз пикири: бул адам боюнча азыр канчалык тынчсыздануу бар. Жогору болсо, толук баалоо сунушталат.',
          ru: 'Собственное суждение специалиста: насколько этот человек вызывает беспокойство сейчас. При высоком уровне рекомендуется полная оценка.',
          en: 'The screener’s own judgement of how much concern the person raises now. If high, a full assessment is advised.',
        },
        levels: ['low', 'moderate', 'high'],
        required: true,
      },
    ],
    formulationRequired: false,
  },
  rules: [
    {
      code: 'R_RED_FLAG',
      when: redFlagYes,
      route: 'full_violent_extremism',
      advice: {
        ky: 'Кызыл белги ырасталды: зомбулуктуу экстремизм боюнча толук баалоо сунушталат.',
        ru: 'Подтверждён красный флаг: рекомендуется полная оценка риска насильственного экстремизма.',
        en: 'A red flag is confirmed: a full violent-extremism assessment is advised.',
      },
    },
    {
      code: 'R_TWO_SIGNS',
      when: twoSigns,
      route: 'full_violent_extremism',
      advice: {
        ky: 'Тактоону талап кылган эки же андан көп белги бар: зомбулуктуу экстремизм боюнча толук баалоо сунушталат.',
        ru: 'Есть два или более признака, требующих прояснения: рекомендуется полная оценка риска насильственного экстремизма.',
        en: 'Two or more signs need exploring: a full violent-extremism assessment is advised.',
      },
    },
    {
      code: 'R_HIGH_CONCERN',
      when: highConcern,
      route: 'full_violent_extremism',
      advice: {
        ky: 'Баалоочу жогорку тынчсыздануу белгиледи: толук баалоо сунушталат.',
        ru: 'Специалист отметил высокую обеспокоенность: рекомендуется полная оценка.',
        en: 'The screener recorded high concern: a full assessment is advised.',
      },
    },
    {
      code: 'R_RED_FLAG_UNCLEAR',
      when: { all: [redFlagUnclear, { not: routedToFullVe }] },
      route: 'note',
      advice: {
        ky: 'Кызыл белги такталган жок: маалыматты 14 күндүн ичинде тактап, текшерүүнү кайталаңыз.',
        ru: 'Красный флаг не прояснён: уточните сведения в течение 14 дней и повторите скрининг.',
        en: 'A red flag is unclear: clarify it within 14 days and repeat the screening.',
      },
    },
    {
      code: 'R_SELF_HARM',
      when: { rating: 'S_SELF_HARM', in: ['yes', 'unclear'] },
      route: 'note',
      advice: {
        ky: 'Өзүнө зыян келтирүү коркунучу: бүгүн медициналык кызматка кабарлап, алдын алуу тартибин колдонуңуз.',
        ru: 'Риск самоповреждения: сегодня же сообщите медицинской службе и примените процедуру профилактики.',
        en: 'Self-harm concern: inform the medical service today and follow the prevention procedure.',
      },
    },
    {
      code: 'R_GENERAL_RNR',
      when: { all: [generalNeed, { not: routedToFullVe }] },
      route: 'full_general_rnr',
      advice: {
        ky: 'Мөөнөт же муктаждыктар жалпы баалоону талап кылат: тобокелдикти, муктаждыктарды жана жекече мамилени жалпы баалоо сунушталат.',
        ru: 'Срок или потребности требуют общей оценки: рекомендуется оценка риска, потребностей и восприимчивости.',
        en: 'The sentence or the needs call for a general assessment: a risk–need–responsivity assessment is advised.',
      },
    },
    {
      code: 'R_NO_FURTHER',
      when: { not: { any: [routedToFullVe, redFlagUnclear, generalNeed] } },
      route: 'no_further_assessment',
      advice: {
        ky: 'Толук баалоонун зарылдыгы көрүнгөн жок. Жагдай өзгөрсө, текшерүүнү кайталаңыз.',
        ru: 'Необходимость полной оценки не выявлена. Повторите скрининг, если обстоятельства изменятся.',
        en: 'No need for a full assessment was found. Repeat the screening if circumstances change.',
      },
    },
  ],
  reviewPolicy: { monthsByLevel: { low: 12, moderate: 6, high: 3 }, defaultMonths: 12 },
  transparency: {
    purpose: {
      ky: 'Ар бир жаңы келген адам боюнча толук баалоо керекпи, ошону аныктоо. Текшерүү жыйынтыгы классификация же жайгаштыруу тууралуу чечим эмес.',
      ru: 'Определить, нужна ли полная оценка каждому новому человеку. Результат скрининга не является решением о классификации или размещении.',
      en: 'To decide whether each newly arrived person needs a full assessment. The result is not a classification or placement decision.',
    },
    whoUsesItAndWhen: {
      ky: 'Кабыл алуу бөлүмүнүн кызматкерлери, психологдор жана пробация кызматкерлери: кабыл алгандан кийин 7 күндүн ичинде, кайра — которулганда же жаңы тынчсыздануу билдирүүсү келгенде.',
      ru: 'Сотрудники приёмного отделения, психологи и сотрудники пробации: в течение 7 дней после приёма, повторно — при переводе или новом сообщении об обеспокоенности.',
      en: 'Reception staff, psychologists and probation officers: within 7 days of arrival, and again after a transfer or a new concern report.',
    },
    humanOversight: {
      ky: 'Эрежелер сунуш гана берет. Баалоочу жыйынтыкты өзү чыгарат, экинчи адам аны текшерип бекитет же кайтарат.',
      ru: 'Правила дают только рекомендацию. Решение принимает специалист, второй сотрудник проверяет и утверждает или возвращает его.',
      en: 'The rules only advise. The screener decides, and a second person checks and approves or returns the screening.',
    },
    dataUsed: {
      ky: 'Өкүм, соттуулук тууралуу маалымат, жеке иш, кызматкерлердин байкоолору, маек жана адамдын өз сөзү. Диний ишеним жана диний жөрөлгөлөр колдонулбайт.',
      ru: 'Приговор, сведения о судимости, личное дело, наблюдения сотрудников, беседа и слова самого человека. Религиозные убеждения и обряды не используются.',
      en: 'The sentence, the record of convictions, the personal file, staff observations, the interview and the person’s own account. Religious belief and practice are never used.',
    },
    knownLimits: {
      ky: 'Кыска текшерүү маалымат аз болгондо жаңылышы мүмкүн; «белгисиз» жоопторду тактоо керек. Бул курал Кыргызстандын шартында али илимий жактан текшерилген эмес.',
      ru: 'Короткий скрининг может ошибаться при нехватке сведений; ответы «неясно» нужно прояснять. Инструмент ещё не прошёл научную проверку в условиях Кыргызстана.',
      en: 'A short screening can be wrong when information is scarce; "unclear" answers must be followed up. The tool has not yet been validated in Kyrgyzstan.',
    },
    fairnessMonitoring: {
      ky: 'Толук баалоого жөнөтүүлөрдүн үлүшү мекеме, район, жыныс жана жаш курагы боюнча ар чейрек сайын каралат; 10дон аз учурлар жашырылат.',
      ru: 'Доля направлений на полную оценку ежеквартально сравнивается по учреждениям, районам, полу и возрасту; группы меньше 10 скрываются.',
      en: 'The share routed to full assessment is compared each quarter by facility, district, sex and age band; groups under 10 are suppressed.',
    },
  },
  reviewChecklist: {
    noReligiousBeliefOrPracticeIndicators: true,
    indicatorsDescribeBehaviour: true,
    originalWording: true,
    threeLanguagesChecked: true,
    reviewedBy: 'Kadam instrument working group',
    reviewedOn: '2026-03-02',
  },
} satisfies InstrumentDefinitionInput;
