/**
 * A front end's view of the API in a page of code: typed documents from codegen, sent with
 * plain `fetch`, results typed without a GraphQL client library.
 *
 *   API_URL=http://localhost:4000/graphql npm run example:client
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { AuthorityJudgementHistoryDocument, CypherQueryDocument } from '../src/client/generated/graphql.ts';

const API_URL = process.env.API_URL ?? 'http://localhost:4000/graphql';

async function request<R, V>(document: TypedDocumentNode<R, V>, variables: V): Promise<R> {
  const response = await fetch(API_URL, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as { data?: R | null; errors?: { message: string }[] };
  if (body.errors?.length || !body.data)
    throw new Error(body.errors?.map((e) => e.message).join('; ') ?? `HTTP ${response.status}`);
  return body.data;
}

const { authority } = await request(AuthorityJudgementHistoryDocument, {
  id: 'authority:cornwall',
  overallOnly: true,
});
if (!authority) throw new Error('authority:cornwall is not in the graph');
console.log(`${authority.name}: overall effectiveness, oldest first`);
for (const judgement of authority.judgementHistory) {
  const published = judgement.inspection.published?.text ?? 'undated';
  console.log(`  ${published.padEnd(10)}  ${judgement.grade.padEnd(20)}  ${judgement.inspection.id}`);
}

const { cypher } = await request(CypherQueryDocument, {
  query: 'MATCH (a:Authority) RETURN count(a) AS authorities',
});
console.log(`Authorities in the graph (by Cypher): ${String(cypher.rows[0]?.[0])}`);
