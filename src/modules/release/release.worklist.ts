import type { WorklistContext, WorklistItem, WorklistSection } from '../../platform/worklists/worklist-sources.ts';
import { userDateOf } from '../people/people.service.ts';
import { handoverQueue, releasesWithoutPlan } from './release.queues.ts';

const byUrgency = (a: WorklistItem, b: WorklistItem) =>
  Number(b.overdue) - Number(a.overdue) || (a.due ?? '9999').localeCompare(b.due ?? '9999');

/**
 * The release module's worklist sections, each within the user's own scope: releases in the next six months
 * with no pre-release plan started (for those who prepare releases), and handovers pending — to send for the
 * prison, to acknowledge (and overdue ones not yet sent) for the receiving probation office — overdue first.
 */
export async function releaseWorklist({ tx, user, today, t }: WorklistContext): Promise<WorklistSection[]> {
  const sections: WorklistSection[] = [];
  const preparing = user.permissions.has('release:prepare');
  if (preparing) {
    const items = (await releasesWithoutPlan(tx, user, today)).map((release): WorklistItem => ({
      href: `/people/${release.personId}/release`,
      title: release.name,
      detail: t(release.planId ? 'release.worklist.planNotStarted' : 'release.worklist.noPlan', { date: userDateOf(release.releaseOn) }),
      due: release.releaseOn,
      overdue: false,
    }));
    sections.push({ key: 'release.without-plan', title: 'release.worklist.withoutPlan', items });
  }
  const pending: WorklistItem[] = [];
  if (preparing)
    for (const item of await handoverQueue(tx, user, 'outgoing', today)) {
      if (item.stage === 'to_send')
        pending.push({
          href: `/people/${item.personId}/release`,
          title: item.name,
          detail: t('release.worklist.toSend', { date: userDateOf(item.sendBy), office: item.toOffice[user.locale] }),
          due: item.sendBy,
          overdue: item.overdue,
        });
      // Sent, but the release date passed without the office acknowledging: the prison chases it too.
      else if (item.stage === 'to_acknowledge' && item.overdue)
        pending.push({
          href: `/people/${item.personId}/release`,
          title: item.name,
          detail: t('release.worklist.notAcknowledged', { date: userDateOf(item.releaseOn), office: item.toOffice[user.locale] }),
          due: item.releaseOn,
          overdue: true,
        });
    }
  if (user.permissions.has('handover:acknowledge'))
    for (const item of await handoverQueue(tx, user, 'incoming', today)) {
      if (item.stage === 'to_acknowledge')
        pending.push({
          href: `/release/handovers/${item.handoverId}`,
          title: item.name,
          detail: t('release.worklist.toAcknowledge', { date: userDateOf(item.releaseOn), unit: item.fromUnit[user.locale] }),
          due: item.releaseOn,
          overdue: item.overdue,
        });
      // The office is told when a handover it should have had by now has not come, so it can chase it.
      else if (item.stage === 'to_send' && item.overdue)
        pending.push({
          href: '/release/handovers/incoming',
          title: item.name,
          detail: t('release.worklist.notReceived', { date: userDateOf(item.sendBy), unit: item.fromUnit[user.locale] }),
          due: item.sendBy,
          overdue: true,
        });
    }
  if (preparing || user.permissions.has('handover:acknowledge'))
    sections.push({ key: 'release.handovers', title: 'release.worklist.handovers', items: pending.sort(byUrgency) });
  return sections;
}
