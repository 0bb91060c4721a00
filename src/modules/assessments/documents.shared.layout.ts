import type { PdfBlock } from '../../platform/documents/pdf.ts';
import type { MessageKey } from '../../platform/i18n/catalog.ts';
import type { I18n } from '../../platform/i18n/translator.ts';
import type { PersonRow } from '../people/people.service.ts';
import type { Produced } from './assessments.documents.ts';
import type { ChallengeRow } from './challenges.ts';

/** A label for a stored code (`prefix.code`), or the code itself when the catalog has none. */
export function labelOf(i18n: I18n, prefix: string, code: string | null | undefined): string {
  if (!code) return '—';
  const key = `${prefix}.${code}`;
  const text = i18n.t(key as MessageKey);
  return text === key ? code : text;
}

export const orNone = (i18n: I18n, value: string | null | undefined) =>
  value && value.trim() !== '' ? value : i18n.t('assessments.document.notWritten');

export const dateOrNone = (i18n: I18n, value: string | null) => (value ? i18n.formatDate(value) : i18n.t('assessments.document.notSet'));
export const timeOrNone = (i18n: I18n, value: Date | null) => (value ? i18n.formatDateTime(value) : '—');

export function personName(person: Pick<PersonRow, 'familyName' | 'givenName' | 'patronymic'>): string {
  return [person.familyName, person.givenName, person.patronymic].filter(Boolean).join(' ');
}

/** Who the document is about and when it was produced: the head of both documents. */
export function personBlocks(i18n: I18n, person: PersonRow, produced: Produced): PdfBlock[] {
  const { t } = i18n;
  return [
    { kind: 'meta', label: t('assessments.document.person'), value: personName(person) },
    { kind: 'meta', label: t('assessments.document.pin'), value: person.pin ?? t('assessments.document.noPin') },
    { kind: 'meta', label: t('assessments.document.dateOfBirth'), value: i18n.formatDate(person.dateOfBirth) },
    { kind: 'meta', label: t('assessments.document.produced'), value: i18n.formatDateTime(produced.at) },
    { kind: 'meta', label: t('assessments.document.producedBy'), value: produced.by },
  ];
}

/** The person's challenges to the decision, each with the response and outcome (or that it awaits one). */
export function challengeBlocks(i18n: I18n, challenges: readonly ChallengeRow[], names: Map<string, string>): PdfBlock[] {
  const { t } = i18n;
  const heading: PdfBlock = { kind: 'heading', text: t('assessments.document.challenges') };
  if (challenges.length === 0) return [heading, { kind: 'note', text: t('assessments.document.noChallenges') }];
  return [
    heading,
    ...challenges.flatMap((challenge): PdfBlock[] => [
      { kind: 'entry', text: t('assessments.document.challenge', { date: i18n.formatDate(challenge.receivedOn) }) },
      { kind: 'field', label: t('assessments.document.grounds'), value: challenge.grounds },
      { kind: 'field', label: t('assessments.document.recordedBy'), value: challenge.recordedByName },
      {
        kind: 'field',
        label: t('assessments.document.challengeOutcome'),
        value: challenge.outcome
          ? labelOf(i18n, 'assessments.document.challengeOutcome', challenge.outcome)
          : t('assessments.document.awaitingResponse'),
      },
      ...(challenge.response
        ? ([
            { kind: 'field', label: t('assessments.document.response'), value: challenge.response },
            {
              kind: 'field',
              label: t('assessments.document.respondedBy'),
              value: `${names.get(challenge.respondedBy ?? '') ?? '—'}, ${timeOrNone(i18n, challenge.respondedAt)}`,
            },
          ] satisfies PdfBlock[])
        : []),
    ]),
  ];
}
