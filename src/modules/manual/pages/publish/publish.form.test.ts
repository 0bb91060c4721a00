import { describe, expect, it } from 'vitest';
import { messages } from '../../../../messages.ts';
import { createI18n } from '../../../../platform/i18n/translator.ts';
import { searchWords } from '../../manual.repository.ts';
import { publishFormOf, validatePublish } from './publish.form.ts';

const { t } = createI18n(messages, 'en');
const section = (index: number, text: string) =>
  Object.fromEntries(
    ['ky', 'ru', 'en'].flatMap((locale) => [
      [`title_${index}_${locale}`, `${text} ${locale}`],
      [`body_${index}_${locale}`, `${text} body ${locale}`],
    ]),
  );

describe('publishing a new version of a manual', () => {
  it('keeps the sections in order and drops one left wholly empty', () => {
    const form = publishFormOf({
      basedOn: '1',
      changeNote: 'Added a section',
      ...section(0, 'One'),
      ...section(1, ''),
      ...section(2, 'Three'),
    });
    const cleared = {
      ...form,
      sections: form.sections.map((entry, index) =>
        index === 1 ? { title: { ky: '', ru: '', en: '' }, body: { ky: '', ru: '', en: '' } } : entry,
      ),
    };
    const { input, errors } = validatePublish(cleared, t);
    expect(errors).toEqual([]);
    expect(input!.sections.map((entry) => entry.title.en)).toEqual(['One en', 'Three en']);
    expect(input!.basedOn).toBe(1);
  });

  it('needs every kept section in all three languages, and a note of what changed', () => {
    const form = publishFormOf({ basedOn: '2', changeNote: ' ', ...section(0, 'One'), title_0_ru: '' });
    const { input, errors } = validatePublish(form, t);
    expect(input).toBeNull();
    expect(errors.map((error) => error.field)).toEqual(['changeNote', 'title_0_ru']);
  });
});

describe('search words', () => {
  it('takes letters and digits of any script as words, ignoring punctuation and one-letter words', () => {
    expect(searchWords('Тартуу, белгилери — и 15 күн!')).toEqual(['тартуу', 'белгилери', '15', 'күн']);
  });
});
