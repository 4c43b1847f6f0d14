import Cypher from '@neo4j/cypher-builder';
import type { Node as Neo4jNode } from 'neo4j-driver';
import type { Database } from '../graph/database.ts';
import { hopsOf, LABEL } from '../graph/graph-model.ts';
import { toNodeRecord, type NodeRecord } from '../graph/records.ts';
import { walk } from '../graph/walk.ts';

/** The authority `a` existed on the day: a missing start or end is open. */
export const existedOn = (a: Cypher.Node, day: Cypher.Expr): Cypher.Predicate =>
  Cypher.and(
    Cypher.lte(Cypher.coalesce(a.property('existedEarliest'), day), day),
    Cypher.lte(day, Cypher.coalesce(a.property('existedLatest'), day)),
  )!;

/** The authority an identifier (a scheme and its value) belongs to; the first by id should two share one. */
export function authorityByIdentifier(
  db: Database,
  identifier: { scheme: string; value: string },
): Promise<NodeRecord | null> {
  const [a, i] = [new Cypher.Node(), new Cypher.Node()];
  const query = new Cypher.Match(walk(a, hopsOf('Authority.identifiers'), i, { labelled: true }))
    .where(
      Cypher.and(
        a.hasLabel(LABEL.Authority!),
        Cypher.eq(i.property('scheme'), new Cypher.Param(identifier.scheme)),
        Cypher.eq(i.property('value'), new Cypher.Param(identifier.value)),
      ),
    )
    .return([a, new Cypher.NamedVariable('a')])
    .orderBy(a.property('id'))
    .limit(1);
  return db.read({
    ...query.build(),
    map: ({ records }) => (records[0] ? toNodeRecord(records[0].get('a') as Neo4jNode) : null),
  });
}
