import { describe, expect, it } from 'vitest';
import { type ReferralSource, sharedViewOf } from './referrals.shared-view.ts';

const source: ReferralSource = {
  identity: { fullName: 'Асанов Бакыт Усенович', dateOfBirth: '1990-05-05' },
  contact: { phone: '+996 555 000 111' },
  address: { address: 'Ош ш., Ленин к., 1', district: { ky: 'Ош шаары', ru: 'город Ош', en: 'Osh city' } },
  needs: [{ code: 'EMPLOYMENT', title: { ky: 'Жумуш', ru: 'Работа', en: 'Employment' } }],
  planObjective: 'Жумушка орношуу',
  risk: 'Агрессияга жакын',
};

describe('the partner’s view of a referred person', () => {
  it('shows nothing at all when the consent shares no group', () => {
    expect(sharedViewOf([], source)).toEqual({});
  });

  it('shows the name and date of birth only with "identity"', () => {
    expect(sharedViewOf(['identity'], source)).toEqual({ identity: source.identity });
  });

  it('shows the phone only with "contact"', () => {
    expect(sharedViewOf(['contact'], source)).toEqual({ contact: { phone: '+996 555 000 111' } });
  });

  it('shows the address and district only with "address"', () => {
    expect(sharedViewOf(['address'], source)).toEqual({ address: source.address });
  });

  it('shows the needs relevant to the service only with "needs"', () => {
    expect(sharedViewOf(['needs'], source)).toEqual({ needs: source.needs });
  });

  it('shows the plan objective only with "plan_objective"', () => {
    expect(sharedViewOf(['plan_objective'], source)).toEqual({ planObjective: 'Жумушка орношуу' });
  });

  it('shows risk information only when the consent names "risk" itself', () => {
    const everythingButRisk = sharedViewOf(['identity', 'contact', 'address', 'needs', 'plan_objective'], source);
    expect(everythingButRisk).not.toHaveProperty('risk');
    expect(JSON.stringify(everythingButRisk)).not.toContain('Агрессияга');
    expect(sharedViewOf(['risk'], source)).toEqual({ risk: 'Агрессияга жакын' });
  });

  it('ignores groups it does not know', () => {
    expect(sharedViewOf(['pin', 'health'], source)).toEqual({});
  });
});
