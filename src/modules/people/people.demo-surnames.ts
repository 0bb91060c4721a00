/**
 * Kyrgyz family names of the demo population. Most Kyrgyz family names were formed from a father's or
 * grandfather's given name: with the Russian endings -ов/-ев (Токтогул → Токтогулов), or, since the 1990s, as
 * "X уулу" (son of X) / "X кызы" (daughter of X). Forming them from a few hundred given names gives the
 * population a realistic variety of surnames; a short fixed list made every surname match thousands of people
 * per million, which no real register does (and which made every search look like the worst case).
 *
 * One string rather than an array literal, so 180 names stay 12 lines after formatting.
 */
export const ANCESTOR_NAMES = `
  Абдылда Абдыкадыр Абдырахман Абдраим Абыл Адыл Айдар Айтбай Акмат Акылбек Алым Алымбек Алыбай Аман Аманбай
  Апас Арстан Арстанбек Асан Асылбек Атабек Ашыр Байсал Байыш Бакас Бакир Бактыбек Балбай Бейшен Бекбол Бекмурат
  Бекташ Бектур Белек Бердибек Боконбай Болот Бообек Бөкөнбай Дыйкан Доолот Дөөлөт Дүйшөн Жакып Жалил Жанаш
  Жантай Жапар Жаркын Жекшен Жениш Жолдош Жоробек Жумабек Жумабай Жунус Жусуп Жээнбек Замир Зарлык Идрис Имаш
  Искак Исмаил Ибраим Кадыр Калил Калмат Калыбек Калык Камчыбек Каракул Карыпбек Касым Кемел Кенеш Керимбек
  Кожомкул Кочкор Көкөн Кубан Кубат Кудайберди Кул Кулмат Кумар Курман Курманбек Кыдыр Кылыч Мамат Маматкул
  Мамбет Мамыт Мамыр Медет Мелис Мойдун Момун Мукаш Мураталы Мурат Мусабек Назар Наматбек Нуралы Нурмат Омор
  Ормон Орозбек Ороз Осмон Өмүр Өмүрбек Өскөн Пазыл Рахман Рыскул Рысбек Сабыр Сагынбай Садыр Садык Саламат
  Самат Сапар Сарыбай Сатар Сатыбалды Сейит Сейитбек Сулайман Султан Сыдык Сыргак Табылды Тагай Таалай Тайлак
  Талип Темир Токон Токтогул Токтосун Токтомуш Токтобек Токтор Токтонали Токтомат Төлөн Төлөгөн Турат Турдак
  Турсун Тургун Турдубай Туратбек Үмөт Үсөн Үсөнбай Чотбай Чыныбай Чоюн Шабдан Шамшы Шарип Шерали Эгемберди
  Эркин Эрмек Эсен Эсенбай Эшмат Ырыс Ысак Ысман Абдымомун Бердике Жапаркул Сооронбай
`
  .trim()
  .split(/\s+/);

/** Токтогул → Токтогулов, Турдубай → Турдубаев, Шамшы → Шамшиев, Имаш → Имашев (Russian spelling rules). */
export function surnameFrom(ancestor: string): string {
  if (ancestor.endsWith('й')) return `${ancestor.slice(0, -1)}ев`;
  if (ancestor.endsWith('ы')) return `${ancestor.slice(0, -1)}иев`;
  if (/[аеиоуэөү]$/.test(ancestor)) return `${ancestor}ев`;
  if (/[жшчщц]$/.test(ancestor)) return `${ancestor}ев`;
  return `${ancestor}ов`;
}

/** More Russian and Uzbek family names, for the quarter of the demo population that is not Kyrgyz. */
export const MORE_RUSSIAN_FAMILY = `Соколов Лебедев Козлов Новиков Соловьев Васильев Зайцев Павлов Семенов Голубев Виноградов Богданов
  Воробьев Михайлов Беляев Тарасов Белов Комаров Орлов Киселев Макаров Андреев Ковалев Ильин Гусев Титов Кузьмин Кудрявцев
  Баранов Куликов Алексеев Степанов Яковлев Сорокин Сергеев Романов Захаров Борисов Королев Герасимов Пономарев Григорьев`
  .trim()
  .split(/\s+/);
export const MORE_UZBEK_FAMILY = `Абдуллаев Ахмедов Алиев Эргашев Назаров Тошматов Холматов Абдурахманов Садыков Нематов Сафаров
  Шарипов Исмоилов Азимов Мамадалиев Жураев Кодиров Ортиков Раджабов Умаров`
  .trim()
  .split(/\s+/);
