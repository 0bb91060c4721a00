import { describe, expect, it } from 'vitest';
import {
  caseDatesError,
  currentAdmissionOn,
  currentStatus,
  custodyState,
  episodeDatesError,
  type Movement,
  movementError,
  parseArticleCodes,
} from './people.history.models.ts';

const admitted: Movement = { kind: 'admission', occurredOn: '2024-01-10', facilityId: 'sizo', remand: true };
const transferred: Movement = { kind: 'transfer', occurredOn: '2024-06-01', facilityId: 'colony', remand: false };
const released: Movement = { kind: 'release', occurredOn: '2025-02-01', facilityId: null, remand: false };
const today = '2025-06-01';

describe('custody movements', () => {
  it('follow a person from admission through a transfer to release', () => {
    expect(custodyState([admitted])).toMatchObject({ inCustody: true, facilityId: 'sizo', remand: true });
    expect(custodyState([admitted, transferred])).toMatchObject({ inCustody: true, facilityId: 'colony', remand: false });
    expect(custodyState([admitted, transferred, released])).toMatchObject({ inCustody: false, facilityId: null });
  });

  it('refuse a transfer or a release without an open admission', () => {
    expect(movementError([], transferred, today)).toEqual({ field: 'occurredOn', key: 'notInCustody' });
    expect(movementError([admitted, released], { ...released, occurredOn: '2025-03-01' }, today)?.key).toBe('notInCustody');
  });

  it('refuse an admission while the person is already held', () => {
    expect(movementError([admitted], { ...admitted, occurredOn: '2024-02-01' }, today)?.key).toBe('alreadyInCustody');
  });

  it('refuse a release dated before the admission, and any movement dated in the future', () => {
    expect(movementError([admitted], { ...released, occurredOn: '2023-12-31' }, today)).toEqual({
      field: 'occurredOn',
      key: 'beforeLastMovement',
    });
    expect(movementError([admitted], { ...released, occurredOn: '2025-06-02' }, today)?.key).toBe('inFuture');
  });

  it('accept a movement on the same day as the last one, and refuse a transfer to the same facility', () => {
    expect(movementError([admitted], { ...transferred, occurredOn: '2024-01-10' }, today)).toBeNull();
    expect(movementError([admitted], { ...transferred, facilityId: 'sizo' }, today)?.key).toBe('sameFacility');
  });
});

describe('current status and location', () => {
  it('is remand or convicted at the facility while held', () => {
    expect(currentStatus([admitted], [], today)).toEqual({ legalStatus: 'remand', unitId: 'sizo' });
    expect(currentStatus([admitted, transferred], [], today)).toEqual({ legalStatus: 'convicted', unitId: 'colony' });
  });

  it('is probation at the office of an open episode once released', () => {
    const episode = { officeId: 'office', startedOn: '2025-02-01', endedOn: null };
    expect(currentStatus([admitted, transferred, released], [episode], today)).toEqual({ legalStatus: 'probation', unitId: 'office' });
  });

  it('is released, with the unit unchanged, after custody and probation have ended', () => {
    const ended = { officeId: 'office', startedOn: '2025-02-01', endedOn: '2025-05-01' };
    expect(currentStatus([admitted, released], [ended], today)).toEqual({ legalStatus: 'released', unitId: null });
  });

  it('derives nothing from an empty history', () => {
    expect(currentStatus([], [], today)).toBeNull();
  });
});

describe('case and episode dates', () => {
  it('refuse an expected release before the sentence starts', () => {
    expect(caseDatesError({ verdictOn: null, startOn: '2024-05-01', releaseOn: '2024-04-30' }, today)?.key).toBe('releaseBeforeStart');
    expect(caseDatesError({ verdictOn: '2024-04-01', startOn: '2024-05-01', releaseOn: '2024-05-01' }, today)).toBeNull();
  });

  it('refuse an expected release before the admission to the custody the person is in', () => {
    const input = { verdictOn: null, startOn: null, releaseOn: '2024-04-30' };
    expect(caseDatesError(input, today, '2024-05-01')?.key).toBe('releaseBeforeAdmission');
    expect(caseDatesError(input, today, '2024-04-30')).toBeNull();
    expect(caseDatesError(input, today, null)).toBeNull();
  });

  it('take the admission date from the custody the person is in now, not an earlier episode', () => {
    const admission = (occurredOn: string) => ({ kind: 'admission' as const, occurredOn, facilityId: 'f', remand: false });
    const release = { kind: 'release' as const, occurredOn: '2023-01-01', facilityId: null, remand: false };
    expect(currentAdmissionOn([admission('2020-01-01'), release, admission('2024-02-03')])).toBe('2024-02-03');
    expect(currentAdmissionOn([admission('2020-01-01'), release])).toBeNull();
  });

  it('refuse a verdict dated in the future', () => {
    expect(caseDatesError({ verdictOn: '2025-06-02', startOn: null, releaseOn: null }, today)?.key).toBe('inFuture');
  });

  it('refuse a probation episode that ends before it starts or starts in the future', () => {
    expect(episodeDatesError({ startedOn: '2025-01-10', endedOn: '2025-01-09' }, today)?.key).toBe('endBeforeStart');
    expect(episodeDatesError({ startedOn: '2025-06-02', endedOn: null }, today)?.key).toBe('inFuture');
    expect(episodeDatesError({ startedOn: '2025-01-10', endedOn: '2025-01-10' }, today)).toBeNull();
  });
});

describe('article numbers as typed', () => {
  it('become distinct numbers in order, whatever separators and prefixes were used', () => {
    expect(parseArticleCodes('315, 122;ст. 205  315-1 art.122')).toEqual(['122', '205', '315', '315-1']);
    expect(parseArticleCodes('  ')).toEqual([]);
  });
});
