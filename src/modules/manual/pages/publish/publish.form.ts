import type { MessageKey } from '../../../../platform/i18n/catalog.ts';
import { LOCALES } from '../../../../platform/i18n/locales.ts';
import type { LocalisedName } from '../../../../platform/org/org.tables.ts';
import type { FieldError } from '../../../../platform/views/components.tsx';

const MAX_TITLE = 200;
const MAX_BODY = 20_000;
const MAX_SECTIONS = 30;

export type SectionForm = { title: LocalisedName; body: LocalisedName };
export type PublishForm = { basedOn: string; changeNote: string; sections: SectionForm[] };

const text = (body: Record<string, unknown>, name: string, max: number) => {
  const value = body[name];
  return typeof value === 'string' ? value.slice(0, max + 1) : '';
};

/** The editor's form: every section's title and text in the three languages, numbered from 0 as sent. */
export function publishFormOf(body: Record<string, unknown>): PublishForm {
  const sections: SectionForm[] = [];
  for (let index = 0; index < MAX_SECTIONS; index += 1) {
    if (!LOCALES.some((locale) => `title_${index}_${locale}` in body)) break;
    const part = (kind: 'title' | 'body', max: number) =>
      Object.fromEntries(LOCALES.map((locale) => [locale, text(body, `${kind}_${index}_${locale}`, max)])) as LocalisedName;
    sections.push({ title: part('title', MAX_TITLE), body: part('body', MAX_BODY) });
  }
  return { basedOn: text(body, 'basedOn', 6), changeNote: text(body, 'changeNote', 1000), sections };
}

const blank = (section: SectionForm) =>
  LOCALES.every((locale) => section.title[locale].trim() === '' && section.body[locale].trim() === '');

/**
 * A section left wholly empty is dropped (that is how one is removed); any other needs its title and text in
 * Kyrgyz, Russian and English. A version needs at least one section and a note saying what changed.
 */
export function validatePublish(form: PublishForm, t: (key: MessageKey, params?: Record<string, string | number>) => string) {
  const errors: FieldError[] = [];
  if (form.changeNote.trim() === '') errors.push({ field: 'changeNote', message: t('manual.publish.changeNoteRequired') });
  const kept = form.sections.map((section, index) => ({ section, index })).filter(({ section }) => !blank(section));
  if (kept.length === 0) errors.push({ field: 'title_0_ky', message: t('manual.publish.noSections') });
  for (const { section, index } of kept) {
    for (const locale of LOCALES) {
      if (section.title[locale].trim() === '' || section.title[locale].length > MAX_TITLE)
        errors.push({ field: `title_${index}_${locale}`, message: t('manual.publish.titleRequired', { number: index + 1 }) });
      if (section.body[locale].trim() === '' || section.body[locale].length > MAX_BODY)
        errors.push({ field: `body_${index}_${locale}`, message: t('manual.publish.bodyRequired', { number: index + 1 }) });
    }
  }
  const basedOn = Number(form.basedOn);
  const sections = kept.map(({ section }) => ({
    title: Object.fromEntries(LOCALES.map((locale) => [locale, section.title[locale].trim()])) as LocalisedName,
    body: Object.fromEntries(LOCALES.map((locale) => [locale, section.body[locale].trim()])) as LocalisedName,
  }));
  return {
    errors,
    input: errors.length > 0 ? null : { basedOn: Number.isInteger(basedOn) ? basedOn : 0, changeNote: form.changeNote.trim(), sections },
  };
}
