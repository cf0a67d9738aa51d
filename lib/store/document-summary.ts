/**
 * Document summaries
 * ==================
 * A document node's descriptive fields as both stores answer them, built in one place so they agree: `url` only
 * when the source gives one (Neo4j reads a missing property as null; the memory store has no key at all).
 */
import type { DocumentSummary } from './types';

interface DocumentFields {
  title: string;
  issuer: string;
  date: string;
  language: string;
  url?: string | null;
}

export function documentSummary(id: string, d: DocumentFields): DocumentSummary {
  const summary: DocumentSummary = { id, title: d.title, issuer: d.issuer, date: d.date, language: d.language };
  if (typeof d.url === 'string' && d.url) summary.url = d.url;
  return summary;
}
