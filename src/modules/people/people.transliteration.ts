/**
 * Kyrgyz and Russian names are written in Cyrillic and in Latin spellings that vary (Үсөнов / Usonov / Usenov;
 * Жусупов / Zhusupov / Jusupov). Every spelling is reduced to one Latin skeleton in which the letters that
 * transliterations disagree on collapse together; trigram search over skeletons then forgives the rest.
 */
const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'j',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  ң: 'n',
  о: 'o',
  ө: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ү: 'u',
  ф: 'f',
  х: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'sh',
  ъ: '',
  ы: 'i',
  ь: '',
  э: 'e',
  ю: 'u',
  я: 'a',
  і: 'i',
  ә: 'a',
  ұ: 'u',
  қ: 'k',
  ғ: 'g',
  һ: 'h',
};

/** Latin spellings that stand for one Cyrillic letter, longest first. */
const LATIN_VARIANTS: [RegExp, string][] = [
  [/dzh|zh|dj/g, 'j'],
  [/kh/g, 'h'],
  [/yu|iu/g, 'u'],
  [/ya|ia/g, 'a'],
  [/yo|io/g, 'e'],
  [/y/g, 'i'],
  // ң is written ng, n or ñ, before a vowel too (Жаңыл: Janyl, Jangyl), so every "ng" is that one letter; a
  // Cyrillic нг collapses the same way, so both sides of a comparison still agree.
  [/ng+/g, 'n'],
];

/** The skeleton of one name: lower case, Latin, variants collapsed, anything but letters and digits dropped. */
export function nameSkeleton(name: string): string {
  let text = name.toLocaleLowerCase('ky');
  text = [...text].map((letter) => CYRILLIC[letter] ?? letter).join('');
  // ü → u, ö → o, ñ → n and other accented Latin letters lose their marks.
  text = text.normalize('NFD').replace(/\p{M}/gu, '');
  text = text.replace(/[^a-z0-9\s]/g, '');
  for (const [pattern, replacement] of LATIN_VARIANTS) text = text.replace(pattern, replacement);
  return text.replace(/\s+/g, ' ').trim();
}

/** What a person is searched by: the skeleton of every name and alias they are known by, deduplicated. */
export function searchTextOf(names: readonly (string | null | undefined)[]): string {
  const words = new Set<string>();
  for (const name of names) {
    if (!name) continue;
    for (const word of nameSkeleton(name).split(' ')) if (word) words.add(word);
  }
  return [...words].join(' ');
}
