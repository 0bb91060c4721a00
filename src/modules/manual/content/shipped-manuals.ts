import type { LocalisedName } from '../../../platform/org/org.tables.ts';
import type { ManualSectionText } from './manual-text.ts';
import { RECRUITMENT_EN } from './recruitment.en.ts';
import { RECRUITMENT_KY } from './recruitment.ky.ts';
import { RECRUITMENT_RU } from './recruitment.ru.ts';

export type ShippedManual = {
  code: string;
  title: LocalisedName;
  changeNote: string;
  sections: { title: LocalisedName; body: LocalisedName }[];
};

/** The three languages' sections side by side; a test checks that each language has every section. */
function zip(ky: readonly ManualSectionText[], ru: readonly ManualSectionText[], en: readonly ManualSectionText[]) {
  return en.map((section, index) => ({
    title: { ky: ky[index]!.title, ru: ru[index]!.title, en: section.title },
    body: { ky: ky[index]!.body, ru: ru[index]!.body, en: section.body },
  }));
}

/** The manuals Kadam installs as their first version; managers publish later versions in the application. */
export const SHIPPED_MANUALS: readonly ShippedManual[] = [
  {
    code: 'recruitment_prevention',
    title: {
      ky: 'Түрмөлөрдө тартуунун алдын алуу',
      ru: 'Предупреждение вербовки в местах лишения свободы',
      en: 'Preventing recruitment in prisons',
    },
    changeNote: 'Kadam',
    sections: zip(RECRUITMENT_KY, RECRUITMENT_RU, RECRUITMENT_EN),
  },
];
