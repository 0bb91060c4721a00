import type { AssociationKind } from './pages/association-form.ts';

export type GraphNode = { id: string; label: string; x: number; y: number; centre: boolean };
export type GraphEdge = { from: string; to: string; kind: AssociationKind };
export type Graph = { size: number; nodes: GraphNode[]; edges: GraphEdge[]; notShown: number };

/** The drawing is square; the linked people sit on a circle around the person. */
export const GRAPH_SIZE = 420;
const RADIUS = 150;
/** More than this and the labels overlap: the rest are in the table only, and the graph says how many. */
export const GRAPH_MAX_LINKED = 12;

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * Lays out the small graph on the person page: the person in the middle, each linked person on a circle
 * (the first at the top, then clockwise), and every link in force between any two of them, so a group shows as
 * people linked to each other and not only to the person. Pure: the page passes what it read.
 */
export function layoutGraph(
  centre: { id: string; label: string },
  linked: readonly { id: string; label: string }[],
  links: readonly { personId: string; otherPersonId: string; kind: AssociationKind }[],
): Graph {
  const unique = linked.filter((person, index) => person.id !== centre.id && linked.findIndex((other) => other.id === person.id) === index);
  const shown = unique.slice(0, GRAPH_MAX_LINKED);
  const middle = GRAPH_SIZE / 2;
  const nodes: GraphNode[] = [
    { ...centre, x: middle, y: middle, centre: true },
    ...shown.map((person, index) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * index) / shown.length;
      return { ...person, x: round(middle + RADIUS * Math.cos(angle)), y: round(middle + RADIUS * Math.sin(angle)), centre: false };
    }),
  ];
  const onGraph = new Set(nodes.map((node) => node.id));
  const edges = links
    .filter((link) => onGraph.has(link.personId) && onGraph.has(link.otherPersonId))
    .map((link) => ({ from: link.personId, to: link.otherPersonId, kind: link.kind }));
  return { size: GRAPH_SIZE, nodes, edges, notShown: unique.length - shown.length };
}
