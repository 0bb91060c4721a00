import { onPersonEvent } from '../../platform/events/person-events.ts';
import { reviewOnPersonEvent } from './review-dates.ts';

/** At start-up: a transfer, a sentence change or a concern report brings the person's reviews forward. */
export function subscribeToPersonEvents(): void {
  onPersonEvent('assessments.review-dates', reviewOnPersonEvent);
}
