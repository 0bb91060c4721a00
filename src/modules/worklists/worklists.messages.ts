import { defineMessages } from '../../platform/i18n/catalog.ts';

/** The signed-in user's worklist (`/worklist`) and its summary on the home page. */
export const worklistPageMessages = defineMessages(
  {
    'nav.worklist': 'My worklist',
    'worklists.title': 'My worklist',
    'worklists.lead': 'What is due for the people and groups in your units: overdue items first, then by due date.',
    'worklists.nothingDue': 'Nothing is due. New work appears here as soon as it falls due.',
    'worklists.count': { one: '{count} item', other: '{count} items' },
    'worklists.overdue': 'Overdue',
    'worklists.due': 'Due {date}',
    'worklists.home.summary': { one: 'Your worklist has {count} item.', other: 'Your worklist has {count} items.' },
    'worklists.home.overdue': { one: '{count} of them is overdue.', other: '{count} of them are overdue.' },
    'worklists.home.nothingDue': 'Nothing is due on your worklist.',
    'worklists.home.open': 'Open my worklist',
  },
  {
    ky: {
      'nav.worklist': 'Менин иш тизмем',
      'worklists.title': 'Менин иш тизмем',
      'worklists.lead':
        'Сиздин бөлүмдөрүңүздөгү адамдар жана топтор боюнча мөөнөтү келген иштер: адегенде мөөнөтү өткөндөр, андан кийин мөөнөтү боюнча.',
      'worklists.nothingDue': 'Мөөнөтү келген иш жок. Жаңы иштер мөөнөтү келээр замат ушул жерде пайда болот.',
      'worklists.count': { one: '{count} иш', other: '{count} иш' },
      'worklists.overdue': 'Мөөнөтү өттү',
      'worklists.due': 'Мөөнөтү: {date}',
      'worklists.home.summary': { one: 'Иш тизмеңизде {count} иш бар.', other: 'Иш тизмеңизде {count} иш бар.' },
      'worklists.home.overdue': { one: 'Алардын {count} мөөнөтү өттү.', other: 'Алардын {count} мөөнөтү өттү.' },
      'worklists.home.nothingDue': 'Иш тизмеңизде мөөнөтү келген иш жок.',
      'worklists.home.open': 'Иш тизмемди ачуу',
    },
    ru: {
      'nav.worklist': 'Мои задачи',
      'worklists.title': 'Мои задачи',
      'worklists.lead': 'Что нужно сделать по людям и группам ваших подразделений: сначала просроченное, затем по сроку.',
      'worklists.nothingDue': 'Срочных задач нет. Новые задачи появятся здесь, как только наступит их срок.',
      'worklists.count': { one: '{count} задача', few: '{count} задачи', many: '{count} задач', other: '{count} задачи' },
      'worklists.overdue': 'Просрочено',
      'worklists.due': 'Срок: {date}',
      'worklists.home.summary': {
        one: 'В вашем списке {count} задача.',
        few: 'В вашем списке {count} задачи.',
        many: 'В вашем списке {count} задач.',
        other: 'В вашем списке {count} задачи.',
      },
      'worklists.home.overdue': {
        one: 'Из них {count} просрочена.',
        few: 'Из них {count} просрочены.',
        many: 'Из них {count} просрочено.',
        other: 'Из них {count} просрочено.',
      },
      'worklists.home.nothingDue': 'В вашем списке нет задач, срок которых наступил.',
      'worklists.home.open': 'Открыть мои задачи',
    },
  },
);
