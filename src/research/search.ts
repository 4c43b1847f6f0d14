/**
 * Full-text search over what people call things: names, short names, aliases, Cornish
 * names and their English meanings, labels, titles, summaries and editors' notes. The
 * user's words never reach Lucene as syntax (see `luceneQuery`): each is asked for both
 * exactly (boosted) and fuzzily, so a small typo still finds its node.
 */
import Cypher from '@neo4j/cypher-builder';
import neo4j, { type Node as Neo4jNode } from 'neo4j-driver';
import { badInput } from '../graph/cursor.ts';
import type { Database } from '../graph/database.ts';
import { toNodeRecord, type NodeRecord } from '../graph/records.ts';
import { LABEL } from '../graph/graph-model.ts';
import { SEARCH_INDEX } from '../graph/search-index.ts';

// Lucene's query syntax. These characters become word breaks, as the index's analyser
// would treat them anyway, so no input can form an operator, a range or a wildcard.
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
// Lowercase, so that AND, OR and NOT are words rather than operators; these few are
// dropped because fuzzily they match half the index.
const SKIPPED = new Set(['and', 'or', 'not', 'the', 'of']);

const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .replace(LUCENE_SPECIAL, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0 && !SKIPPED.has(w));

/**
 * The user's text as a Lucene query: each word exactly (boosted) or fuzzily, allowing
 * one edit in a short word and two in a longer one. Words of one or two letters match
 * exactly only, where any fuzziness would match almost everything.
 */
export function luceneQuery(text: string): string | null {
  const words = wordsOf(text);
  if (words.length === 0) return null;
  const fuzzy = (w: string) => (w.length <= 2 ? w : `(${w}^2 OR ${w}~${w.length <= 5 ? 1 : 2})`);
  return words.map(fuzzy).join(' ');
}

/**
 * A search is a few words someone typed. Longer input is refused by name: Lucene would
 * expand every fuzzy word into many terms, and past its clause limit fail as a fault.
 */
export const MAX_SEARCH_CHARACTERS = 200;
export const MAX_SEARCH_WORDS = 12;

export interface SearchHitRecord {
  node: NodeRecord;
  score: number;
}

export async function search(
  db: Database,
  text: string,
  types: readonly string[] | null,
  first: number,
): Promise<SearchHitRecord[]> {
  if (text.length > MAX_SEARCH_CHARACTERS)
    throw badInput('text', `may be at most ${MAX_SEARCH_CHARACTERS} characters long (got ${text.length})`);
  const words = wordsOf(text).length;
  if (words > MAX_SEARCH_WORDS)
    throw badInput('text', `may hold at most ${MAX_SEARCH_WORDS} words (got ${words})`);
  const query = luceneQuery(text);
  if (query === null) throw badInput('text', 'must contain at least one word');
  const [node, score, label] = [
    new Cypher.NamedVariable('node'),
    new Cypher.NamedVariable('score'),
    new Cypher.Variable(),
  ];
  // Asked by type name, matched by label.
  const typesParam = new Cypher.Param(types?.map((t) => LABEL[t]) ?? null);
  const hits = Cypher.db.index.fulltext
    .queryNodes(new Cypher.Literal(SEARCH_INDEX), new Cypher.Param(query))
    .yield('node', 'score');
  const wanted =
    types === null ? hits : hits.where(Cypher.any(label, Cypher.labels(node), Cypher.in(label, typesParam)));
  const built = wanted
    .return(node, score)
    .orderBy([score, 'DESC'], [node.property('id'), 'ASC'])
    .limit(new Cypher.Param(neo4j.int(first)))
    .build();
  return db.read({
    ...built,
    map: ({ records }) =>
      records.map((r) => ({
        node: toNodeRecord(r.get('node') as Neo4jNode),
        score: r.get('score') as number,
      })),
  });
}
