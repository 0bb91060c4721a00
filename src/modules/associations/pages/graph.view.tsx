import type { PageContext } from '../../../platform/views/page-context.ts';
import type { Graph } from '../associations.graph.ts';
import { ASSOCIATION_KINDS } from '../associations.tables.ts';
import type { AssociationKind } from './association-form.ts';

/** Colour and dash per kind: the dash tells the kinds apart without colour too. */
const STROKE: Record<AssociationKind, { colour: string; dash: string }> = {
  co_defendant: { colour: '#d4351c', dash: '' },
  same_group: { colour: '#912b88', dash: '10 4' },
  family: { colour: '#00703c', dash: '2 4' },
  frequent_contact: { colour: '#1d70b8', dash: '6 6' },
  visitor: { colour: '#505a5f', dash: '3 3' },
};

/**
 * The small graph on the links tab, drawn on the server as SVG. It is a picture of the table below it, which is
 * what screen readers are pointed to; the picture names its subject and how many people it shows.
 */
export function LinksGraph({ context, graph, name }: { context: PageContext; graph: Graph; name: string }): JSX.Element {
  const { t } = context.i18n;
  const at = new Map(graph.nodes.map((node) => [node.id, node]));
  const count = graph.nodes.length - 1 + graph.notShown;
  return (
    <figure class="kadam-links-graph govuk-!-margin-0 govuk-!-margin-bottom-6">
      <svg viewBox={`0 0 ${graph.size} ${graph.size}`} width="100%" role="img" aria-labelledby="links-graph-title links-graph-desc">
        <title id="links-graph-title" safe>
          {t('associations.graph.title', { name })}
        </title>
        <desc id="links-graph-desc" safe>
          {t('associations.graph.desc', { count })}
        </desc>
        {graph.edges.map((edge) => {
          const from = at.get(edge.from)!;
          const to = at.get(edge.to)!;
          const stroke = STROKE[edge.kind];
          return (
            <line
              x1={from.x}
              y1={from.y}
              x2={to.x}
              y2={to.y}
              stroke={stroke.colour}
              stroke-width="3"
              stroke-dasharray={stroke.dash || undefined}
              data-kind={edge.kind}
            />
          );
        })}
        {graph.nodes.map((node) => (
          <g data-person={node.id}>
            <circle
              cx={node.x}
              cy={node.y}
              r={node.centre ? 14 : 9}
              fill={node.centre ? '#0b0c0c' : '#ffffff'}
              stroke="#0b0c0c"
              stroke-width="2"
            />
            <text
              x={node.x}
              y={node.y + (node.centre ? 32 : 26)}
              text-anchor="middle"
              font-size="13"
              fill="#0b0c0c"
              stroke="#ffffff"
              stroke-width="4"
              paint-order="stroke"
              safe
            >
              {node.label}
            </text>
          </g>
        ))}
      </svg>
      <figcaption class="govuk-body-s">
        <span class="govuk-!-font-weight-bold" safe>
          {t('associations.graph.legend')}
        </span>
        <ul class="govuk-list govuk-!-font-size-16 kadam-links-graph__legend">
          {ASSOCIATION_KINDS.map((kind) => (
            <li>
              <svg width="36" height="10" aria-hidden="true" focusable="false">
                <line
                  x1="0"
                  y1="5"
                  x2="36"
                  y2="5"
                  stroke={STROKE[kind].colour}
                  stroke-width="3"
                  stroke-dasharray={STROKE[kind].dash || undefined}
                />
              </svg>
              <span safe>{t(`associations.kind.${kind}`)}</span>
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
