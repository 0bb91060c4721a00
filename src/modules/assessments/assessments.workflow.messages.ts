import { defineMessages } from '../../platform/i18n/catalog.ts';

/**
 * Why an assessment action was refused (`assessments.workflow.ts`), one message per refusal code, written for
 * the officer or psychologist who pressed the button: what is wrong and what to do instead.
 */
export const workflowMessages = defineMessages(
  {
    'assessments.workflow.refusal.wrong_status':
      'This cannot be done at the assessment’s current stage. It may have been changed by someone else: reload the page to see where it is now',
    'assessments.workflow.refusal.own_assessment':
      'You wrote this assessment, so you cannot approve, return or override it. Another accredited colleague must review it',
    'assessments.workflow.refusal.not_accredited':
      'You do not have a valid accreditation for this instrument, so you cannot sign this assessment. Ask your manager about training or renewal',
    'assessments.workflow.refusal.comment_required':
      'Write a comment saying what the assessor should change before you return the assessment',
    'assessments.workflow.refusal.reason_required': 'Write the reason for your override. Overriding without a reason is not allowed',
  },
  {
    ky: {
      'assessments.workflow.refusal.wrong_status':
        'Баалоонун азыркы баскычында муну аткарууга болбойт. Аны башка бирөө өзгөрткөн болушу мүмкүн: азыркы абалын көрүү үчүн баракты жаңыртыңыз',
      'assessments.workflow.refusal.own_assessment':
        'Бул баалоону сиз жазгансыз, ошондуктан аны беките, кайтара же өз чечимиңиз менен алмаштыра албайсыз. Аны аккредитациясы бар башка кызматкер карап чыгышы керек',
      'assessments.workflow.refusal.not_accredited':
        'Сизде бул инструмент боюнча жарактуу аккредитация жок, ошондуктан бул баалоого кол кое албайсыз. Окутуу же аккредитацияны узартуу жөнүндө жетекчиңизден сураңыз',
      'assessments.workflow.refusal.comment_required': 'Баалоону кайтаруудан мурун баалоочу эмнени оңдошу керектигин комментарийге жазыңыз',
      'assessments.workflow.refusal.reason_required': 'Өз чечимиңиздин себебин жазыңыз. Себепсиз жыйынтыкты өзгөртүүгө болбойт',
    },
    ru: {
      'assessments.workflow.refusal.wrong_status':
        'На текущем этапе оценки это сделать нельзя. Возможно, её изменил кто-то другой: обновите страницу, чтобы увидеть, где она сейчас',
      'assessments.workflow.refusal.own_assessment':
        'Эту оценку составили вы, поэтому не можете её утвердить, вернуть или изменить её вывод. Её должен проверить другой аккредитованный сотрудник',
      'assessments.workflow.refusal.not_accredited':
        'У вас нет действующей аккредитации по этому инструменту, поэтому вы не можете подписать эту оценку. Обратитесь к руководителю по поводу обучения или продления аккредитации',
      'assessments.workflow.refusal.comment_required': 'Прежде чем вернуть оценку, напишите в комментарии, что составителю нужно исправить',
      'assessments.workflow.refusal.reason_required': 'Укажите причину изменения вывода. Без причины изменить вывод нельзя',
    },
  },
);
