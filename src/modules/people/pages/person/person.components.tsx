/** Small GOV.UK pieces the person's pages share: summary lists, tables, headings. Every text is escaped. */

export type Row = { key: string; value: string | null | undefined };

/** A GOV.UK summary list; an empty value reads "Not recorded" rather than leaving a blank the reader must guess at. */
export function SummaryList({ rows, empty }: { rows: Row[]; empty: string }): JSX.Element {
  return (
    <dl class="govuk-summary-list">
      {rows.map((row) => (
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key" safe>
            {row.key}
          </dt>
          <dd class="govuk-summary-list__value" safe>
            {row.value === null || row.value === undefined || row.value === '' ? empty : row.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}

export const Heading = ({ text }: { text: string }): JSX.Element => (
  <h2 class="govuk-heading-m" safe>
    {text}
  </h2>
);

type Cell = string | null | undefined;

/** A GOV.UK table; every cell is escaped, an empty one shows a dash. */
export function SimpleTable({ head, rows }: { head: string[]; rows: Cell[][] }): JSX.Element {
  return (
    <table class="govuk-table">
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          {head.map((text) => (
            <th scope="col" class="govuk-table__header" safe>
              {text}
            </th>
          ))}
        </tr>
      </thead>
      <tbody class="govuk-table__body">
        {rows.map((row) => (
          <tr class="govuk-table__row">
            {row.map((cell) => (
              <td class="govuk-table__cell" safe>
                {cell === null || cell === undefined || cell === '' ? '—' : cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export const None = ({ text }: { text: string }): JSX.Element => (
  <p class="govuk-body" safe>
    {text}
  </p>
);
