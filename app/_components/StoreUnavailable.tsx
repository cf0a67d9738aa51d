/**
 * Store unavailable
 * =================
 * What a server-rendered page shows when the graph store did not answer while rendering it: a heading naming what
 * is unavailable and where to check. (Pages that load in the browser show the store banner instead.)
 */
export function StoreUnavailable({ title }: { title: string }) {
  return (
    <div className="page-error" role="alert">
      <h1>{title}</h1>
      <p>
        {/* A JSON route, not a page: a client-side <Link> would try to render it. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        The data store did not answer. Check <a href="/api/health">/api/health</a> and try again.
      </p>
    </div>
  );
}
