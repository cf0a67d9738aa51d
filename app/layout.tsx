/**
 * Root layout
 * ===========
 * The frame of every page: a skip link, the site navigation, the store status banner (shown while the graph
 * database is unavailable), the guard that keeps Back and Forward on the page the address names, and the main region. System fonts only: nothing is fetched from outside at run time.
 */
import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import { Suspense, type ReactNode } from 'react';
import { HistoryGuard } from './_components/HistoryGuard';
import { StoreStatus } from './_components/StoreStatus';
import './globals.css';
// In cascade order: the small-screen rules come last to override the wide-screen ones.
import './styles/explorer-layout.css';
import './styles/explorer-panels.css';
import './styles/reader.css';
import './styles/small-screens.css';

export const metadata: Metadata = {
  title: { default: 'Strategy Atlas', template: '%s · Strategy Atlas' },
  description:
    'A knowledge graph of the actors and commitments in cyberspace strategy documents, with sentence-level provenance.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <Link prefetch={false} href="/" className="brand">
            Strategy Atlas
          </Link>
          {/* No prefetch: every page is rendered from the store on demand; prefetching them all on each view is waste. */}
          <nav aria-label="Site">
            <ul>
              <li>
                <Link prefetch={false} href="/">
                  Explorer
                </Link>
              </li>
              <li>
                <Link prefetch={false} href="/document">
                  Document
                </Link>
              </li>
              <li>
                <Link prefetch={false} href="/matrix">
                  Matrix
                </Link>
              </li>
              <li>
                <Link prefetch={false} href="/query">
                  Query
                </Link>
              </li>
              <li>
                <Link prefetch={false} href="/about">
                  About
                </Link>
              </li>
            </ul>
          </nav>
        </header>
        <StoreStatus />
        {/* It reads the query (useSearchParams): a boundary keeps the pages around it static. */}
        <Suspense fallback={null}>
          <HistoryGuard />
        </Suspense>
        {/* Focusable (not a Tab stop), so the skip link moves focus here rather than leaving it on <body>. */}
        <main id="main" tabIndex={-1}>
          {children}
        </main>
      </body>
    </html>
  );
}
