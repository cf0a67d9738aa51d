/** errorTextParts: backticked commands become code, and a message repeating the page's heading loses it. */
import { describe, expect, it } from 'vitest';
import { errorTextParts } from '@/lib/queries/error-text';

describe('errorTextParts', () => {
  it('drops the heading the page already shows and turns `commands` into code', () => {
    expect(
      errorTextParts(
        'Cypher needs the Neo4j backend: run `npm run neo4j:start`, then reload',
        'Cypher needs the Neo4j backend',
      ),
    ).toEqual([
      { text: 'Run ', code: false },
      { text: 'npm run neo4j:start', code: true },
      { text: ', then reload', code: false },
    ]);
  });

  it("drops the API's origin with the heading after it, and keeps it when no heading follows", () => {
    expect(
      errorTextParts('cypher: Cypher needs the Neo4j backend: run it', 'Cypher needs the Neo4j backend', 'cypher'),
    ).toEqual([{ text: 'Run it', code: false }]);
    expect(errorTextParts('cypher: refused: CREATE is a write', 'The query was refused', 'cypher')).toEqual([
      { text: 'cypher: refused: CREATE is a write', code: false },
    ]);
  });

  it('keeps a message that does not repeat the heading, and an unpaired backtick, as written', () => {
    expect(errorTextParts('query refused: CREATE is a write', 'Neo4j is unavailable')).toEqual([
      { text: 'query refused: CREATE is a write', code: false },
    ]);
    expect(errorTextParts('a ` alone')).toEqual([{ text: 'a ` alone', code: false }]);
  });
});
