import { defineMessages } from '../i18n/catalog.ts';

/** Two-factor enrolment, the second sign-in step and sign-in throttling. */
export const twoFactorMessages = defineMessages(
  {
    'twoFactor.enrol.title': 'Set up two-factor sign-in',
    'twoFactor.enrol.required': 'Your role requires a second factor. Set it up to continue.',
    'twoFactor.enrol.intro':
      'Scan the QR code with an authenticator app (for example FreeOTP, Google Authenticator or Microsoft Authenticator), then enter the 6-digit code it shows.',
    'twoFactor.enrol.qrAlt': 'QR code for your authenticator app',
    'twoFactor.enrol.secretLabel': 'Cannot scan the code? Enter this key in the app instead:',
    'twoFactor.enrol.submit': 'Turn on two-factor sign-in',
    'twoFactor.enrol.wrongCode': 'The code is not right. Enter the 6 digits the app shows now.',
    'twoFactor.enrol.alreadyOn': 'Two-factor sign-in is on for your account.',
    'twoFactor.enrol.remaining': { one: '{count} unused recovery code left.', other: '{count} unused recovery codes left.' },
    'twoFactor.code.label': 'Code from the app',
    'twoFactor.code.hint': 'The 6 digits the app shows now.',
    'twoFactor.code.required': 'Enter the code',
    'twoFactor.recovery.title': 'Two-factor sign-in is on',
    'twoFactor.recovery.intro':
      'Keep these recovery codes somewhere safe, away from your phone. If you lose your authenticator, each code works once. They are shown only now.',
    'twoFactor.recovery.continue': 'Continue',
    'twoFactor.verify.title': 'Enter your sign-in code',
    'twoFactor.verify.intro': 'Open your authenticator app and enter the 6-digit code it shows for Kadam.',
    'twoFactor.verify.codeLabel': 'Code from the app or a recovery code',
    'twoFactor.verify.codeHint': '6 digits, or a recovery code such as abcde-fghij.',
    'twoFactor.verify.submit': 'Continue',
    'twoFactor.verify.wrongCode':
      'The code is not right or has already been used. Enter the code the app shows now, or an unused recovery code.',
    'twoFactor.cancel': 'Cancel and sign out',
    'signInThrottle.blocked': 'Too many unsuccessful attempts. Sign-in is paused for 15 minutes; try again later.',
  },
  {
    ky: {
      'twoFactor.enrol.title': 'Эки факторлуу кирүүнү орнотуу',
      'twoFactor.enrol.required': 'Сиздин ролуңуз үчүн экинчи фактор милдеттүү. Улантуу үчүн аны орнотуңуз.',
      'twoFactor.enrol.intro':
        'QR-кодду аутентификатор тиркемеси менен сканерлеңиз (мисалы, FreeOTP, Google Authenticator же Microsoft Authenticator), андан кийин ал көрсөткөн 6 орундуу кодду киргизиңиз.',
      'twoFactor.enrol.qrAlt': 'Аутентификатор тиркемеси үчүн QR-код',
      'twoFactor.enrol.secretLabel': 'Кодду сканерлей албай жатасызбы? Анын ордуна бул ачкычты тиркемеге киргизиңиз:',
      'twoFactor.enrol.submit': 'Эки факторлуу кирүүнү күйгүзүү',
      'twoFactor.enrol.wrongCode': 'Код туура эмес. Тиркеме азыр көрсөтүп турган 6 санды киргизиңиз.',
      'twoFactor.enrol.alreadyOn': 'Сиздин эсебиңиз үчүн эки факторлуу кирүү күйгүзүлгөн.',
      'twoFactor.enrol.remaining': {
        one: 'Колдонула элек {count} калыбына келтирүү коду калды.',
        other: 'Колдонула элек {count} калыбына келтирүү коду калды.',
      },
      'twoFactor.code.label': 'Тиркемедеги код',
      'twoFactor.code.hint': 'Тиркеме азыр көрсөтүп турган 6 сан.',
      'twoFactor.code.required': 'Кодду киргизиңиз',
      'twoFactor.recovery.title': 'Эки факторлуу кирүү күйгүзүлдү',
      'twoFactor.recovery.intro':
        'Бул калыбына келтирүү коддорун телефонуңуздан бөлөк, коопсуз жерде сактаңыз. Аутентификаторуңузду жоготсоңуз, ар бир код бир гана жолу иштейт. Алар азыр гана көрсөтүлөт.',
      'twoFactor.recovery.continue': 'Улантуу',
      'twoFactor.verify.title': 'Кирүү кодун киргизиңиз',
      'twoFactor.verify.intro': 'Аутентификатор тиркемесин ачып, ал Kadam үчүн көрсөткөн 6 орундуу кодду киргизиңиз.',
      'twoFactor.verify.codeLabel': 'Тиркемедеги код же калыбына келтирүү коду',
      'twoFactor.verify.codeHint': '6 сан же abcde-fghij сыяктуу калыбына келтирүү коду.',
      'twoFactor.verify.submit': 'Улантуу',
      'twoFactor.verify.wrongCode':
        'Код туура эмес же мурда колдонулган. Тиркеме азыр көрсөтүп турган кодду же колдонула элек калыбына келтирүү кодун киргизиңиз.',
      'twoFactor.cancel': 'Жокко чыгарып, системадан чыгуу',
      'signInThrottle.blocked': 'Ийгиликсиз аракеттер өтө көп болду. Кирүү 15 мүнөткө токтотулду, кийинчерээк кайра аракет кылыңыз.',
    },
    ru: {
      'twoFactor.enrol.title': 'Настройка двухфакторного входа',
      'twoFactor.enrol.required': 'Для вашей роли второй фактор обязателен. Настройте его, чтобы продолжить.',
      'twoFactor.enrol.intro':
        'Отсканируйте QR-код приложением-аутентификатором (например, FreeOTP, Google Authenticator или Microsoft Authenticator), затем введите 6-значный код, который оно покажет.',
      'twoFactor.enrol.qrAlt': 'QR-код для приложения-аутентификатора',
      'twoFactor.enrol.secretLabel': 'Не получается отсканировать код? Введите в приложение этот ключ:',
      'twoFactor.enrol.submit': 'Включить двухфакторный вход',
      'twoFactor.enrol.wrongCode': 'Код неверен. Введите 6 цифр, которые приложение показывает сейчас.',
      'twoFactor.enrol.alreadyOn': 'Двухфакторный вход для вашей учётной записи включён.',
      'twoFactor.enrol.remaining': {
        one: 'Остался {count} неиспользованный код восстановления.',
        few: 'Осталось {count} неиспользованных кода восстановления.',
        many: 'Осталось {count} неиспользованных кодов восстановления.',
        other: 'Осталось {count} неиспользованного кода восстановления.',
      },
      'twoFactor.code.label': 'Код из приложения',
      'twoFactor.code.hint': '6 цифр, которые приложение показывает сейчас.',
      'twoFactor.code.required': 'Введите код',
      'twoFactor.recovery.title': 'Двухфакторный вход включён',
      'twoFactor.recovery.intro':
        'Сохраните эти коды восстановления в надёжном месте, отдельно от телефона. Если вы потеряете аутентификатор, каждый код сработает один раз. Они показываются только сейчас.',
      'twoFactor.recovery.continue': 'Продолжить',
      'twoFactor.verify.title': 'Введите код для входа',
      'twoFactor.verify.intro': 'Откройте приложение-аутентификатор и введите 6-значный код, который оно показывает для Kadam.',
      'twoFactor.verify.codeLabel': 'Код из приложения или код восстановления',
      'twoFactor.verify.codeHint': '6 цифр или код восстановления вида abcde-fghij.',
      'twoFactor.verify.submit': 'Продолжить',
      'twoFactor.verify.wrongCode':
        'Код неверен или уже использован. Введите код, который приложение показывает сейчас, или неиспользованный код восстановления.',
      'twoFactor.cancel': 'Отменить и выйти',
      'signInThrottle.blocked': 'Слишком много неудачных попыток. Вход приостановлен на 15 минут, попробуйте позже.',
    },
  },
);
