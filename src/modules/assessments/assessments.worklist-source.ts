import { registerWorklistSource, type WorklistItem, type WorklistSection } from '../../platform/worklists/worklist-sources.ts';
import { fullName } from '../people/people.service.ts';
import { type WorkItem, worklistItemsIn, worklistScopeOf } from './pages/reviews/worklist.query.ts';

const isReview = (item: WorkItem) => item.status === 'approved' || item.status === 'confirmed' || item.status === 'overridden';

const hrefOf = (item: WorkItem) =>
  item.subject === 'classification' ? `/people/${item.personId}/placement` : `/people/${item.personId}/assessments/${item.id}`;

/**
 * The user's worklist gets what `/assessments/reviews` computes, in two sections: reviews due (within 30 days
 * or overdue, ordered by date) and what waits for a decision (assessments submitted or returned, proposals).
 * Same scope as that page: the units where the user may read assessments.
 */
export function registerAssessmentsWorklist(): void {
  registerWorklistSource('assessments', async ({ tx, user, today, t }): Promise<WorklistSection[]> => {
    const items = await worklistItemsIn(tx, worklistScopeOf(user), today);
    const instrument = (item: WorkItem) => item.instrumentName?.[user.locale] ?? '';
    const review = (item: WorkItem): WorklistItem => ({
      href: hrefOf(item),
      title: fullName(item),
      detail:
        item.subject === 'classification'
          ? t('assessments.worklist.source.classificationReview')
          : t('assessments.worklist.source.assessmentReview', { instrument: instrument(item) }),
      due: item.reviewDate,
      overdue: item.reviewDate !== null && item.reviewDate < today,
    });
    const waiting = (item: WorkItem): WorklistItem => ({
      href: hrefOf(item),
      title: fullName(item),
      detail:
        item.subject === 'classification'
          ? t('assessments.worklist.source.proposal')
          : t(item.status === 'returned' ? 'assessments.worklist.source.returned' : 'assessments.worklist.source.submitted', {
              instrument: instrument(item),
            }),
      due: null,
      overdue: false,
    });
    return [
      { key: 'assessments.reviews', title: 'assessments.worklist.source.reviews', items: items.filter(isReview).map(review) },
      {
        key: 'assessments.decisions',
        title: 'assessments.worklist.source.decisions',
        items: items.filter((item) => !isReview(item)).map(waiting),
      },
    ];
  });
}
