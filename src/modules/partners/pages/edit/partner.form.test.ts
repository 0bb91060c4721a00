import { describe, expect, it } from 'vitest';
import { partnerFormValues, validatePartnerForm } from './partner.form.ts';

const t = ((key: string) => key) as never;
const district = '22222222-2222-4222-8222-222222222222';
const fieldsIn = (body: Record<string, unknown>) =>
  validatePartnerForm(partnerFormValues({ kind: 'ngo', services: 'housing', districtIds: district, ...body }), t, [district]).errors.map(
    (error) => error.field,
  );

describe('the partner entry’s rules', () => {
  it('accepts a kind, a service and a district, with empty contact rows left out', () => {
    const { entry } = validatePartnerForm(partnerFormValues({ kind: 'ngo', services: ['housing', 'housing'], districtIds: district }), t, [
      district,
    ]);
    expect(entry).toEqual({ kind: 'ngo', description: null, services: ['housing'], districtIds: [district], contacts: [] });
  });

  it('refuses an unknown kind, service or district', () => {
    expect(fieldsIn({ kind: 'club', services: 'karaoke', districtIds: 'elsewhere' })).toEqual(['kind', 'services', 'districtIds']);
  });

  it('wants a contact person’s name and a well-formed phone or e-mail', () => {
    expect(fieldsIn({ contact0Phone: '+996 555 123 456' })).toEqual(['contact0Name']);
    expect(fieldsIn({ contact1Name: 'Асель' })).toEqual(['contact1Phone']);
    expect(fieldsIn({ contact2Name: 'Асель', contact2Phone: 'call me', contact2Email: 'asel@' })).toEqual([
      'contact2Phone',
      'contact2Email',
    ]);
  });
});
