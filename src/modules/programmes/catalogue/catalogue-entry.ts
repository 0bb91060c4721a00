import type { LocalisedName } from '../../../platform/org/org.tables.ts';
import type { DELIVERY_LANGUAGES, LEGAL_STATUSES, PROGRAMME_RISK_LEVELS, PROGRAMME_SOURCES, SEXES } from '../programmes.tables.ts';

/**
 * One programme of Kadam's starting catalogue, as data. Installed once by code (start-up, `kadam seed
 * reference`); a manager's later edits are kept — the installer never overwrites an existing code.
 */
export type CatalogueEntry = {
  code: string;
  source: (typeof PROGRAMME_SOURCES)[number];
  title: LocalisedName;
  description: LocalisedName;
  /** Indicator codes of the shipped instruments (needs, and violent-extremism risk indicators) it addresses. */
  targetNeeds: readonly string[];
  sexes?: readonly (typeof SEXES)[number][];
  ageMin?: number;
  ageMax?: number;
  riskLevels?: readonly (typeof PROGRAMME_RISK_LEVELS)[number][];
  legalStatuses?: readonly (typeof LEGAL_STATUSES)[number][];
  deliveryLanguages: readonly (typeof DELIVERY_LANGUAGES)[number][];
  sessionCount: number;
  defaultCapacity: number;
};
