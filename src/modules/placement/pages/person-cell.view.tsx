import { CsrfField, ErrorSummary, type FieldError, Select, Textarea, TextInput } from '../../../platform/views/components.tsx';
import type { PageContext } from '../../../platform/views/page-context.ts';
import { PersonLayout, type PersonHeaderModel } from '../../people/people.service.ts';
import type { Location, MoveRow } from '../placement.queries.ts';
import type { UnitWithCells } from '../placement.structure.ts';
import type { SeparationRecord } from '../separation.records.ts';
import { ConflictList } from './conflicts.tsx';
import { SeparationSection } from './separation.section.tsx';

export type PersonCellData = {
  location: Location | undefined;
  moves: MoveRow[];
  units: UnitWithCells[] | null;
  separation: SeparationRecord;
  names: ReadonlyMap<string, string>;
  may: { move: boolean; approve: boolean };
  userId: string;
};
export type MoveForm = { cellId: string; reason: string; overrideReason: string };
export type PersonCellState = {
  errors: FieldError[];
  notice?: string | undefined;
  form?: MoveForm;
  conflicts?: { code: string; kind: string; withPersonIds: string[] }[];
};

/** `/people/:id/cell`: where the person is, the move form with every conflict explained, moves, separation. */
export function PersonCellView(props: { context: PageContext; header: PersonHeaderModel; data: PersonCellData; state: PersonCellState }) {
  const { context, header, data, state } = props;
  const { t, formatDate } = context.i18n;
  const title = t('placement.page.cellTitle');
  const form = state.form ?? { cellId: '', reason: '', overrideReason: '' };
  const error = (field: string) => state.errors.find((entry) => entry.field === field)?.message;
  return (
    <PersonLayout context={context} person={header} tab="placement" title={title}>
      <ErrorSummary title={t('error.summaryTitle')} errors={state.errors} />
      {state.notice ? (
        <div class="govuk-notification-banner govuk-notification-banner--success" role="alert">
          <div class="govuk-notification-banner__content">
            <p class="govuk-notification-banner__heading" safe>
              {state.notice}
            </p>
          </div>
        </div>
      ) : (
        ''
      )}
      <h1 class="govuk-heading-l" safe>
        {title}
      </h1>
      <p class="govuk-body" data-location safe>
        {data.location
          ? t('placement.page.currentCell', {
              cell: data.location.cellCode,
              unit: data.location.unitName,
              date: formatDate(new Date(data.location.movedAt)),
            })
          : t('placement.page.notPlaced')}
      </p>
      <SeparationSection
        context={context}
        personId={header.id}
        record={data.separation}
        may={data.may}
        userId={data.userId}
        errors={state.errors}
      />
      {data.may.move && data.units ? (
        <>
          <h2 class="govuk-heading-m" safe>
            {t('placement.page.moveTitle')}
          </h2>
          <p class="govuk-body" safe>
            {t('placement.page.moveIntro')}
          </p>
          {state.conflicts && state.conflicts.length > 0 ? (
            <div class="govuk-warning-text">
              <strong class="govuk-warning-text__text" safe>
                {t('placement.page.conflictsFound')}
              </strong>
              <ConflictList context={context} conflicts={state.conflicts} names={data.names} />
            </div>
          ) : (
            ''
          )}
          <form method="post" action={`/people/${header.id}/cell`} novalidate>
            <CsrfField token={context.csrfToken} />
            <input type="hidden" name="version" value={String(data.location?.version ?? 0)} />
            <Select
              name="cellId"
              label={t('placement.page.chooseCell')}
              value={form.cellId}
              error={error('cellId')}
              blank=""
              options={data.units.flatMap((unit) =>
                unit.cells.map((cell) => ({ value: cell.id, label: `${unit.code} / ${cell.code} (${cell.occupants}/${cell.capacity})` })),
              )}
            />
            <TextInput name="reason" label={t('placement.page.reason')} value={form.reason} error={error('reason')} />
            <Textarea
              name="overrideReason"
              label={t('placement.page.overrideReason')}
              hint={t('placement.page.overrideHint')}
              value={form.overrideReason}
              error={error('overrideReason')}
            />
            <button class="govuk-button" data-module="govuk-button" safe>
              {t('placement.page.move')}
            </button>
          </form>
        </>
      ) : (
        ''
      )}
      <h2 class="govuk-heading-m" safe>
        {t('placement.page.history')}
      </h2>
      {data.moves.length === 0 ? (
        <p class="govuk-body" safe>
          {t('placement.page.none')}
        </p>
      ) : (
        ''
      )}
      <ul class="govuk-list">
        {data.moves.map((move) => (
          <li class="govuk-!-margin-bottom-3">
            <span safe>{`${formatDate(new Date(move.movedAt))} — ${move.toCell} — ${move.reason} (${move.movedBy})`}</span>
            {move.overrideReason ? (
              <>
                <ConflictList context={context} conflicts={move.conflicts} names={data.names} />
                <span class="govuk-body-s" safe>{`${t('placement.page.overrideReason')}: ${move.overrideReason}`}</span>
              </>
            ) : (
              ''
            )}
          </li>
        ))}
      </ul>
    </PersonLayout>
  );
}
