import type { I18n } from '../../../../platform/i18n/translator.ts';
import type { FieldError } from '../../../../platform/views/components.tsx';
import type { PartnerEntry } from '../../partners.edit.ts';
import { PARTNER_KINDS, PARTNER_SERVICES, type PartnerKind } from '../../partners.tables.ts';

/** How many contact people the form offers: enough for a small organisation, short enough for one screen. */
export const CONTACT_SLOTS = 3;

export type PartnerForm = {
  kind: string;
  description: string;
  services: string[];
  districtIds: string[];
  contacts: { name: string; phone: string; email: string }[];
  version: string;
};

const text = (value: unknown, max = 500) => (typeof value === 'string' ? value.trim().slice(0, max) : '');
const list = (value: unknown) => ([] as unknown[]).concat(value ?? []).filter((entry): entry is string => typeof entry === 'string');

export function partnerFormValues(body: Record<string, unknown>): PartnerForm {
  return {
    kind: text(body.kind),
    description: text(body.description, 2000),
    services: list(body.services),
    districtIds: list(body.districtIds),
    contacts: Array.from({ length: CONTACT_SLOTS }, (_, index) => ({
      name: text(body[`contact${index}Name`], 200),
      phone: text(body[`contact${index}Phone`], 40),
      email: text(body[`contact${index}Email`], 200),
    })),
    version: text(body.version),
  };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 ()-]{6,20}$/;

/**
 * Checks the form: a kind from the list, at least one service and one district (a directory entry nobody can
 * be referred to is no use), and each contact row either empty or with a name and a well-formed phone or
 * e-mail. Every problem gets its own message, linked to its field.
 */
export function validatePartnerForm(
  form: PartnerForm,
  t: I18n['t'],
  districtIds: readonly string[],
): { entry: PartnerEntry | null; errors: FieldError[] } {
  const errors: FieldError[] = [];
  if (!(PARTNER_KINDS as readonly string[]).includes(form.kind)) errors.push({ field: 'kind', message: t('partners.form.kindRequired') });
  if (form.services.length === 0 || form.services.some((code) => !(PARTNER_SERVICES as readonly string[]).includes(code)))
    errors.push({ field: 'services', message: t('partners.form.servicesRequired') });
  if (form.districtIds.length === 0 || form.districtIds.some((id) => !districtIds.includes(id)))
    errors.push({ field: 'districtIds', message: t('partners.form.districtsRequired') });
  const contacts: PartnerEntry['contacts'] = [];
  form.contacts.forEach((contact, index) => {
    if (!contact.name && !contact.phone && !contact.email) return;
    if (!contact.name) errors.push({ field: `contact${index}Name`, message: t('partners.form.contactNameRequired') });
    if (!contact.phone && !contact.email) errors.push({ field: `contact${index}Phone`, message: t('partners.form.contactMeansRequired') });
    if (contact.phone && !PHONE.test(contact.phone))
      errors.push({ field: `contact${index}Phone`, message: t('partners.form.phoneInvalid') });
    if (contact.email && !EMAIL.test(contact.email))
      errors.push({ field: `contact${index}Email`, message: t('partners.form.emailInvalid') });
    contacts.push({ name: contact.name, phone: contact.phone || null, email: contact.email || null });
  });
  if (errors.length > 0) return { entry: null, errors };
  return {
    entry: {
      kind: form.kind as PartnerKind,
      description: form.description || null,
      services: [...new Set(form.services)],
      districtIds: [...new Set(form.districtIds)],
      contacts,
    },
    errors,
  };
}
