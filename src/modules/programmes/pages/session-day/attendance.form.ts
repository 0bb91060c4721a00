import type { I18n } from '../../../../platform/i18n/translator.ts';
import type { FieldError } from '../../../../platform/views/components.tsx';
import type { AttendanceMark } from '../../programmes.delivery.ts';
import type { SessionMember } from '../../programmes.sessions.ts';
import { ABSENCE_REASONS } from '../../programmes.tables.ts';
import { textOf } from '../form-values.ts';

const MAX_NOTE = 1000;
const MAX_NOTES = 4000;

/** The attendance sheet as typed: per enrolment `present` / `absent`, a reason and a note; the session's notes. */
export type AttendanceForm = { marks: Record<string, { mark: string; reason: string; note: string }>; notes: string };

export function attendanceFormOf(members: SessionMember[], notes: string | null): AttendanceForm {
  const marks: AttendanceForm['marks'] = {};
  for (const member of members)
    marks[member.enrolmentId] = {
      mark: member.mark ? (member.mark.attended ? 'present' : 'absent') : '',
      reason: member.mark?.absenceReason ?? '',
      note: member.mark?.note ?? '',
    };
  return { marks, notes: notes ?? '' };
}

export function attendanceFormValues(body: Record<string, unknown>, members: SessionMember[]): AttendanceForm {
  const marks: AttendanceForm['marks'] = {};
  for (const { enrolmentId } of members)
    marks[enrolmentId] = {
      mark: textOf(body[`mark-${enrolmentId}`]),
      reason: textOf(body[`reason-${enrolmentId}`]),
      note: textOf(body[`note-${enrolmentId}`], MAX_NOTE + 1),
    };
  return { marks, notes: textOf(body.notes, MAX_NOTES + 1) };
}

/**
 * Every person on the sheet is marked present or absent; an absence needs a reason from the list (the note
 * adds the detail). Errors name the person, so the summary says whose mark is missing.
 */
export function validateAttendance(
  form: AttendanceForm,
  members: SessionMember[],
  t: I18n['t'],
): { marks?: AttendanceMark[]; notes: string | null; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const marks: AttendanceMark[] = [];
  for (const member of members) {
    const typed = form.marks[member.enrolmentId] ?? { mark: '', reason: '', note: '' };
    const reason = ABSENCE_REASONS.find((candidate) => candidate === typed.reason) ?? null;
    const note = typed.note.trim() || null;
    if (typed.mark !== 'present' && typed.mark !== 'absent')
      errors.push({ field: `mark-${member.enrolmentId}`, message: t('programmes.page.attendance.markMissing', { name: member.name }) });
    else if (typed.mark === 'absent' && !reason)
      errors.push({ field: `reason-${member.enrolmentId}`, message: t('programmes.page.attendance.reasonMissing', { name: member.name }) });
    else if (note && note.length > MAX_NOTE)
      errors.push({ field: `note-${member.enrolmentId}`, message: t('validation.tooLong', { field: member.name, max: MAX_NOTE }) });
    else
      marks.push({
        enrolmentId: member.enrolmentId,
        attended: typed.mark === 'present',
        absenceReason: typed.mark === 'present' ? null : reason,
        note,
      });
  }
  const notes = form.notes.trim() || null;
  if (notes && notes.length > MAX_NOTES)
    errors.push({ field: 'notes', message: t('validation.tooLong', { field: t('programmes.page.attendance.notes'), max: MAX_NOTES }) });
  return errors.length > 0 ? { notes, errors } : { marks, notes, errors };
}
