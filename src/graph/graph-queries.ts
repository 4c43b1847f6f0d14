/**
 * Batched reads behind the per-request DataLoaders: each takes many ids and answers them
 * in one round trip with UNWIND, so nested GraphQL fields cost one query per field, not
 * one per row.
 */
import Cypher from '@neo4j/cypher-builder';
import type { Node as Neo4jNode } from 'neo4j-driver';
import type { Database } from './database.ts';
import { toNodeRecord, type CitationRecord, type NodeRecord, type RelatedRecord } from './records.ts';
import { traverseQuery } from './compiler.ts';
import { LABEL, MODEL } from './graph-model.ts';
import { ENTITY_LABEL } from './model.ts';
import { toReached, type Reached, type Step } from './steps.ts';

// Built once: the same two queries serve every request, only their ids vary.
const idVar = new Cypher.NamedVariable('id');
const ids = new Cypher.NamedParam('ids');

const NODES_BY_IDS = (() => {
  const n = new Cypher.Node();
  return new Cypher.Unwind([ids, idVar])
    .optionalMatch(new Cypher.Pattern(n, { labels: [ENTITY_LABEL], properties: { id: idVar } }))
    .return([n, new Cypher.NamedVariable('n')])
    .build();
})();

export function nodesByIds(db: Database, ids: readonly string[]): Promise<(NodeRecord | null)[]> {
  return db.read({
    cypher: NODES_BY_IDS.cypher,
    params: { ids },
    map: ({ records }) => records.map((r) => (r.get('n') ? toNodeRecord(r.get('n') as Neo4jNode) : null)),
  });
}

/**
 * Walks `step` from each id and, in the same query, every step below it from each node
 * reached: a nested GraphQL selection costs one round trip however deep it goes.
 */
export function traverse(db: Database, step: Step, ids: readonly string[]): Promise<Reached[][]> {
  return db.read({
    ...traverseQuery(step, ids),
    map: ({ records }) => {
      const byId = new Map(records.map((r) => [r.get('id') as string, toReached(r.get('related'), step)]));
      return ids.map((id) => byId.get(id) ?? []);
    },
  });
}

/** Each id's citations in their order, as the source's id and what the citation says. */
const CITATIONS_BY_IDS = (() => {
  const [source, cites] = [new Cypher.Node(), new Cypher.Relationship()];
  const citation = new Cypher.Map({
    source: source.property('id'),
    ...Object.fromEntries(['locator', 'field', 'quote', 'note'].map((key) => [key, cites.property(key)])),
  });
  const cited = new Cypher.Pattern(source, { labels: [LABEL[MODEL.sourceType]!] })
    .related(cites, { type: MODEL.citationType, direction: 'right' })
    .to({ labels: [ENTITY_LABEL], properties: { id: idVar } });
  return new Cypher.Unwind([ids, idVar])
    .optionalMatch(cited)
    .with(idVar, source, cites)
    .orderBy(cites.property('order'))
    .return(idVar, [
      Cypher.collect(new Cypher.Case().when(Cypher.isNull(source)).then(Cypher.Null).else(citation)),
      new Cypher.NamedVariable('citations'),
    ])
    .build();
})();

export function citationsByIds(db: Database, ids: readonly string[]): Promise<CitationRecord[][]> {
  return db.read({
    cypher: CITATIONS_BY_IDS.cypher,
    params: { ids },
    map: ({ records }) => {
      const byId = new Map(
        records.map((r) => [r.get('id') as string, r.get('citations') as CitationRecord[]]),
      );
      return ids.map((id) => byId.get(id) ?? []);
    },
  });
}

/** The nodes of a related list, each once (a node can be reached over several relationships). */
export function uniqueNodes(related: RelatedRecord[]): NodeRecord[] {
  const seen = new Set<string>();
  return related.map((x) => x.node).filter((n) => !seen.has(n.id) && seen.add(n.id));
}
