import { describe, expect, it } from 'vitest';
import { nameSkeleton, searchTextOf } from './people.transliteration.ts';

/** Every spelling in a group must reduce to one skeleton. */
function expectOneSkeleton(...spellings: string[]) {
  const skeletons = spellings.map((spelling) => [spelling, nameSkeleton(spelling)]);
  const first = skeletons[0]![1];
  expect(skeletons).toEqual(spellings.map((spelling) => [spelling, first]));
}

describe('the letters transliterations disagree on collapse together', () => {
  it('ү, у, u and ü', () => expectOneSkeleton('Үмүт', 'Умут', 'Umut', 'Ümüt'));

  it('ө, о, o and ö', () => expectOneSkeleton('Өмүр', 'Омур', 'Omur', 'Ömür'));

  it('ң, н and ng (ng before a vowel, too)', () => {
    expectOneSkeleton('Жаңыл', 'Жаныл', 'Janyl', 'Jangyl');
    expectOneSkeleton('Төлөң', 'Төлөн', 'Tolon', 'Tolong');
  });

  it('ж, zh and j', () => expectOneSkeleton('Жаныбек', 'Zhanybek', 'Janybek'));

  it('ч and ch', () => expectOneSkeleton('Чолпон', 'Cholpon'));

  it('ш and sh', () => expectOneSkeleton('Шайлоо', 'Shailoo'));

  it('й, y and i', () => expectOneSkeleton('Айбек', 'Aybek', 'Aibek'));

  it('ы and y', () => expectOneSkeleton('Ырыс', 'Yrys'));

  it('ю, yu and iu', () => expectOneSkeleton('Юсуп', 'Yusup', 'Iusup'));

  it('я, ya and ia', () => expectOneSkeleton('Яна', 'Yana', 'Iana'));
});

describe('real names in their usual spellings', () => {
  it('Үсөнов and Usonov', () => expectOneSkeleton('Үсөнов', 'Usonov', 'Üsönov', 'усонов'));

  it('Жусупов, Zhusupov and Jusupov', () => expectOneSkeleton('Жусупов', 'Zhusupov', 'Jusupov', 'Dzhusupov'));

  it('Чыңгыз, Chyngyz and Chingiz', () => expectOneSkeleton('Чыңгыз', 'Chyngyz', 'Chingiz', 'Чингиз'));

  it('keeps names that differ by more than spelling apart', () => {
    expect(nameSkeleton('Асанов')).not.toBe(nameSkeleton('Усонов'));
  });
});

describe('what a person is searched by', () => {
  it('lower-cases, drops apostrophes and hyphens, and keeps each word once', () => {
    expect(nameSkeleton('  Абдыкадыр-Уулу  O’Brien ')).toBe('abdikadiruulu obrien');
    expect(searchTextOf(['Үсөнов', 'Бакыт', null, 'Usonov', 'Bakyt', undefined, 'Baha'])).toBe('usonov bakit baha');
  });
});
