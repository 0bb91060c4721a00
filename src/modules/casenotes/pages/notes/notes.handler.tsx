import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { FieldError } from '../../../../platform/views/components.tsx';
import { type PersonPageDeps, type PersonRequest, peopleActorOf, showPersonPage, todayInBishkek } from '../../../people/people.service.ts';
import { noteReaderOf } from '../../casenotes.access.ts';
import { NoteInputError, noteNotFound, StaleNote } from '../../casenotes.errors.ts';
import { currentNotes, findNote, personIdsOf, versionsOf } from '../../casenotes.repository.ts';
import { correctNote, writeNote } from '../../casenotes.writes.ts';
import { emptyNoteForm, noteFormOf, type NoteFormValues, noteFormValues, validateCorrection, validateNote } from './note-form.ts';
import { NoteView } from './note.view.tsx';
import { NotesView } from './notes.view.tsx';

type Body = Record<string, unknown>;
type State = { form?: NoteFormValues; errors?: FieldError[]; notice?: string | undefined; status?: number };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DONE = {
  saved: 'casenotes.done.saved',
  sensitive: 'casenotes.done.savedSensitive',
  corrected: 'casenotes.done.corrected',
} as const;
const doneNotice = (request: FastifyRequest<{ Querystring: { done?: string } }>) => {
  const done = request.query.done;
  return done === 'saved' || done === 'sensitive' || done === 'corrected' ? request.i18n.t(DONE[done]) : undefined;
};

/**
 * The person's case notes: reading needs `casenotes:read` over the person (and `casenotes:sensitive` for the
 * sensitive ones, which are otherwise left out without a trace); writing and correcting need `casenotes:write`.
 * Every view and every write is audited in its transaction; a refused form is shown again as typed.
 */
export async function caseNoteRoutes(app: FastifyInstance, deps: PersonPageDeps) {
  const showNotes = (request: FastifyRequest, reply: FastifyReply, state: State) =>
    showPersonPage(deps, request as PersonRequest, reply, {
      tab: 'notes',
      permission: 'casenotes:read',
      status: state.status,
      load: async (tx, person) => {
        const reader = await noteReaderOf(tx, request.user!, person.unitId);
        return { notes: await currentNotes(tx, await personIdsOf(tx, person.id), reader.mayReadSensitive), mayWrite: reader.mayWrite };
      },
      render: (context, header, data) => (
        <NotesView
          context={context}
          header={header}
          page={{ ...data, form: state.form ?? emptyNoteForm(todayInBishkek()), errors: state.errors ?? [], notice: state.notice }}
        />
      ),
    });

  const showNote = (request: FastifyRequest, reply: FastifyReply, noteId: string, state: State) => {
    if (!UUID.test(noteId)) throw noteNotFound();
    return showPersonPage(deps, request as PersonRequest, reply, {
      tab: 'notes',
      permission: 'casenotes:read',
      details: { noteId },
      status: state.status,
      load: async (tx, person) => {
        const reader = await noteReaderOf(tx, request.user!, person.unitId);
        const note = await findNote(tx, await personIdsOf(tx, person.id), noteId, reader.mayReadSensitive);
        if (!note) throw noteNotFound();
        const versions = await versionsOf(tx, note.id);
        return { versions, mayWrite: reader.mayWrite, current: versions[0]!.version };
      },
      render: (context, header, { current, ...data }) => (
        <NoteView
          context={context}
          header={header}
          page={{ ...data, noteId, form: state.form ?? noteFormOf(current), errors: state.errors ?? [], notice: state.notice }}
        />
      ),
    });
  };

  app.get<{ Querystring: { done?: string } }>('/people/:id/notes', { config: { permission: 'casenotes:read' } }, (request, reply) =>
    showNotes(request, reply, { notice: doneNotice(request) }),
  );

  app.get<{ Params: { id: string; noteId: string }; Querystring: { done?: string } }>(
    '/people/:id/notes/:noteId',
    { config: { permission: 'casenotes:read' } },
    (request, reply) => showNote(request, reply, request.params.noteId, { notice: doneNotice(request) }),
  );

  const config = { permission: 'casenotes:write' } as const;

  app.post<{ Params: { id: string }; Body: Body }>('/people/:id/notes', { config }, async (request, reply) => {
    const form = noteFormValues(request.body ?? {});
    const { input, errors } = validateNote(form, request.i18n.t, todayInBishkek());
    if (!input) return showNotes(request, reply, { form, errors, status: 400 });
    await writeNote(deps.db, peopleActorOf(request), request.params.id, input);
    const done = input.sensitivity === 'ordinary' ? 'saved' : 'sensitive';
    return reply.redirect(`/people/${request.params.id}/notes?done=${done}`, 303);
  });

  app.post<{ Params: { id: string; noteId: string }; Body: Body }>(
    '/people/:id/notes/:noteId/correct',
    { config },
    async (request, reply) => {
      const { id, noteId } = request.params;
      if (!UUID.test(noteId)) throw noteNotFound();
      const { t } = request.i18n;
      const form = noteFormValues(request.body ?? {});
      const { input, errors } = validateCorrection(form, t, todayInBishkek());
      if (!input) return showNote(request, reply, noteId, { form, errors, status: 400 });
      try {
        await correctNote(deps.db, peopleActorOf(request), {
          personId: id,
          noteId,
          note: input,
          reason: input.reason,
          version: input.version,
        });
      } catch (error) {
        if (error instanceof NoteInputError)
          return showNote(request, reply, noteId, { form, errors: [{ field: error.field, message: t(error.problem) }], status: 400 });
        // The form is shown again from the current version, so the writer corrects what is there now.
        if (error instanceof StaleNote)
          return showNote(request, reply, noteId, { errors: [{ field: 'text', message: t('casenotes.error.stale') }], status: 409 });
        throw error;
      }
      return reply.redirect(`/people/${id}/notes/${noteId}?done=corrected`, 303);
    },
  );
}
