import { defineMessages } from '../../platform/i18n/catalog.ts';

/**
 * What the PIN rules (people.pin.ts) say, one message per issue code; `pinIssueMessage` fills the parameters.
 * Each names the digits and dates involved, so the user can see which of the two is wrong.
 */
export const pinMessages = defineMessages(
  {
    'people.pin.label': 'PIN',
    'people.pin.hint': '14 digits, as on the passport or ID card',
    'people.pin.warningTitle': 'Check the PIN',
    'people.pin.notDigits': 'The PIN must contain only digits (0–9)',
    'people.pin.wrongLength': {
      one: 'The PIN must be {length} digits long; {count} digit was entered',
      other: 'The PIN must be {length} digits long; {count} digits were entered',
    },
    'people.pin.birthDateImpossible':
      'The PIN’s digits 2–9 ({digits}) are not a real date: they must be the day, month and year of birth, as DDMMYYYY',
    'people.pin.birthDateMismatch':
      'The PIN’s digits 2–9 give the date of birth {pinDate}, but the date of birth recorded is {recordedDate}. Check both against the document',
    'people.pin.sexDigitUnknown':
      'The PIN’s first digit is {digit}, but it is normally 1 for a woman or 2 for a man. Check the PIN against the document',
    'people.pin.sexMismatch':
      'The PIN’s first digit says the sex is {pinSex}, but the sex recorded is {recordedSex}. Check the PIN against the document; it can still be saved',
  },
  {
    ky: {
      'people.pin.label': 'ПИН',
      'people.pin.hint': 'Паспорттогу же ID-карттагыдай 14 сан',
      'people.pin.warningTitle': 'ПИНди текшериңиз',
      'people.pin.notDigits': 'ПИН сандардан гана (0–9) турушу керек',
      'people.pin.wrongLength': {
        one: 'ПИН {length} сандан турушу керек; {count} сан киргизилди',
        other: 'ПИН {length} сандан турушу керек; {count} сан киргизилди',
      },
      'people.pin.birthDateImpossible':
        'ПИНдин 2–9-сандары ({digits}) чыныгы күн эмес: алар туулган күндү, айды жана жылды ККААЖЖЖЖ түрүндө көрсөтүшү керек',
      'people.pin.birthDateMismatch':
        'ПИНдин 2–9-сандары боюнча туулган күнү {pinDate}, бирок катталган туулган күнү {recordedDate}. Экөөнү тең документ менен салыштырыңыз',
      'people.pin.sexDigitUnknown':
        'ПИНдин биринчи саны {digit}, бирок ал адатта аял үчүн 1, эркек үчүн 2 болот. ПИНди документ менен салыштырыңыз',
      'people.pin.sexMismatch':
        'ПИНдин биринчи саны боюнча жынысы {pinSex}, бирок катталган жынысы {recordedSex}. ПИНди документ менен салыштырыңыз; аны баары бир сактоого болот',
    },
    ru: {
      'people.pin.label': 'ПИН',
      'people.pin.hint': '14 цифр, как в паспорте или ID-карте',
      'people.pin.warningTitle': 'Проверьте ПИН',
      'people.pin.notDigits': 'ПИН должен состоять только из цифр (0–9)',
      'people.pin.wrongLength': {
        one: 'ПИН должен состоять из {length} цифр; введена {count} цифра',
        few: 'ПИН должен состоять из {length} цифр; введено {count} цифры',
        many: 'ПИН должен состоять из {length} цифр; введено {count} цифр',
        other: 'ПИН должен состоять из {length} цифр; введено {count} цифры',
      },
      'people.pin.birthDateImpossible':
        'Цифры 2–9 ПИН ({digits}) не образуют дату: это должны быть день, месяц и год рождения в виде ДДММГГГГ',
      'people.pin.birthDateMismatch':
        'По цифрам 2–9 ПИН дата рождения — {pinDate}, а записанная дата рождения — {recordedDate}. Сверьте обе с документом',
      'people.pin.sexDigitUnknown': 'Первая цифра ПИН — {digit}, а обычно это 1 у женщин и 2 у мужчин. Сверьте ПИН с документом',
      'people.pin.sexMismatch':
        'По первой цифре ПИН пол — {pinSex}, а записанный пол — {recordedSex}. Сверьте ПИН с документом; сохранить его всё равно можно',
    },
  },
);
