/**
 * Mentions in another case
 * ========================
 * A name that is not an acronym is matched whatever its case, so that "Governments should …" finds "governments".
 * The other way round it leaks: "Member States", a body in one document, would be found as the "member states" of
 * any group in another. A mention whose text is lower case where every name of its entity is written with a capital
 * is reported at the entity, naming the document and line, with the two ways to say what is meant.
 */
import type { DataIssue } from '../graph/errors';
import type { Gazetteer } from './gazetteer';
import { namesIn } from './local-aliases';
import type { Mention } from './mentions';
import type { SourceDocument } from './source';

/** Whether `text` keeps every capital of `name` (a capital the text adds, at a sentence's start, is fine). */
function keepsCapitals(name: string, text: string): boolean {
  if (name.length !== text.length) return false;
  for (let i = 0; i < name.length; i++) {
    const letter = name.charAt(i);
    if (letter !== letter.toLowerCase() && text.charAt(i) === text.charAt(i).toLowerCase()) return false;
  }
  return true;
}

/** 1-based line in the document's file of an offset in its text, counted from the heading of its section. */
function lineOf(doc: SourceDocument, offset: number): number | undefined {
  let section: SourceDocument['sections'][number] | undefined;
  for (const candidate of doc.sections) if (candidate.start <= offset) section = candidate;
  if (!section) return undefined;
  return section.line + (doc.text.slice(section.start, offset).match(/\n/g)?.length ?? 0);
}

/** Reports, per entity and document, the mentions written in lower case where the gazetteer writes a capital. */
export function checkMentionCase(
  doc: SourceDocument,
  mentions: readonly Mention[],
  gazetteer: Gazetteer,
  issues: DataIssue[],
): void {
  const found = new Map<string, { text: string; first: Mention; count: number }>();
  for (const mention of mentions) {
    const entity = gazetteer.byId.get(mention.entityId);
    if (!entity) continue;
    const names = namesIn(entity, doc.meta.id);
    if (names.some((name) => keepsCapitals(name, mention.text))) continue;
    const key = `${entity.id}\u0000${mention.text}`;
    const seen = found.get(key);
    if (seen) seen.count++;
    else found.set(key, { text: mention.text, first: mention, count: 1 });
  }
  for (const { text, first, count } of found.values()) {
    const entity = gazetteer.byId.get(first.entityId);
    if (!entity) continue;
    const index = gazetteer.indexOf(entity);
    const written = namesIn(entity, doc.meta.id).find((name) => name.toLowerCase() === text.toLowerCase());
    const line = lineOf(doc, first.start);
    issues.push({
      file: gazetteer.file,
      line: gazetteer.lineOfEntity(index),
      field: `entities[${index}]`,
      message: `"${written ?? text}" of "${entity.id}" is found as "${text}" ${count === 1 ? 'once' : `${count} times`} in ${doc.file}${line === undefined ? '' : ` (line ${line})`}, where no name of it is written so: if only "${written ?? text}" is meant, list it under caseSensitive; if "${text}" is "${entity.id}" too, add it as an alias (or suppress that mention in curation.yaml)`,
    });
  }
}
