/**
 * Test data helpers
 * =================
 * The real document graph (graph-data/, built once per test file) and small in-memory inputs for bad-data cases.
 */
import { buildKnowledgeGraph, type AtlasInputs } from '@/lib/ingest/build';
import { readInputs } from '@/lib/ingest/read';
import type { KnowledgeGraph } from '@/lib/graph/knowledge-graph';

let cached: KnowledgeGraph | undefined;

/** The knowledge graph of graph-data/ (the 2017 strategy), built from the committed sources. */
export function realGraph(): KnowledgeGraph {
  cached ??= buildKnowledgeGraph(readInputs('graph-data'));
  return cached;
}

export function realInputs(): AtlasInputs {
  return readInputs('graph-data');
}

export const MINI_GAZETTEER = `entities:
  - id: atlantis
    type: state
    label: Republic of Atlantis
    aliases: [Atlantis]
  - id: un
    type: organization
    label: United Nations
    aliases: [UN, United Nations]
  - id: ungge
    type: process
    label: UN Group of Governmental Experts
    aliases: [UNGGE]
  - id: un-charter
    type: instrument
    label: Charter of the United Nations
    aliases: [UN Charter]
`;

/** A made-up two-chapter strategy (not a real document) for structure and bad-input tests. */
export const MINI_DOCUMENT = `---
id: atlantis-2020
title: Atlantis Cyber Strategy
issuer: Government of Atlantis
issuerId: atlantis
date: 2020-01-01
language: en
sectionKinds:
  Chapter II: action
---
# Preface

Atlantis publishes this strategy. Countries should respect the UN Charter.

# Chapter I. Context

The UN matters. It is old.

# Chapter II. Actions

## 1. Working with the UN

Atlantis will work in the UNGGE. It supports the UN.
`;

/** A second made-up document (its issuer is Atlantis too), one "Summary" section holding `body`. */
export function secondMiniDocument(body: string): { file: string; text: string } {
  return {
    file: 'sources/union-2021.md',
    text: `---
id: union-2021
title: Union Strategy
issuer: The Union
issuerId: atlantis
date: 2021-01-01
language: en
---
# Summary

${body}
`,
  };
}

export function miniInputs(overrides: { document?: string; gazetteer?: string; curation?: string } = {}): AtlasInputs {
  return {
    documents: [{ file: 'sources/atlantis-2020.md', text: overrides.document ?? MINI_DOCUMENT }],
    gazetteer: { file: 'gazetteer.yaml', text: overrides.gazetteer ?? MINI_GAZETTEER },
    curation: overrides.curation === undefined ? undefined : { file: 'curation.yaml', text: overrides.curation },
  };
}
