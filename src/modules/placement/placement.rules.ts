/**
 * The placement check: before a person is moved into a cell, every conflict the move would create, each with
 * what it is about and whether a manager may override it. Pure: the caller reads the facts (the cell, who is
 * in it, the person's classification, alerts and associations, the facility's policy) and records the decision.
 *
 * Two kinds of conflict:
 * - `absolute`: the law's separations (Nelson Mandela Rule 11: men and women, young people and adults, untried
 *   and convicted; and the regime the court set) and a full cell. No one overrides these: the move is refused.
 * - `overridable`: the facility's policy for violent extremist offenders (dispersal, concentration,
 *   separation), "must not be located with" alerts, associates held together, and a person assessed as a high
 *   risk of influencing others next to someone vulnerable to recruitment. A manager may override with a reason.
 */

export type PlacementOption = 'dispersal' | 'concentration' | 'separation';
export type AssociationKind = 'co_defendant' | 'same_group' | 'family' | 'frequent_contact' | 'visitor';

export type PlacedPerson = {
  id: string;
  sex: 'male' | 'female';
  /** Under 18 on the day of the move. */
  juvenile: boolean;
  remand: boolean;
  regime: string | null;
  /** From the classification in force; null when not classified as one. */
  violentExtremist: boolean;
  /** The individual placement the classification decided, if any. */
  placement: PlacementOption | null;
  /** Assessed as a high risk of influencing or recruiting others. */
  highInfluence: boolean;
  /** Flagged (alert) or assessed as vulnerable to recruitment. */
  vulnerable: boolean;
  /** People this person must not be located with (their alerts); the other side's alerts are read too. */
  mustNotLocateWith: readonly string[];
};

export type Cell = {
  id: string;
  capacity: number;
  sex: 'male' | 'female';
  ageGroup: 'adult' | 'juvenile';
  custody: 'remand' | 'convicted' | 'any';
  regime: string | null;
  /** The facility's specialist unit for violent extremist prisoners. */
  specialistUnit: boolean;
  separationUnit: boolean;
};

export type Association = { personId: string; otherId: string; kind: AssociationKind };

export type PlacementFacts = {
  person: PlacedPerson;
  cell: Cell;
  occupants: readonly PlacedPerson[];
  /** The options the facility runs (its placement policy); null when it has set none. */
  facilityOptions: readonly PlacementOption[] | null;
  associations: readonly Association[];
};

export type ConflictCode =
  | 'cell_full'
  | 'sex'
  | 'age_group'
  | 'remand_with_convicted'
  | 'regime'
  | 'option_not_run'
  | 'separation_needs_separation_unit'
  | 'concentration_needs_specialist_unit'
  | 'dispersal_with_another_extremist'
  | 'must_not_locate_with'
  | 'associate_in_cell'
  | 'influence_near_vulnerable';

export type Conflict = { code: ConflictCode; kind: 'absolute' | 'overridable'; withPersonIds: string[] };

const ABSOLUTE: ReadonlySet<ConflictCode> = new Set(['cell_full', 'sex', 'age_group', 'remand_with_convicted', 'regime']);
/** Links that make holding two violent extremist offenders together a risk of a group re-forming. */
const GROUP_LINKS: ReadonlySet<AssociationKind> = new Set(['co_defendant', 'same_group']);

const conflict = (code: ConflictCode, withPersonIds: string[] = []): Conflict => ({
  code,
  kind: ABSOLUTE.has(code) ? 'absolute' : 'overridable',
  withPersonIds,
});

function legalConflicts({ person, cell, occupants }: PlacementFacts): Conflict[] {
  const found: Conflict[] = [];
  if (occupants.length >= cell.capacity) found.push(conflict('cell_full'));
  if (person.sex !== cell.sex) found.push(conflict('sex'));
  if (person.juvenile !== (cell.ageGroup === 'juvenile')) found.push(conflict('age_group'));
  const custody = person.remand ? 'remand' : 'convicted';
  const mixed = occupants.filter((other) => other.remand !== person.remand).map((other) => other.id);
  if ((cell.custody !== 'any' && cell.custody !== custody) || mixed.length > 0) found.push(conflict('remand_with_convicted', mixed));
  if (cell.regime && person.regime && cell.regime !== person.regime) found.push(conflict('regime'));
  return found;
}

function policyConflicts({ person, cell, occupants, facilityOptions }: PlacementFacts): Conflict[] {
  if (!person.violentExtremist || !person.placement) return [];
  const found: Conflict[] = [];
  if (facilityOptions && !facilityOptions.includes(person.placement)) found.push(conflict('option_not_run'));
  if (person.placement === 'separation' && !cell.separationUnit) found.push(conflict('separation_needs_separation_unit'));
  if (person.placement === 'concentration' && !cell.specialistUnit) found.push(conflict('concentration_needs_specialist_unit'));
  const others = occupants.filter((other) => other.violentExtremist).map((other) => other.id);
  if (person.placement === 'dispersal' && others.length > 0) found.push(conflict('dispersal_with_another_extremist', others));
  return found;
}

function peopleConflicts({ person, occupants, associations }: PlacementFacts): Conflict[] {
  const found: Conflict[] = [];
  const barred = occupants
    .filter((other) => person.mustNotLocateWith.includes(other.id) || other.mustNotLocateWith.includes(person.id))
    .map((other) => other.id);
  if (barred.length > 0) found.push(conflict('must_not_locate_with', barred));
  const linked = (other: PlacedPerson) =>
    associations.some(
      (link) =>
        GROUP_LINKS.has(link.kind) &&
        ((link.personId === person.id && link.otherId === other.id) || (link.personId === other.id && link.otherId === person.id)),
    );
  const associates = occupants.filter((other) => (person.violentExtremist || other.violentExtremist) && linked(other)).map((o) => o.id);
  if (associates.length > 0) found.push(conflict('associate_in_cell', associates));
  const exposed = occupants
    .filter((other) => (person.highInfluence && other.vulnerable) || (other.highInfluence && person.vulnerable))
    .map((other) => other.id);
  if (exposed.length > 0) found.push(conflict('influence_near_vulnerable', exposed));
  return found;
}

/** Every conflict the move would create, the law's first. An empty list: the move may go ahead. */
export function placementConflicts(facts: PlacementFacts): Conflict[] {
  const occupants = facts.occupants.filter((other) => other.id !== facts.person.id);
  const checked = { ...facts, occupants };
  return [...legalConflicts(checked), ...policyConflicts(checked), ...peopleConflicts(checked)];
}

/** Whether a move with these conflicts may go ahead: never over an absolute one; otherwise with a reason. */
export function moveAllowed(conflicts: readonly Conflict[], overrideReason: string | null): 'allowed' | 'refused' | 'reason_required' {
  if (conflicts.some((found) => found.kind === 'absolute')) return 'refused';
  if (conflicts.length === 0) return 'allowed';
  return overrideReason && overrideReason.trim().length > 0 ? 'allowed' : 'reason_required';
}
