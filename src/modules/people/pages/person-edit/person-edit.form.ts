import type { I18n } from '../../../../platform/i18n/translator.ts';
import type { FieldError } from '../../../../platform/views/components.tsx';
import type { PersonRow } from '../../people.access.ts';
import { parseUserDate, userDateOf } from '../../people.dates.ts';
import type { IdentityDocumentInput } from '../../people.documents.ts';
import { CITIZENSHIPS, emptyPersonForm, isOneOf, optional, type PersonForm, STATELESS } from '../../people.schemas.ts';
import { DOCUMENT_KINDS } from '../../people.tables.ts';

type Contacts = { phone: string | null; nextOfKin: { name: string; relationship: string | null; phone: string | null } | null };

/** The record as the correction form shows it, in the same typed-text shape a submitted form has. */
export function formOfPerson(person: PersonRow, aliases: string[], contacts: Contacts, sensitive: boolean): PersonForm {
  const known = person.citizenship === null || person.citizenship === STATELESS || isOneOf(CITIZENSHIPS, person.citizenship);
  return {
    ...emptyPersonForm(),
    familyName: person.familyName,
    givenName: person.givenName,
    patronymic: person.patronymic ?? '',
    familyNameLatin: person.familyNameLatin ?? '',
    givenNameLatin: person.givenNameLatin ?? '',
    patronymicLatin: person.patronymicLatin ?? '',
    aliases: aliases.join('\n'),
    dateOfBirth: userDateOf(person.dateOfBirth),
    sex: person.sex,
    citizenship: known ? (person.citizenship ?? '') : 'other',
    citizenshipOther: known ? '' : (person.citizenship ?? ''),
    languages: person.languages,
    preferredLanguage: person.preferredLanguage ?? '',
    education: person.education ?? '',
    occupation: person.occupation ?? '',
    maritalStatus: person.maritalStatus ?? '',
    dependants: person.dependants === null ? '' : String(person.dependants),
    phone: contacts.phone ?? '',
    kinName: contacts.nextOfKin?.name ?? '',
    kinRelationship: contacts.nextOfKin?.relationship ?? '',
    kinPhone: contacts.nextOfKin?.phone ?? '',
    registeredAddress: person.registeredAddress ?? '',
    registeredTerritoryId: person.registeredTerritoryId ?? '',
    actualAddress: person.actualAddress ?? '',
    actualTerritoryId: person.actualTerritoryId ?? '',
    ethnicity: sensitive ? (person.ethnicity ?? '') : '',
    disability: sensitive ? (person.disability ?? '') : '',
    unitId: person.unitId,
    version: String(person.version),
  };
}

export type DocumentForm = {
  docKind: string;
  docNumber: string;
  docIssuedBy: string;
  docIssuedOn: string;
  docExpiresOn: string;
  docCountry: string;
};
export const emptyDocumentForm = (): DocumentForm => ({
  docKind: 'passport',
  docNumber: '',
  docIssuedBy: '',
  docIssuedOn: '',
  docExpiresOn: '',
  docCountry: 'KGZ',
});

export function documentFormOf(body: Record<string, unknown> | undefined | null): DocumentForm {
  const source = body ?? {};
  const text = (key: keyof DocumentForm) => (typeof source[key] === 'string' ? source[key].slice(0, 300) : '');
  return {
    docKind: text('docKind'),
    docNumber: text('docNumber'),
    docIssuedBy: text('docIssuedBy'),
    docIssuedOn: text('docIssuedOn'),
    docExpiresOn: text('docExpiresOn'),
    docCountry: text('docCountry'),
  };
}

/** An identity document as typed: a kind, a number, real dates (expiry after issue), a three-letter country. */
export function validateDocumentForm(form: DocumentForm, t: I18n['t']): { document: IdentityDocumentInput | null; errors: FieldError[] } {
  const errors: FieldError[] = [];
  if (!isOneOf(DOCUMENT_KINDS, form.docKind))
    errors.push({ field: 'docKind', message: t('people.record.error.choose', { field: t('people.record.doc.field.kind') }) });
  if (!form.docNumber.trim()) errors.push({ field: 'docNumber', message: t('people.record.error.documentNumber') });
  const dates = { docIssuedOn: parseUserDate(form.docIssuedOn), docExpiresOn: parseUserDate(form.docExpiresOn) };
  for (const field of ['docIssuedOn', 'docExpiresOn'] as const) {
    const label = t(field === 'docIssuedOn' ? 'people.record.doc.field.issuedOn' : 'people.record.doc.field.expiresOn');
    if (form[field].trim() && !dates[field]) errors.push({ field, message: t('people.record.error.date', { field: label }) });
  }
  if (dates.docIssuedOn && dates.docExpiresOn && dates.docExpiresOn <= dates.docIssuedOn)
    errors.push({ field: 'docExpiresOn', message: t('people.record.error.expiresBeforeIssued') });
  const country = form.docCountry.trim().toUpperCase();
  if (country && !/^[A-Z]{3}$/.test(country)) errors.push({ field: 'docCountry', message: t('people.record.error.countryCode') });
  if (errors.length > 0 || !isOneOf(DOCUMENT_KINDS, form.docKind)) return { document: null, errors };
  return {
    document: {
      kind: form.docKind,
      number: form.docNumber.trim(),
      issuedBy: optional(form.docIssuedBy),
      issuedOn: dates.docIssuedOn,
      expiresOn: dates.docExpiresOn,
      country: country || null,
    },
    errors,
  };
}
