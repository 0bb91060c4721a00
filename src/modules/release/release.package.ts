import type { LocalisedName } from '../../platform/org/org.tables.ts';

/**
 * What the receiving probation office reads: a snapshot taken when the handover was sent and never updated,
 * so it shows what the prison knew and passed on at that moment. Dates are yyyy-mm-dd, times ISO strings.
 */
export type HandoverPackage = {
  person: {
    name: string;
    latinName: string | null;
    dateOfBirth: string;
    sex: string;
    pin: string | null;
    languages: string[];
    preferredLanguage: string | null;
    registeredAddress: string | null;
    actualAddress: string | null;
    district: LocalisedName | null;
  };
  release: {
    releaseOn: string;
    releaseType: string;
    supervision: string;
    fromUnit: LocalisedName;
    toOffice: LocalisedName;
  };
  assessments: { instrumentCode: string; instrumentKind: string; reviewedAt: string | null; nextReviewDate: string | null }[];
  classification: { decidedAt: string | null; decision: Record<string, unknown>; nextReviewDate: string | null } | null;
  /** The individual plan in force (see release.plan-snapshot.ts); null when there is none. */
  plan: {
    kind: string;
    status: string;
    approvedBy: string | null;
    approvedAt: string | null;
    nextReviewDate: string | null;
    objectives: {
      wording: string;
      actions: { description: string; responsible: string | null; targetDate: string; status: string }[];
    }[];
  } | null;
  preReleasePlan: {
    pathways: {
      pathway: string;
      needs: string;
      status: string;
      actions: { what: string; who: string; targetOn: string; status: string }[];
    }[];
  };
};
