/**
 * Root layout
 * ===========
 * The frame of every page: a skip link, the site navigation and the main region. System fonts only: nothing is
 * fetched from outside at run time.
 */
import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Strategy Atlas', template: '%s · Strategy Atlas' },
  description: 'A knowledge graph of the actors and commitments in cyberspace strategy documents, with sentence-level provenance.',
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
          <Link href="/" className="brand">
            Strategy Atlas
          </Link>
          <nav aria-label="Site">
            <ul>
              <li>
                <Link href="/">Explorer</Link>
              </li>
              <li>
                <Link href="/document">Document</Link>
              </li>
              <li>
                <Link href="/about">About the data</Link>
              </li>
            </ul>
          </nav>
        </header>
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
