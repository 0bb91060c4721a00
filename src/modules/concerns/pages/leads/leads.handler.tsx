import type { FastifyInstance } from 'fastify';
import { authorise } from '../../../../platform/access/authorise.ts';
import { Tag } from '../../../../platform/views/components.tsx';
import { Layout } from '../../../../platform/views/layout.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import { type PersonPageDeps, peopleActorOf, todayInBishkek, userDateOf } from '../../../people/people.service.ts';
import { type OpenConcern, openConcernsInScope } from '../../concerns.worklist.ts';
import { ConcernStatusTag } from '../concern/concern-parts.tsx';
import { dottedInstant, nameOf } from '../form-values.ts';

/** What is due next on an open concern: its triage, else its plan review (none while an investigation runs). */
function dueOf(concern: OpenConcern, now: Date, today: string): { text: string; overdue: boolean } | null {
  if (concern.status === 'reported')
    return { text: dottedInstant(concern.triageDueAt), overdue: concern.triageDueAt.getTime() < now.getTime() };
  if (concern.nextReviewDate) return { text: userDateOf(concern.nextReviewDate), overdue: concern.nextReviewDate < today };
  return null;
}

/**
 * `/concerns` (`concerns:manage`): the leads' list of open concerns about people in their units, by step and
 * due date (waiting for triage first, by when triage is due), overdue ones marked. The view is audited.
 */
export async function leadsListRoutes(app: FastifyInstance, deps: PersonPageDeps) {
  app.get('/concerns', { config: { permission: 'concerns:manage' } }, async (request, reply) => {
    const open = await deps.db.transaction(async (tx) => {
      await authorise(tx, {
        actor: request.user!,
        audit: peopleActorOf(request).audit,
        permission: 'concerns:manage',
        action: 'concern.list',
      });
      return openConcernsInScope(tx, request.user!);
    });
    return reply.html(<LeadsList context={deps.pageContext(request, reply)} open={open} />);
  });
}

const ORDER = ['reported', 'investigating', 'awaiting_decision', 'decided', 'planned'] as const;

function LeadsList({ context, open }: { context: PageContext; open: OpenConcern[] }): JSX.Element {
  const { t } = context.i18n;
  const now = new Date();
  const today = todayInBishkek(now);
  const sorted = [...open].sort(
    (a, b) => ORDER.indexOf(a.status as (typeof ORDER)[number]) - ORDER.indexOf(b.status as (typeof ORDER)[number]),
  );
  return (
    <Layout context={context} title={t('concerns.list.title')}>
      <h1 class="govuk-heading-l" safe>
        {t('concerns.list.title')}
      </h1>
      <a class="govuk-button govuk-button--secondary" href="/concerns/new" role="button" draggable="false" data-module="govuk-button" safe>
        {t('concerns.tab.report')}
      </a>
      {sorted.length === 0 ? (
        <p class="govuk-body" id="no-open-concerns" safe>
          {t('concerns.list.none')}
        </p>
      ) : (
        <table class="govuk-table" id="open-concerns">
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header" safe>
                {t('concerns.list.person')}
              </th>
              <th scope="col" class="govuk-table__header" safe>
                {t('concerns.field.status')}
              </th>
              <th scope="col" class="govuk-table__header" safe>
                {t('concerns.field.reportedAt')}
              </th>
              <th scope="col" class="govuk-table__header" safe>
                {t('concerns.list.due')}
              </th>
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {sorted.map((concern) => {
              const due = dueOf(concern, now, today);
              return (
                <tr class="govuk-table__row">
                  <td class="govuk-table__cell">
                    <a class="govuk-link" href={`/people/${concern.personId}/concerns/${concern.id}`} safe>
                      {nameOf(concern)}
                    </a>
                  </td>
                  <td class="govuk-table__cell">
                    <ConcernStatusTag context={context} status={concern.status as (typeof ORDER)[number]} />
                  </td>
                  <td class="govuk-table__cell" safe>
                    {dottedInstant(concern.reportedAt)}
                  </td>
                  <td class="govuk-table__cell">
                    <span safe>{due?.text ?? '—'}</span> {due?.overdue ? <Tag text={t('concerns.list.overdue')} colour="orange" /> : ''}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </Layout>
  );
}
