import { describe, expect, it } from 'vitest';
import { type Cell, type Conflict, moveAllowed, type PlacedPerson, placementConflicts, type PlacementFacts } from './placement.rules.ts';

const person = (id: string, overrides: Partial<PlacedPerson> = {}): PlacedPerson => ({
  id,
  sex: 'male',
  juvenile: false,
  remand: false,
  regime: 'strict',
  violentExtremist: false,
  placement: null,
  highInfluence: false,
  vulnerable: false,
  mustNotLocateWith: [],
  ...overrides,
});

const cell = (overrides: Partial<Cell> = {}): Cell => ({
  id: 'cell-1',
  capacity: 4,
  sex: 'male',
  ageGroup: 'adult',
  custody: 'convicted',
  regime: 'strict',
  specialistUnit: false,
  separationUnit: false,
  ...overrides,
});

const facts = (overrides: Partial<PlacementFacts> = {}): PlacementFacts => ({
  person: person('mover'),
  cell: cell(),
  occupants: [],
  facilityOptions: ['dispersal', 'concentration', 'separation'],
  associations: [],
  ...overrides,
});

const codes = (found: Conflict[]) => found.map((entry) => entry.code);

describe('the law’s separations (absolute: refused, never overridden)', () => {
  it('finds nothing wrong with an adult convicted man moved into a cell for adult convicted men of his regime', () => {
    expect(placementConflicts(facts({ occupants: [person('a'), person('b')] }))).toEqual([]);
  });

  it('refuses a full cell', () => {
    const found = placementConflicts(facts({ cell: cell({ capacity: 2 }), occupants: [person('a'), person('b')] }));
    expect(found).toEqual([{ code: 'cell_full', kind: 'absolute', withPersonIds: [] }]);
  });

  it('does not count the person as an occupant of the cell they are already in', () => {
    expect(placementConflicts(facts({ cell: cell({ capacity: 1 }), occupants: [person('mover')] }))).toEqual([]);
  });

  it('keeps women and men apart', () => {
    expect(codes(placementConflicts(facts({ person: person('mover', { sex: 'female' }) })))).toEqual(['sex']);
  });

  it('keeps young people and adults apart, both ways', () => {
    expect(codes(placementConflicts(facts({ person: person('mover', { juvenile: true }) })))).toEqual(['age_group']);
    expect(codes(placementConflicts(facts({ cell: cell({ ageGroup: 'juvenile' }) })))).toEqual(['age_group']);
  });

  it('keeps the untried apart from the convicted, by the cell’s use and by who is in it', () => {
    expect(codes(placementConflicts(facts({ person: person('mover', { remand: true }) })))).toEqual(['remand_with_convicted']);
    const mixed = placementConflicts(facts({ cell: cell({ custody: 'any' }), occupants: [person('a', { remand: true }), person('b')] }));
    expect(mixed).toEqual([{ code: 'remand_with_convicted', kind: 'absolute', withPersonIds: ['a'] }]);
  });

  it('keeps the regime the court set', () => {
    expect(codes(placementConflicts(facts({ person: person('mover', { regime: 'general' }) })))).toEqual(['regime']);
    expect(placementConflicts(facts({ cell: cell({ regime: null }), person: person('mover', { regime: 'general' }) }))).toEqual([]);
  });
});

describe('the placement policy for violent extremist offenders (overridable)', () => {
  const offender = (placement: PlacedPerson['placement']) => person('mover', { violentExtremist: true, placement });

  it('places someone to be separated only in a separation unit', () => {
    expect(codes(placementConflicts(facts({ person: offender('separation') })))).toEqual(['separation_needs_separation_unit']);
    expect(placementConflicts(facts({ person: offender('separation'), cell: cell({ separationUnit: true }) }))).toEqual([]);
  });

  it('places someone to be concentrated only in the specialist unit', () => {
    expect(codes(placementConflicts(facts({ person: offender('concentration') })))).toEqual(['concentration_needs_specialist_unit']);
    expect(placementConflicts(facts({ person: offender('concentration'), cell: cell({ specialistUnit: true }) }))).toEqual([]);
  });

  it('disperses: no two violent extremist offenders in one cell', () => {
    const found = placementConflicts(
      facts({ person: offender('dispersal'), occupants: [person('a', { violentExtremist: true }), person('b')] }),
    );
    expect(found).toEqual([{ code: 'dispersal_with_another_extremist', kind: 'overridable', withPersonIds: ['a'] }]);
  });

  it('names an option the facility does not run', () => {
    const found = placementConflicts(facts({ person: offender('dispersal'), facilityOptions: ['concentration'] }));
    expect(codes(found)).toEqual(['option_not_run']);
  });

  it('leaves people who are not violent extremist offenders to the law’s rules alone', () => {
    expect(placementConflicts(facts({ person: person('mover', { placement: 'separation' }), facilityOptions: [] }))).toEqual([]);
  });
});

describe('the people in the cell (overridable)', () => {
  it('keeps apart people one of whom must not be located with the other, whichever record holds the alert', () => {
    const mine = placementConflicts(
      facts({ person: person('mover', { mustNotLocateWith: ['a'] }), occupants: [person('a'), person('b')] }),
    );
    expect(mine).toEqual([{ code: 'must_not_locate_with', kind: 'overridable', withPersonIds: ['a'] }]);
    const theirs = placementConflicts(facts({ occupants: [person('b', { mustNotLocateWith: ['mover'] })] }));
    expect(theirs).toEqual([{ code: 'must_not_locate_with', kind: 'overridable', withPersonIds: ['b'] }]);
  });

  it('keeps a violent extremist offender away from co-defendants and members of the same group, not from family', () => {
    const occupants = [person('co'), person('group'), person('brother')];
    const associations = [
      { personId: 'mover', otherId: 'co', kind: 'co_defendant' as const },
      { personId: 'group', otherId: 'mover', kind: 'same_group' as const },
      { personId: 'mover', otherId: 'brother', kind: 'family' as const },
    ];
    const offender = person('mover', { violentExtremist: true });
    expect(placementConflicts(facts({ person: offender, occupants, associations }))).toEqual([
      { code: 'associate_in_cell', kind: 'overridable', withPersonIds: ['co', 'group'] },
    ]);
    expect(placementConflicts(facts({ occupants, associations }))).toEqual([]);
  });

  it('does not put a person with a high risk of influencing others next to someone vulnerable to recruitment, either way', () => {
    const recruiter = placementConflicts(
      facts({ person: person('mover', { highInfluence: true }), occupants: [person('a', { vulnerable: true })] }),
    );
    expect(recruiter).toEqual([{ code: 'influence_near_vulnerable', kind: 'overridable', withPersonIds: ['a'] }]);
    const target = placementConflicts(
      facts({ person: person('mover', { vulnerable: true }), occupants: [person('a', { highInfluence: true })] }),
    );
    expect(codes(target)).toEqual(['influence_near_vulnerable']);
  });
});

describe('whether the move may go ahead', () => {
  const absolute: Conflict = { code: 'sex', kind: 'absolute', withPersonIds: [] };
  const overridable: Conflict = { code: 'must_not_locate_with', kind: 'overridable', withPersonIds: ['a'] };

  it('goes ahead without conflicts', () => expect(moveAllowed([], null)).toBe('allowed'));
  it('is refused over an absolute conflict, whatever the reason', () =>
    expect(moveAllowed([absolute, overridable], 'Manager decided')).toBe('refused'));
  it('needs a reason to override an overridable conflict, and blank is no reason', () => {
    expect(moveAllowed([overridable], null)).toBe('reason_required');
    expect(moveAllowed([overridable], '   ')).toBe('reason_required');
    expect(moveAllowed([overridable], 'Only free cell in the unit tonight; both watched by staff')).toBe('allowed');
  });
});
