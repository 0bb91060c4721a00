import type { InstrumentDefinitionInput } from '../instrument.definition.ts';
import { GENERAL_RNR } from './general-rnr.ts';
import { RECEPTION_SCREENING } from './reception-screening.ts';
import { VIOLENT_EXTREMISM } from './violent-extremism.ts';

export { GENERAL_RNR, RECEPTION_SCREENING, VIOLENT_EXTREMISM };

/**
 * Kadam's own instruments, in the order a person meets them: screening on admission, then the full
 * violent-extremism and general assessments that screening may advise. They are loaded and published as
 * versioned data like any other instrument; editing a file here never changes a published version.
 */
export const SHIPPED_INSTRUMENTS: readonly InstrumentDefinitionInput[] = [RECEPTION_SCREENING, VIOLENT_EXTREMISM, GENERAL_RNR];
