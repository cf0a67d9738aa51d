/** Display rules: what focus, a selected edge, search hits and a highlight do to nodes and edges; the reducers. */
import { describe, expect, it } from 'vitest';
import { buildClientGraph } from '@/lib/explorer/graph/client-graph';
import {
  DisplayRules,
  displayState,
  edgeDisplay,
  FADED_EDGE,
  FADED_NODE,
  FOCUS_EDGE,
  isIdle,
  nodeDisplay,
  SELECTED_EDGE,
  type DisplayInput,
  type DisplayState,
} from '@/lib/explorer/graph/display';
import { placementOrder } from '@/lib/explorer/graph/labels';
import { EDGE_COLOR } from '@/lib/graph/style';
import { idle, serialized } from '../../support/client-graph';

describe('display rules', () => {
  const graph = buildClientGraph(serialized);
  const attrs = (node: string) => graph.getNodeAttributes(node);

  it('draws everything plainly at rest, without long commitment labels', () => {
    expect(nodeDisplay('arf', attrs('arf'), idle)).toMatchObject({
      hidden: false,
      label: 'ASEAN Regional Forum',
      color: '#2e7d32',
      highlighted: false,
    });
    expect(nodeDisplay('c1', attrs('c1'), idle).label).toBeNull();
  });

  it('hides filtered types', () => {
    expect(nodeDisplay('arf', attrs('arf'), { ...idle, visibleTypes: new Set(['state']) }).hidden).toBe(true);
  });

  it('highlights the focus and its neighbours and fades the rest', () => {
    const state: DisplayState = {
      ...idle,
      focus: 'arf',
      selectedNode: 'arf',
      focusNeighbors: new Set(graph.neighbors('arf')),
    };
    expect(nodeDisplay('arf', attrs('arf'), state)).toMatchObject({ highlighted: true, forceLabel: true });
    const neighbour = nodeDisplay('c1', attrs('c1'), state);
    expect(neighbour.label).toMatch(/^China will pursue discussions.*…$/);
    expect(neighbour.color).not.toBe(FADED_NODE);
    expect(nodeDisplay('far', attrs('far'), state)).toMatchObject({ color: FADED_NODE, label: null });
    const incident = edgeDisplay('INVOLVES:c1->arf', graph.getEdgeAttributes('INVOLVES:c1->arf'), 'c1', 'arf', state);
    expect(incident.color).not.toBe(FADED_EDGE);
    const curated = edgeDisplay(
      'PART_OF:arf->asean',
      graph.getEdgeAttributes('PART_OF:arf->asean'),
      'arf',
      'asean',
      state,
    );
    expect(curated.color).toBe(EDGE_COLOR.curated);
  });

  it("gives a neighbouring body's label its room before a neighbouring section's (placed by z, then size)", () => {
    const state: DisplayState = { ...idle, focus: 'arf', selectedNode: 'arf', focusNeighbors: new Set(['asean', 's']) };
    const section = { ...attrs('asean'), nodeType: 'section', label: '3. Partnership in Cyberspace', size: 40 };
    const body = nodeDisplay('asean', attrs('asean'), state);
    const structure = nodeDisplay('s', section, state);
    expect(body).toMatchObject({ forceLabel: true, zIndex: 2 });
    expect(structure).toMatchObject({ forceLabel: true, label: '3. Partnership in Cyberspace', zIndex: 1 });
    expect(placementOrder([structure, body]).map((d) => d.label)).toEqual([body.label, structure.label]);
  });

  it('marks a selected edge and its ends', () => {
    const state: DisplayState = { ...idle, selectedEdge: 'INVOLVES:c1->arf', edgeEnds: new Set(['c1', 'arf']) };
    expect(edgeDisplay('INVOLVES:c1->arf', graph.getEdgeAttributes('INVOLVES:c1->arf'), 'c1', 'arf', state).color).toBe(
      SELECTED_EDGE,
    );
    expect(
      edgeDisplay('PART_OF:arf->asean', graph.getEdgeAttributes('PART_OF:arf->asean'), 'arf', 'asean', state).color,
    ).toBe(FADED_EDGE);
    expect(nodeDisplay('c1', attrs('c1'), state).highlighted).toBe(true);
    expect(nodeDisplay('far', attrs('far'), state).color).toBe(FADED_NODE);
  });

  it('brings search hits forward with their names and fades the rest, without hover pills', () => {
    const searching = { ...idle, searchHits: new Set(['asean']) };
    expect(nodeDisplay('asean', attrs('asean'), searching)).toMatchObject({
      highlighted: false,
      forceLabel: true,
      color: attrs('asean').color,
      zIndex: 3,
    });
    expect(nodeDisplay('far', attrs('far'), searching).color).toBe(FADED_NODE);
  });
});

describe('display rules: highlight', () => {
  const graph = buildClientGraph(serialized);
  const attrs = (node: string) => graph.getNodeAttributes(node);
  const edge = (key: string) => graph.getEdgeAttributes(key);
  const lit: DisplayState = { ...idle, highlight: new Set(['arf', 'asean']) };

  it('emphasises the highlighted nodes and the edges among them, and dims the rest', () => {
    expect(nodeDisplay('arf', attrs('arf'), lit)).toMatchObject({
      color: '#2e7d32',
      label: 'ASEAN Regional Forum',
      forceLabel: true,
      zIndex: 2,
    });
    expect(nodeDisplay('far', attrs('far'), lit)).toMatchObject({ color: FADED_NODE, label: null, zIndex: 0 });
    expect(nodeDisplay('c1', attrs('c1'), lit).color).toBe(FADED_NODE);
    const among = edgeDisplay('PART_OF:arf->asean', edge('PART_OF:arf->asean'), 'arf', 'asean', lit);
    expect(among).toMatchObject({ color: EDGE_COLOR.curated, zIndex: 2 });
    expect(among.size).toBeGreaterThan(edge('PART_OF:arf->asean').size);
    expect(edgeDisplay('INVOLVES:c1->arf', edge('INVOLVES:c1->arf'), 'c1', 'arf', lit).color).toBe(FADED_EDGE);
    // A text edge among highlighted nodes is drawn in the focus colour.
    const textAmong = edgeDisplay('x', edge('INVOLVES:c1->arf'), 'asean', 'arf', lit);
    expect(textAmong.color).toBe(FOCUS_EDGE);
  });

  it('keeps highlighted nodes in colour when something else is in focus', () => {
    const state: DisplayState = { ...lit, focus: 'far', focusNeighbors: new Set() };
    expect(nodeDisplay('asean', attrs('asean'), state)).toMatchObject({ color: '#00838f', forceLabel: false });
    expect(nodeDisplay('c1', attrs('c1'), state).color).toBe(FADED_NODE);
    expect(edgeDisplay('PART_OF:arf->asean', edge('PART_OF:arf->asean'), 'arf', 'asean', state).color).toBe(
      EDGE_COLOR.curated,
    );
  });

  it('lets type filters hide highlighted nodes too', () => {
    expect(nodeDisplay('arf', attrs('arf'), { ...lit, visibleTypes: new Set(['state']) }).hidden).toBe(true);
  });
});

describe('display state and reducers', () => {
  const graph = buildClientGraph(serialized);
  const input: DisplayInput = {
    visibleTypes: null,
    hoveredNode: null,
    selectedNode: null,
    selectedEdge: null,
    searchHits: new Set(),
    highlight: null,
  };

  it('resolves the input against the graph, ignoring unknown ids', () => {
    const state = displayState(graph, { ...input, selectedNode: 'nope', highlight: ['arf', 'missing'] });
    expect(state.selectedNode).toBeNull();
    expect([...state.highlight]).toEqual(['arf']);
    expect(isIdle(state)).toBe(false);
    expect(isIdle(displayState(graph, { ...input, highlight: ['missing'] }))).toBe(true);
    const hovered = displayState(graph, { ...input, hoveredNode: 'arf', selectedNode: 'far' });
    expect(hovered.focus).toBe('arf');
    expect(hovered.selectedNode).toBe('far');
    expect([...hovered.focusNeighbors].sort()).toEqual(['asean', 'c1']);
  });

  it('at rest, only silences commitment labels, filling sigma’s copy in place', () => {
    const rules = new DisplayRules(graph, input);
    const copy = { ...attrs('c1') };
    const out = rules.nodeReducer('c1', copy);
    expect(out).toBe(copy);
    expect(out.label).toBeNull();
    expect(rules.nodeReducer('arf', { ...attrs('arf') })).toMatchObject({ label: 'ASEAN Regional Forum' });
    const edgeCopy = { ...graph.getEdgeAttributes('INVOLVES:c1->arf') };
    expect(rules.edgeReducer('INVOLVES:c1->arf', edgeCopy)).toBe(edgeCopy);
    expect(edgeCopy.color).toBe(EDGE_COLOR.text);

    function attrs(node: string) {
      return graph.getNodeAttributes(node);
    }
  });

  it('reports a change only when the input changed, and then applies the rules', () => {
    const hits = new Set<string>();
    const rules = new DisplayRules(graph, { ...input, searchHits: hits });
    expect(rules.update({ ...input, searchHits: hits })).toBe(false);
    // The same highlight in a new array is no change.
    expect(rules.update({ ...input, searchHits: hits, highlight: null })).toBe(false);
    expect(rules.update({ ...input, searchHits: hits, highlight: ['arf'] })).toBe(true);
    expect(rules.update({ ...input, searchHits: hits, highlight: ['arf'] })).toBe(false);
    expect(rules.nodeReducer('far', { ...graph.getNodeAttributes('far') })).toMatchObject({ color: FADED_NODE });
    expect(rules.edgeReducer('INVOLVES:c1->arf', { ...graph.getEdgeAttributes('INVOLVES:c1->arf') })).toMatchObject({
      color: FADED_EDGE,
    });
  });
});
