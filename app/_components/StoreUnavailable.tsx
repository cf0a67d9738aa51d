/**
 * Store unavailable
 * =================
 * What a server-rendered page (or a part of one) shows when the graph store did not answer while rendering it: a
 * heading naming what is unavailable, where to check, and a "Try again" button. It loads by itself once the store
 * is back (RetryWhenBack), like the pages that load in the browser; the layout's banner says the store is down.
 */
import { RetryWhenBack } from './RetryWhenBack';

interface Props {
  title: string;
  /** 1 when the notice stands for the whole page, 2 when it replaces one part of it. */
  level?: 1 | 2;
}

export function StoreUnavailable({ title, level = 1 }: Props) {
  const Heading = level === 1 ? 'h1' : 'h2';
  return (
    <div className="page-error" role="alert" data-testid="store-unavailable">
      <Heading>{title}</Heading>
      <p>
        {/* A JSON route, not a page: a client-side <Link> would try to render it. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        The data store did not answer. This loads by itself once it is back (see <a href="/api/health">/api/health</a>
        ), or try again now.
      </p>
      <RetryWhenBack />
    </div>
  );
}
