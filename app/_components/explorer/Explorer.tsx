/**
 * Explorer
 * ========
 * The explorer page's client root. The URL is the state (lib/explorer/url/state.ts): selecting or highlighting pushes
 * a history entry, filters and search text replace the current one, and Back/Forward (popstate) re-read the URL.
 * Around that: the search box, the highlight chip, the graph/table views, the legend and the details panel (overlays
 * on small screens, opened by OverlayToggles). A link is read as far as it can be: what it asked for and did not get
 * is said beside the search box (LinkNotice), and the address bar is rewritten to the view shown. The graph itself
 * is loaded beside the page (useClientGraph); what it does not need waits for it, and a failure shows in place, retried when the store is back. The graph view is rendered only once the graph
 * has arrived, so only ever in the browser; its code (sigma) comes with the page's own scripts rather than as a chunk
 * asked for after hydration, which had put a round trip between the graph's arrival and sigma. What no first frame
 * needs comes on demand instead: the Table tab's code with the tab, the layouts' and the PNG export's on their button.
 */
'use client';

import dynamic from 'next/dynamic';
import { useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { legendEntries } from '@/lib/explorer/export/legend';
import { focusAfterRender } from '@/lib/explorer/focus';
import { isTypeVisible, showTypes } from '@/lib/explorer/filters/types';
import { countByType, tallyCommitmentKinds } from '@/lib/explorer/graph/client-graph';
import { sentenceIndexOf } from '@/lib/explorer/search/sentences';
import { SEARCH_INPUT } from '@/lib/explorer/selection/focus-fallback';
import { NO_SOURCES, provenanceSources } from '@/lib/explorer/selection/sources';
import { useClientGraph } from '@/lib/explorer/graph/useClientGraph';
import { useStoreHealth } from '@/lib/explorer/health/useStoreHealth';
import { useSelectionDetails } from '@/lib/explorer/selection/useSelectionDetails';
import { canonicaliseExplorerUrl, writeExplorerUrl } from '@/lib/explorer/url/history';
import { ignoredInLink } from '@/lib/explorer/url/ignored';
import {
  highlightKey,
  parseExplorerState,
  serializeExplorerState,
  type ExplorerUrlState,
} from '@/lib/explorer/url/state';
import { DetailsPanel } from './DetailsPanel';
import { EmptyGraphNotice } from './EmptyGraphNotice';
import { GraphStatus } from './GraphStatus';
import GraphView from './GraphView';
import { HighlightChip } from './HighlightChip';
import { LinkNotice } from './LinkNotice';
import { Legend } from './Legend';
import { NoTypesNotice } from './NoTypesNotice';
import { OverlayToggles } from './OverlayToggles';
import { SearchBox } from './SearchBox';
import { SelectionAnnouncer } from './SelectionAnnouncer';
import { useSelectionActions } from './useSelectionActions';
import { viewPanelId, viewTabId, ViewTabs } from './ViewTabs';

/**
 * The Table tab's contents (node table, relationships, the rows' code) load with the tab: the graph's first frame
 * needs none of them. Their own chunk, so not among the page's first scripts.
 */
const TableView = dynamic(() => import('./TableView'), {
  loading: () => <p className="muted">Loading the table…</p>,
});

const EMPTY = new Set<string>();

const NO_COUNTS = new Map<string, number>();

export function Explorer({ query: urlQuery }: { query: string }) {
  const health = useStoreHealth();
  const [graphRetries, setGraphRetries] = useState(0);
  const [detailRetries, setDetailRetries] = useState(0);
  // What failed because the store was down is asked again when it comes back (health.recoveries), or on request.
  const load = useClientGraph(graphRetries + health.recoveries);
  const graph = load.status === 'ready' ? load.graph : null;
  const sources = useMemo(() => (graph ? provenanceSources(graph) : NO_SOURCES), [graph]);
  const counts = useMemo(() => (graph ? countByType(graph) : NO_COUNTS), [graph]);
  const kinds = useMemo(() => (graph ? tallyCommitmentKinds(graph) : undefined), [graph]);
  // The URL is the state; this mirror of it updates in the same event as the URL, so controls never lag behind.
  const [state, setState] = useState(() => parseExplorerState(urlQuery));
  const selection = useSelectionDetails(state.node, state.edge, detailRetries + health.recoveries);
  // What the link opened with asked for and did not get (a garbled id, an unknown type …), until dismissed.
  const [ignored, setIgnored] = useState<string[]>([]);
  const navigate = useCallback((patch: Partial<ExplorerUrlState>) => {
    // A step of the user's own: the note on the link it came from has done its work.
    setIgnored([]);
    setState(writeExplorerUrl(patch));
  }, []);

  const [hits, setHits] = useState<ReadonlySet<string>>(EMPTY);
  const [legendOpen, setLegendOpen] = useState(false);
  // A shared link that selects something opens the drawer on small screens (ignored on wide ones).
  const { drawerOpen, setDrawerOpen, selectNode, selectEdge, selectAndFocus, selectEdgeAndFocus, noteFocusAtChange } =
    useSelectionActions(navigate, selection, state.node !== null || state.edge !== null);
  useLayoutEffect(() => {
    // Whenever Next hands this page props (on mount, or a link to /?node=… while here), adopt the address bar, read
    // once the navigation has written it (during the render it may still hold the previous page's URL). Back from
    // another page restores this one with the props of its first render, which predate our own pushState entries:
    // without this the search box and the details would show a state the URL no longer holds.
    const fromBar = parseExplorerState(window.location.search);
    // The address bar is only right after the commit, and a layout effect re-renders before the paint: no flash.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setState((current) => (serializeExplorerState(current) === serializeExplorerState(fromBar) ? current : fromBar));
    // A link arrives as written: say what of it was dropped, and let the address bar name the view shown.
    setIgnored(ignoredInLink(window.location.search));
    canonicaliseExplorerUrl(fromBar);
    // Like a shared link, a selection the address bar brings opens the drawer on small screens.
    if (fromBar.node !== null || fromBar.edge !== null) setDrawerOpen(true);
  }, [urlQuery, setDrawerOpen]);

  useEffect(() => {
    // Back/Forward: the URL changed under us. What has focus may go with the old selection's details.
    const onPop = () => {
      noteFocusAtChange();
      setIgnored([]);
      setState(parseExplorerState(window.location.search));
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [noteFocusAtChange]);

  const onResults = useCallback((ids: string[]) => setHits(ids.length ? new Set(ids) : EMPTY), []);

  const visibleTypes = useMemo(() => (state.types ? new Set<string>(state.types) : null), [state.types]);
  const isVisible = useCallback((type: string) => isTypeVisible(state.types, type), [state.types]);
  const searchHits = state.q.trim() ? hits : EMPTY;
  // Folded once per graph, and only once someone searches: the first frame does not wait for it.
  const searching = state.q.trim() !== '';
  const sentences = useMemo(() => (graph && searching ? sentenceIndexOf(graph) : null), [graph, searching]);
  const showSentences = useCallback(
    (text: string) => {
      // The search box counted the sentences of every document: show them all.
      navigate({ view: 'table', filter: text, show: 'commitments', doc: null });
      focusAfterRender('#node-table-title');
    },
    [navigate],
  );
  // Keyed by content: a re-parsed URL gives a new array for the same highlight, which must not move the camera.
  const highlightIds = highlightKey(state.highlight);
  const highlight = useMemo(() => (highlightIds ? highlightIds.split(',') : null), [highlightIds]);
  const highlightFound = useMemo(
    () => (highlight && graph ? new Set(highlight.filter((id) => graph.hasNode(id))) : null),
    [highlight, graph],
  );
  const legend = useMemo(() => legendEntries(counts, state.types), [counts, state.types]);

  return (
    <div className="explorer">
      <h1 className="visually-hidden">Explorer</h1>
      <div className="explorer-bar">
        <SearchBox
          query={state.q}
          sentences={sentences}
          onQueryChange={(q) => navigate({ q })}
          onSelect={selectAndFocus}
          onResults={onResults}
          onShowSentences={showSentences}
        />
        {ignored.length > 0 ? (
          <LinkNotice
            ignored={ignored}
            onDismiss={() => {
              setIgnored([]);
              focusAfterRender(SEARCH_INPUT);
            }}
          />
        ) : null}
        {highlight ? (
          <HighlightChip
            requested={highlight.length}
            found={highlightFound?.size ?? null}
            view={state.view}
            onShowTable={() => {
              navigate({ view: 'table' });
              focusAfterRender('#node-table-title');
            }}
            onClear={() => {
              navigate({ highlight: null });
              focusAfterRender(SEARCH_INPUT);
            }}
          />
        ) : null}
        <ViewTabs view={state.view} onChange={(view) => navigate({ view })} />
        <OverlayToggles
          legendOpen={legendOpen}
          drawerOpen={drawerOpen}
          hasSelection={state.node !== null || state.edge !== null}
          setLegendOpen={setLegendOpen}
          setDrawerOpen={setDrawerOpen}
        />
      </div>
      <div className="explorer-body">
        <Legend
          id="legend"
          open={legendOpen}
          visibleTypes={state.types}
          counts={counts}
          kinds={kinds}
          onChange={(types) => navigate({ types })}
          skip={{
            target: viewPanelId(state.view),
            label: state.view === 'table' ? 'Skip to the node table' : 'Skip to the graph',
          }}
          onClose={() => {
            setLegendOpen(false);
            focusAfterRender('.legend-toggle');
          }}
        />
        <div
          role="tabpanel"
          id={viewPanelId('graph')}
          aria-labelledby={viewTabId('graph')}
          hidden={state.view !== 'graph'}
          className="view-panel"
          // Focusable for the legend's skip link; not a Tab stop of its own.
          tabIndex={-1}
        >
          {state.view === 'graph' ? (
            graph ? (
              <>
                <p className="visually-hidden">
                  A network of {graph.order} nodes and {graph.size} relationships. The Table view lists the same nodes
                  for keyboard and screen-reader use.
                </p>
                <GraphView
                  graph={graph}
                  visibleTypes={visibleTypes}
                  selectedNode={state.node}
                  selectedEdge={state.edge}
                  searchHits={searchHits}
                  highlight={highlight}
                  legend={legend}
                  detailsOpen={drawerOpen}
                  onSelectNode={selectNode}
                  onSelectEdge={selectEdge}
                />
                {graph.order === 0 ? (
                  <EmptyGraphNotice />
                ) : state.types && state.types.length === 0 ? (
                  <NoTypesNotice
                    onShowAll={() => {
                      navigate({ types: null });
                      // The notice (and its button) goes: focus the graph it brought back, not <body>.
                      focusAfterRender(`#${viewPanelId('graph')}`);
                    }}
                  />
                ) : null}
              </>
            ) : (
              <GraphStatus load={load} onRetry={() => setGraphRetries((n) => n + 1)} />
            )
          ) : null}
        </div>
        <div
          role="tabpanel"
          id={viewPanelId('table')}
          aria-labelledby={viewTabId('table')}
          hidden={state.view !== 'table'}
          className="view-panel view-panel-table"
          tabIndex={-1}
        >
          {state.view === 'table' ? (
            <TableView
              graph={graph}
              noGraph={<GraphStatus load={load} onRetry={() => setGraphRetries((n) => n + 1)} inline />}
              table={state}
              onTableChange={navigate}
              selection={selection}
              isVisible={isVisible}
              selectedNode={state.node}
              highlighted={highlightFound}
              onSelectNode={selectNode}
              onSelectEdge={selectEdge}
            />
          ) : null}
        </div>
        <DetailsPanel
          id="details"
          open={drawerOpen}
          selection={selection}
          visibleTypes={state.types}
          onShowTypes={(types) => {
            navigate({ types: showTypes(state.types, types) });
            // The notice (and its button) goes: land on the selection it spoke of.
            focusAfterRender('#details-title');
          }}
          sources={sources}
          onSelectNode={selectAndFocus}
          onSelectEdge={selectEdgeAndFocus}
          onClear={() => {
            navigate({ node: null, edge: null });
            focusAfterRender(SEARCH_INPUT);
          }}
          onClose={() => {
            setDrawerOpen(false);
            focusAfterRender('.drawer-toggle');
          }}
          onRetry={() => setDetailRetries((n) => n + 1)}
        />
      </div>
      <SelectionAnnouncer selection={selection} visibleTypes={state.types} />
    </div>
  );
}
