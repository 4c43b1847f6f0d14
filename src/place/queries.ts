import Cypher from '@neo4j/cypher-builder';
import type { Node as Neo4jNode } from 'neo4j-driver';
import type { Context } from '../graph/context.ts';
import type { Database } from '../graph/database.ts';
import { hopsOf, LABEL } from '../graph/graph-model.ts';
import { toNodeRecord, type NodeRecord } from '../graph/records.ts';
import { walk } from '../graph/walk.ts';
import { existedOn } from '../authority/queries.ts';
import type { CouncilLineage } from './lineage.ts';

/** One council of a district's lineage: which district, which generation back, its GSS code. */
interface Ask {
  district: string;
  generation: number;
  code: string;
}

/**
 * For each district, the authorities that ran children's services there on `day`: those
 * of the most recent generation of its lineage with any authority existing then. One
 * query answers every district asked in a request.
 */
export async function servingAuthorities(
  db: Database,
  lineage: CouncilLineage,
  districts: readonly string[],
  day: string,
): Promise<NodeRecord[][]> {
  const asks: Ask[] = districts.flatMap((district) =>
    lineage
      .generations(district)
      .flatMap((codes, generation) => codes.map((code) => ({ district, generation, code }))),
  );
  const ask = new Cypher.NamedVariable('ask');
  const a = new Cypher.Node();
  const c = new Cypher.Node();
  const on = new Cypher.Param(day);
  const query = new Cypher.Unwind([new Cypher.Param(asks), ask])
    .match(walk(a, hopsOf('Authority.identifiers'), c, { labelled: true }))
    .where(
      Cypher.and(
        a.hasLabel(LABEL.Authority!),
        Cypher.eq(c.property('scheme'), new Cypher.Literal('ONS_GSS')),
        Cypher.eq(c.property('value'), ask.property('code')),
        existedOn(a, on),
      ),
    )
    .return(
      [ask.property('district'), new Cypher.NamedVariable('district')],
      [ask.property('generation'), new Cypher.NamedVariable('generation')],
      [a, new Cypher.NamedVariable('a')],
    )
    .orderBy(a.property('name'), a.property('id'));
  return db.read({
    ...query.build(),
    map: ({ records }) => {
      const found = new Map<string, { generation: number; authorities: Map<string, NodeRecord> }>();
      for (const r of records) {
        const district = r.get('district') as string;
        const generation = r.get('generation') as number;
        const authority = toNodeRecord(r.get('a') as Neo4jNode);
        const kept = found.get(district);
        if (kept && kept.generation < generation) continue;
        if (!kept || kept.generation > generation)
          found.set(district, { generation, authorities: new Map([[authority.id, authority]]) });
        else kept.authorities.set(authority.id, authority);
      }
      return districts.map((d) => [...(found.get(d)?.authorities.values() ?? [])]);
    },
  });
}

/** The authorities serving districts on a day, batched across a request's fields. */
export const servingOn = ({ db, loaders }: Context, lineage: CouncilLineage, day: string) =>
  loaders.batch(`servingAuthorities ${day}`, (districts) => servingAuthorities(db, lineage, districts, day));
