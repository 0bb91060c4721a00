import { describe, expect, it } from 'vitest';
import { GRAPH_MAX_LINKED, GRAPH_SIZE, layoutGraph } from './associations.graph.ts';

const centre = { id: 'me', label: 'Me' };
const person = (id: string) => ({ id, label: id.toUpperCase() });

describe('the links graph on the person page', () => {
  it('puts the person in the middle and the linked people on a circle, the first at the top', () => {
    const graph = layoutGraph(centre, [person('a'), person('b'), person('c'), person('d')], []);
    const [middle, a, b, c, d] = graph.nodes;
    expect(middle).toMatchObject({ id: 'me', x: GRAPH_SIZE / 2, y: GRAPH_SIZE / 2, centre: true });
    expect(a).toMatchObject({ x: GRAPH_SIZE / 2, y: GRAPH_SIZE / 2 - 150, centre: false });
    expect(b).toMatchObject({ x: GRAPH_SIZE / 2 + 150, y: GRAPH_SIZE / 2 });
    expect(c).toMatchObject({ x: GRAPH_SIZE / 2, y: GRAPH_SIZE / 2 + 150 });
    expect(d).toMatchObject({ x: GRAPH_SIZE / 2 - 150, y: GRAPH_SIZE / 2 });
  });

  it('draws the links between linked people too, so a group shows as a group', () => {
    const graph = layoutGraph(
      centre,
      [person('a'), person('b')],
      [
        { personId: 'me', otherPersonId: 'a', kind: 'co_defendant' },
        { personId: 'b', otherPersonId: 'me', kind: 'same_group' },
        { personId: 'a', otherPersonId: 'b', kind: 'same_group' },
        // Someone not linked to the person: not on this graph.
        { personId: 'a', otherPersonId: 'stranger', kind: 'family' },
      ],
    );
    expect(graph.edges).toEqual([
      { from: 'me', to: 'a', kind: 'co_defendant' },
      { from: 'b', to: 'me', kind: 'same_group' },
      { from: 'a', to: 'b', kind: 'same_group' },
    ]);
  });

  it('shows one node for a person linked in two ways, and never the person twice', () => {
    const graph = layoutGraph(centre, [person('a'), person('a'), person('me')], []);
    expect(graph.nodes.map((node) => node.id)).toEqual(['me', 'a']);
  });

  it('leaves the people beyond the limit to the table, and says how many', () => {
    const many = Array.from({ length: GRAPH_MAX_LINKED + 3 }, (_, index) => person(`p${index}`));
    const graph = layoutGraph(centre, many, [{ personId: 'me', otherPersonId: `p${GRAPH_MAX_LINKED + 1}`, kind: 'family' }]);
    expect(graph.nodes).toHaveLength(GRAPH_MAX_LINKED + 1);
    expect(graph.notShown).toBe(3);
    expect(graph.edges).toEqual([]);
  });
});
