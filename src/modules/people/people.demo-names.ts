/**
 * Fictional names for demo people: common Kyrgyz, Russian and Uzbek given and family names, combined at random,
 * so no generated person is anyone real. Family names are the male form; the female form is built from it.
 */
export const KYRGYZ_MALE = [
  'Бакыт',
  'Азамат',
  'Нурбек',
  'Эрлан',
  'Улан',
  'Чыңгыз',
  'Жыргалбек',
  'Талант',
  'Айбек',
  'Канат',
  'Мирлан',
  'Эрмек',
  'Бекзат',
  'Темирлан',
  'Данияр',
  'Нурлан',
  'Алмаз',
  'Тилек',
  'Өмүрбек',
  'Үсөн',
  'Жоомарт',
  'Медер',
  'Сүйүнбек',
  'Адилет',
];
export const KYRGYZ_FEMALE = [
  'Айгүл',
  'Гүлнара',
  'Жылдыз',
  'Айпери',
  'Нургүл',
  'Бермет',
  'Асель',
  'Чолпон',
  'Мээрим',
  'Айзада',
  'Динара',
  'Назгүл',
  'Элнура',
  'Сезим',
  'Гүлзат',
  'Айнура',
  'Бүбүсара',
  'Жамила',
  'Каныкей',
  'Өмүркан',
];
export const KYRGYZ_FAMILY = [
  'Үсөнов',
  'Жусупов',
  'Асанов',
  'Токтогулов',
  'Мамбетов',
  'Осмонов',
  'Абдыкадыров',
  'Сыдыков',
  'Турдубаев',
  'Бекмуратов',
  'Ибраимов',
  'Жээнбеков',
  'Өмүрбеков',
  'Касымов',
  'Эшматов',
  'Ормонов',
  'Садыков',
  'Шаршеев',
  'Кулов',
  'Сагынбаев',
  'Ташиев',
  'Байсалов',
  'Дүйшөнов',
  'Төлөгөнов',
  'Чотбаев',
];
export const RUSSIAN_MALE = ['Сергей', 'Алексей', 'Дмитрий', 'Андрей', 'Игорь', 'Владимир', 'Николай', 'Евгений', 'Виктор', 'Павел'];
export const RUSSIAN_FEMALE = ['Елена', 'Ольга', 'Татьяна', 'Наталья', 'Ирина', 'Светлана', 'Анна', 'Мария', 'Людмила', 'Юлия'];
export const RUSSIAN_FAMILY = ['Иванов', 'Петров', 'Смирнов', 'Кузнецов', 'Попов', 'Волков', 'Морозов', 'Ким', 'Пак', 'Федоров'];
export const UZBEK_MALE = ['Улугбек', 'Бахтияр', 'Шерзод', 'Фаррух', 'Жасур', 'Рустам', 'Ильхом', 'Дилшод'];
export const UZBEK_FEMALE = ['Дилноза', 'Гулноза', 'Мадина', 'Шахноза', 'Нилуфар', 'Феруза'];
export const UZBEK_FAMILY = ['Юлдашев', 'Рахимов', 'Каримов', 'Усманов', 'Турсунов', 'Мирзаев', 'Исламов', 'Хакимов'];

/** The Latin spelling most documents use (ISO 9-like for Kyrgyz letters: ү ü, ө ö, ң ng). */
const LATIN: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  ң: 'ng',
  о: 'o',
  ө: 'ö',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ү: 'ü',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

export function toLatin(name: string): string {
  return [...name]
    .map((letter) => {
      const lower = letter.toLowerCase();
      const latin = LATIN[lower] ?? letter;
      return letter === lower ? latin : latin.charAt(0).toUpperCase() + latin.slice(1);
    })
    .join('');
}

/** Иванов → Иванова, Жусупов → Жусупова; names without a gendered ending (Ким) stay as they are. */
export function femaleFamilyName(name: string): string {
  return /(ов|ев|ин)$/.test(name) ? `${name}а` : name;
}
