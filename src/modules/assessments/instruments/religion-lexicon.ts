/**
 * Words about religious belief or practice, in Kyrgyz, Russian and English. Kadam's safeguard is that no
 * instrument rates belief or practice (prayer, places of worship, dress, beard, fasting, scripture, piety,
 * conversion): indicators describe behaviour such as threats, coercion, recruitment and violence. The test
 * suite runs every shipped indicator and free-text item through `religiousTermsIn`, and an administrator's
 * own instrument can be checked the same way before a reviewer signs the review checklist.
 *
 * `stems` match at the start of a word (so "мечет" finds "мечети", "pray" finds "prayer"); `words` match only
 * whole words, for short terms that begin unrelated words ("пост" must not find "постоянно", "дин" must not
 * find "динамика", "орозо" must not find the surname "Орозов").
 */
export interface TermList {
  readonly stems: readonly string[];
  readonly words: readonly string[];
}

export const RELIGIOUS_TERMS_KY: TermList = {
  stems: [
    'намаз',
    'мечит',
    'мечет',
    'сакал',
    'хиджаб',
    'никаб',
    'паранжа',
    'жоолук',
    'куран',
    'коран',
    'диний',
    'динчил',
    'ыйман',
    'ибадат',
    'сыйынуу',
    'молдо',
    'имам',
    'ислам',
    'мусулман',
    'христиан',
    'чиркөө',
    'шарият',
    'шариат',
    'хадис',
  ],
  words: ['дин', 'дини', 'динге', 'динди', 'динин', 'динде', 'орозо', 'орозону', 'орозодо', 'орозого', 'ораза', 'дуба', 'ажы'],
};

export const RELIGIOUS_TERMS_RU: TermList = {
  stems: [
    'намаз',
    'молитв',
    'молит',
    'помолит',
    'мечет',
    'церк',
    'храм',
    'хиджаб',
    'никаб',
    'паранджа',
    'платк',
    'бород',
    'постит',
    'ураза',
    'ораза',
    'коран',
    'библи',
    'религи',
    'верующ',
    'вероисповед',
    'набожн',
    'благочест',
    'ислам',
    'мусульман',
    'христиан',
    'богослуж',
    'проповед',
    'имам',
    'мулл',
    'шариат',
    'хадж',
    'конфесси',
  ],
  words: ['пост', 'поста', 'посту', 'постом', 'посте', 'платок', 'вера', 'веры', 'вере', 'веру', 'верой'],
};

export const RELIGIOUS_TERMS_EN: TermList = {
  stems: [
    'pray',
    'mosque',
    'church',
    'temple',
    'synagogue',
    'beard',
    'hijab',
    'niqab',
    'headscarf',
    'veil',
    'fasting',
    'ramadan',
    'quran',
    'koran',
    'bible',
    'religio',
    'worship',
    'piety',
    'pious',
    'devout',
    'imam',
    'mullah',
    'sermon',
    'islam',
    'muslim',
    'christian',
    'convert',
    'sharia',
    'scriptur',
    'diniy',
  ],
  words: ['faith', 'fasts', 'fasted', 'conversion', 'dini', 'hajj'],
};

const ALL_TERMS: readonly TermList[] = [RELIGIOUS_TERMS_KY, RELIGIOUS_TERMS_RU, RELIGIOUS_TERMS_EN];

/** "ё" is often written as "е"; fold both texts the same way so a stem matches either spelling. */
const fold = (text: string): string => text.normalize('NFC').toLocaleLowerCase('ru').replaceAll('ё', 'е');

const escape = (term: string): string => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// \b does not know Cyrillic letters, so the word edges are spelled out with Unicode letter classes.
const NOT_AFTER_LETTER = '(?<![\\p{L}\\p{N}])';
const NOT_BEFORE_LETTER = '(?![\\p{L}\\p{N}])';

const patterns: readonly { term: string; pattern: RegExp }[] = ALL_TERMS.flatMap((list) => [
  ...list.stems.map((term) => ({ term, pattern: new RegExp(NOT_AFTER_LETTER + escape(fold(term)), 'u') })),
  ...list.words.map((term) => ({ term, pattern: new RegExp(NOT_AFTER_LETTER + escape(fold(term)) + NOT_BEFORE_LETTER, 'u') })),
]);

/** The religious terms (as listed above) found in a text, each once, in list order; empty when there are none. */
export const religiousTermsIn = (text: string): string[] => {
  const folded = fold(text);
  return [...new Set(patterns.filter(({ pattern }) => pattern.test(folded)).map(({ term }) => term))];
};
