import { Tag } from '../../../platform/views/components.tsx';
import type { PageContext } from '../../../platform/views/page-context.ts';

type StoredConflict = { code: string; kind: string; withPersonIds: string[] };

/** One conflict in the user's language, naming the other people it is about. */
export function explainConflict(t: PageContext['i18n']['t'], conflict: StoredConflict, names: ReadonlyMap<string, string>): string {
  const named = conflict.withPersonIds.map((id) => names.get(id) ?? id).join(', ');
  return t(`placement.conflict.${conflict.code}` as 'placement.conflict.must_not_locate_with', { names: named }).trim();
}

/** Every conflict the check found, each with whether a manager may override it. */
export function ConflictList(props: { context: PageContext; conflicts: readonly StoredConflict[]; names: ReadonlyMap<string, string> }) {
  const { t } = props.context.i18n;
  return (
    <ul class="govuk-list govuk-list--bullet" data-conflicts>
      {props.conflicts.map((conflict) => (
        <li data-conflict={conflict.code}>
          <span safe>{explainConflict(t, conflict, props.names)}</span>{' '}
          <Tag
            text={t(conflict.kind === 'absolute' ? 'placement.kind.absolute' : 'placement.kind.overridable')}
            colour={conflict.kind === 'absolute' ? 'orange' : 'blue'}
          />
        </li>
      ))}
    </ul>
  );
}
