/**
 * Empty graph
 * ===========
 * A store that answers with no nodes at all (a Neo4j database nobody has loaded yet, `npm run neo4j:start` without
 * `atlas load`) draws a blank canvas that looks like a fault or a page still loading: say what it means and how to
 * fill it.
 */
'use client';

export function EmptyGraphNotice() {
  return (
    <p className="graph-empty" role="status">
      The graph is empty: the database holds no atlas data yet. Load it with <code>npm run atlas -- load</code> (same{' '}
      <code>NEO4J_URI</code>), then reload this page.
    </p>
  );
}
