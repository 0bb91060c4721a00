import { defineMessages } from '../../platform/i18n/catalog.ts';

/**
 * Refusals of the assessments module other than the workflow's own (assessments.workflow.messages.ts): what
 * went wrong and what to do, for the officer, psychologist or administrator who pressed the button.
 */
export const assessmentMessages = defineMessages(
  {
    'assessments.refusal.unknown_answer':
      'The form sent answers this instrument version does not have; nothing was saved. Reload the page and try again',
    'assessments.refusal.not_found': 'This assessment or instrument was not found',
    'assessments.refusal.stale':
      'Someone else saved this after you opened it. Nothing of yours was overwritten: reload the page to see their changes, then make yours again',
    'assessments.refusal.definition_invalid':
      'The instrument definition has problems; nothing was saved. Correct the problems listed and load it again',
    'assessments.refusal.instrument_kind_changed': 'An instrument keeps its kind: load a different kind of instrument under a new code',
    'assessments.refusal.instrument_code_changed': 'A draft keeps its instrument’s code: load a different instrument as a new draft',
    'assessments.refusal.version_not_draft': 'Only a draft version can be changed or published; published versions never change',
    'assessments.refusal.version_not_published': 'Only a published version can be retired',
    'assessments.refusal.no_current_version': 'This instrument has no published version to assess with. Ask an administrator',
    'assessments.refusal.incomplete': 'The assessment is not complete yet: fill in what is listed, then submit it',
    'assessments.refusal.not_for_this_person': 'This record belongs to another person',
    'assessments.refusal.no_approved_assessment':
      'A classification is proposed from approved assessments: this person has no approved violent-extremism or general risk assessment yet',
    'assessments.refusal.review_date_reason_required': 'Write why the review date is changing',
    'assessments.refusal.review_date_in_past': 'The new review date cannot be in the past',
    'assessments.refusal.override_judgement_required': 'Choose the level you decide for at least one judgement when you override',
    'assessments.refusal.not_decider': 'You proposed this classification, so another member of the classification committee must decide it',
    'assessments.refusal.version_required':
      'Send If-Match with the version you read (the ETag), so that changes made by others are not overwritten',
    'assessments.alertReason.classification': 'Classification decision of {date}',
  },
  {
    ky: {
      'assessments.refusal.unknown_answer':
        'Форма бул инструменттин версиясында жок жоопторду жиберди; эч нерсе сакталган жок. Баракты кайра жүктөп, дагы аракет кылыңыз',
      'assessments.refusal.not_found': 'Бул баалоо же инструмент табылган жок',
      'assessments.refusal.stale':
        'Сиз ачкандан кийин муну башка бирөө сактап койгон. Сиздин эч нерсеңиз өчүрүлгөн жок: алардын өзгөртүүлөрүн көрүү үчүн баракты жаңыртып, өзүңүздүкүн кайра киргизиңиз',
      'assessments.refusal.definition_invalid':
        'Инструменттин сүрөттөмөсүндө каталар бар; эч нерсе сакталган жок. Көрсөтүлгөн каталарды оңдоп, кайра жүктөңүз',
      'assessments.refusal.instrument_kind_changed': 'Инструменттин түрү өзгөрбөйт: башка түрдөгү инструментти жаңы код менен жүктөңүз',
      'assessments.refusal.instrument_code_changed':
        'Долбоор өз инструментинин кодун сактайт: башка инструментти жаңы долбоор катары жүктөңүз',
      'assessments.refusal.version_not_draft': 'Долбоор версияны гана өзгөртүүгө же жарыялоого болот; жарыяланган версиялар өзгөрбөйт',
      'assessments.refusal.version_not_published': 'Жарыяланган версияны гана колдонуудан чыгарууга болот',
      'assessments.refusal.no_current_version': 'Бул инструменттин баалоо үчүн жарыяланган версиясы жок. Администраторго кайрылыңыз',
      'assessments.refusal.incomplete': 'Баалоо али толук эмес: тизмедегилерди толтуруп, андан кийин жөнөтүңүз',
      'assessments.refusal.not_for_this_person': 'Бул жазуу башка адамга таандык',
      'assessments.refusal.no_approved_assessment':
        'Классификация бекитилген баалоолордун негизинде сунушталат: бул адамда зомбулуктуу экстремизм же жалпы тобокелдик боюнча бекитилген баалоо азырынча жок',
      'assessments.refusal.review_date_reason_required': 'Кайра кароо күнү эмне үчүн өзгөрүп жатканын жазыңыз',
      'assessments.refusal.review_date_in_past': 'Кайра кароонун жаңы күнү өткөн күн боло албайт',
      'assessments.refusal.override_judgement_required': 'Өз чечимиңизди чыгарганда жок дегенде бир корутунду үчүн деңгээлди тандаңыз',
      'assessments.refusal.not_decider':
        'Бул классификацияны сиз сунуштагансыз, ошондуктан аны классификациялык комиссиянын башка мүчөсү чечиши керек',
      'assessments.refusal.version_required': 'Башкалардын өзгөртүүлөрү өчүп калбашы үчүн, окулган версия менен If-Match жөнөтүңүз (ETag)',
      'assessments.alertReason.classification': '{date} күнкү классификация чечими',
    },
    ru: {
      'assessments.refusal.unknown_answer':
        'Форма прислала ответы, которых нет в этой версии инструмента; ничего не сохранено. Перезагрузите страницу и попробуйте снова',
      'assessments.refusal.not_found': 'Эта оценка или инструмент не найдены',
      'assessments.refusal.stale':
        'После того как вы открыли страницу, это сохранил кто-то другой. Ваши данные не перезаписаны: обновите страницу, чтобы увидеть их изменения, и внесите свои снова',
      'assessments.refusal.definition_invalid':
        'В описании инструмента есть ошибки; ничего не сохранено. Исправьте перечисленные ошибки и загрузите снова',
      'assessments.refusal.instrument_kind_changed': 'Вид инструмента не меняется: загрузите инструмент другого вида под новым кодом',
      'assessments.refusal.instrument_code_changed':
        'Черновик сохраняет код своего инструмента: загрузите другой инструмент новым черновиком',
      'assessments.refusal.version_not_draft': 'Изменить или опубликовать можно только черновик; опубликованные версии не меняются',
      'assessments.refusal.version_not_published': 'Вывести из употребления можно только опубликованную версию',
      'assessments.refusal.no_current_version': 'У этого инструмента нет опубликованной версии для оценки. Обратитесь к администратору',
      'assessments.refusal.incomplete': 'Оценка ещё не заполнена: заполните перечисленное, затем отправьте',
      'assessments.refusal.not_for_this_person': 'Эта запись относится к другому человеку',
      'assessments.refusal.no_approved_assessment':
        'Классификация предлагается на основе утверждённых оценок: у этого человека пока нет утверждённой оценки риска насильственного экстремизма или общего риска',
      'assessments.refusal.review_date_reason_required': 'Напишите, почему меняется дата пересмотра',
      'assessments.refusal.review_date_in_past': 'Новая дата пересмотра не может быть в прошлом',
      'assessments.refusal.override_judgement_required': 'При изменении решения выберите уровень хотя бы для одного вывода',
      'assessments.refusal.not_decider':
        'Эту классификацию предложили вы, поэтому решение должен принять другой член классификационной комиссии',
      'assessments.refusal.version_required':
        'Передайте If-Match с прочитанной версией (ETag), чтобы не перезаписать изменения других пользователей',
      'assessments.alertReason.classification': 'Решение о классификации от {date}',
    },
  },
);
