import { describe, expect, it } from 'vitest';
import { RECRUITMENT_EN } from './recruitment.en.ts';
import { RECRUITMENT_KY } from './recruitment.ky.ts';
import { RECRUITMENT_RU } from './recruitment.ru.ts';
import { SHIPPED_MANUALS } from './shipped-manuals.ts';

describe('the manual on preventing recruitment as Kadam ships it', () => {
  it('has every section in Kyrgyz, Russian and English, each with a title and real text', () => {
    expect(RECRUITMENT_KY).toHaveLength(RECRUITMENT_EN.length);
    expect(RECRUITMENT_RU).toHaveLength(RECRUITMENT_EN.length);
    expect(RECRUITMENT_EN.length).toBeGreaterThanOrEqual(6);
    for (const section of SHIPPED_MANUALS[0]!.sections) {
      for (const locale of ['ky', 'ru', 'en'] as const) {
        expect(section.title[locale].length, section.title.en).toBeGreaterThan(5);
        expect(section.body[locale].length, `${locale} ${section.title.en}`).toBeGreaterThan(300);
      }
    }
  });

  it('says in section 3, which the report form links to, that religion is not an indicator', () => {
    const third = SHIPPED_MANUALS[0]!.sections[2]!;
    expect(third.title.en).toBe('Religion is not an indicator');
    expect(third.title.ru).toBe('Религия — не признак');
    expect(third.title.ky).toBe('Дин белги болуп саналбайт');
  });

  it('writes Kyrgyz with its own letters (ң, ө, ү), not Russian spelling', () => {
    const kyrgyz = RECRUITMENT_KY.map((section) => section.body).join(' ');
    for (const letter of ['ң', 'ө', 'ү']) expect(kyrgyz).toContain(letter);
  });

  it('gives the limit on solitary confinement with its source, the Nelson Mandela Rules', () => {
    const separation = SHIPPED_MANUALS[0]!.sections.find((section) => section.title.en.startsWith('Separation'))!;
    expect(separation.body.en).toContain('15 consecutive days');
    expect(separation.body.en).toContain('Nelson Mandela Rules');
    expect(separation.body.ru).toContain('Нельсона Манделы');
    expect(separation.body.ky).toContain('Нельсон Манделанын');
  });
});
