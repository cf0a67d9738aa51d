/**
 * Not found
 * =========
 * What an unknown address (or an unknown document id) shows: that nothing is there, and the ways on. Rendered per
 * request, not prerendered: the pages' CSP (proxy.ts) lets only scripts carrying the request's nonce run, and a
 * page built ahead of time carries none, so a static 404 page would run no script at all (no client navigation,
 * a console full of CSP errors).
 */
import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';

export const metadata: Metadata = { title: 'Page not found' };

export default async function NotFound() {
  // Waits for the request, so Next renders this page per request (with the nonce) instead of at build time.
  await connection();
  return (
    <article className="prose not-found">
      <h1>Page not found</h1>
      <p>
        Nothing is at this address: it may be mistyped, or name something the atlas does not hold (an unknown document,
        say). From here:
      </p>
      <ul>
        <li>
          <Link prefetch={false} href="/">
            The explorer
          </Link>
          : the whole network; search a name or an acronym (ARF finds the ASEAN Regional Forum).
        </li>
        <li>
          <Link prefetch={false} href="/document">
            The document reader
          </Link>
          : the text, with every mention and commitment linked.
        </li>
        <li>
          <Link prefetch={false} href="/matrix">
            The forum × action matrix
          </Link>
          : which forums each plan-of-action item involves.
        </li>
        <li>
          <Link prefetch={false} href="/query">
            The queries
          </Link>
          : the common questions as forms, and the Cypher console.
        </li>
        <li>
          <Link prefetch={false} href="/about">
            About
          </Link>
          : the data model, the relationships and the API.
        </li>
      </ul>
    </article>
  );
}
