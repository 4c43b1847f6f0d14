/**
 * What the hostile corpus holds and how each of its requests must be refused: the kinds,
 * the shape of a request, and the refusal each limit gives, by name.
 */
import { createHash } from 'node:crypto';
import { parse } from 'graphql';
import {
  MAX_ALIASES,
  MAX_BODY_BYTES,
  MAX_BODY_DEPTH,
  MAX_DOCUMENT_LENGTH,
  MAX_DEPTH,
  MAX_DIRECTIVES,
  MAX_SPREAD_FIELDS,
  MAX_STRING_LENGTH,
  MAX_TOKENS,
  MAX_VARIABLE_DEPTH,
} from '../../src/http/limits.ts';
import { MAX_COST } from '../../src/http/query-cost.ts';

export const CATEGORIES = [
  'fragment chain',
  'fragment fan-out',
  'fragment cycle',
  'deep nesting',
  'alias bomb',
  'field bomb',
  'directive bomb',
  'token count',
  'oversized input',
  'batch',
  'introspection amplification',
  'unsupported operation',
  'persisted query',
  'cost',
] as const;

export type Category = (typeof CATEGORIES)[number];

export interface HostileRequest {
  category: Category;
  name: string;
  /** Sent as JSON, or as it is when a string and `raw`. */
  body: unknown;
  raw?: boolean;
  /** POST unless GET: a GET request carries the operation in its URL. */
  method?: 'GET';
  status: number;
  code: string;
  /** What the refusal must say: it names the limit or the fault. */
  message: RegExp;
}

/** Whether graphql-js stops reading `query` at the token limit, before any other check sees it. */
function overTokens(query: string): boolean {
  try {
    parse(query, { maxTokens: MAX_TOKENS });
    return false;
  } catch (error) {
    return /tokens/.test((error as Error).message);
  }
}

/**
 * The refusal `otherwise`, unless an earlier check refuses the document first: the size
 * of the body that carries it, its length, or its tokens.
 */
export function unlessTooLong(query: string, otherwise: Omit<HostileRequest, 'category' | 'name' | 'body'>) {
  if (Buffer.byteLength(JSON.stringify({ query })) > MAX_BODY_BYTES) return refusedAs.bodySize;
  if (query.length > MAX_DOCUMENT_LENGTH) return refusedAs.document;
  return overTokens(query) ? refusedAs.tokens : otherwise;
}

export const range = (n: number) => Array.from({ length: n }, (_, i) => i);
export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export const refusedAs = {
  depth: {
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: new RegExp(`depth limit of ${MAX_DEPTH}`),
  },
  aliases: {
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: new RegExp(`Aliases limit of ${MAX_ALIASES}`),
  },
  directives: {
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: new RegExp(`Directives limit of ${MAX_DIRECTIVES}`),
  },
  tokens: {
    status: 400,
    code: 'GRAPHQL_PARSE_FAILED',
    message: new RegExp(`more that ${MAX_TOKENS} tokens`),
  },
  spread: {
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: new RegExp(`fields once its fragments are spread; at most ${MAX_SPREAD_FIELDS} are allowed`),
  },
  cost: {
    status: 400,
    code: 'COST_LIMIT_EXCEEDED',
    message: new RegExp(`more than the ${MAX_COST} allowed`),
  },
  cycle: {
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: /Cannot spread fragment "\w+" within itself/,
  },
  string: {
    status: 400,
    code: 'BAD_USER_INPUT',
    message: new RegExp(`at most ${MAX_STRING_LENGTH} are allowed`),
  },
  document: {
    status: 400,
    code: 'BAD_REQUEST',
    message: new RegExp(`The query document is \\d+ characters long; at most ${MAX_DOCUMENT_LENGTH}`),
  },
  bodyDepth: {
    status: 400,
    code: 'BAD_REQUEST',
    message: new RegExp(`body nests lists and objects more than ${MAX_BODY_DEPTH} levels deep`),
  },
  bodySize: {
    status: 413,
    code: 'BAD_REQUEST',
    message: new RegExp(`larger than ${MAX_BODY_BYTES / 1024} KB`),
  },
  varDepth: {
    status: 400,
    code: 'BAD_USER_INPUT',
    message: new RegExp(`more than ${MAX_VARIABLE_DEPTH} levels deep`),
  },
  literalDepth: {
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: new RegExp(`more than ${MAX_VARIABLE_DEPTH} levels deep`),
  },
  batch: { status: 400, code: 'BAD_REQUEST', message: /batching disabled/ },
  introspectionDepth: {
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: /Maximum introspection depth/,
  },
  operation: (kind: string) => ({
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: new RegExp(`${kind} operations are not supported`),
  }),
  hash: { status: 400, code: 'BAD_REQUEST', message: /sha256Hash is not the SHA-256/ },
} satisfies Record<string, Omit<HostileRequest, 'category' | 'name' | 'body'> | ((kind: string) => unknown)>;

/** `fragment F0 { …F1 …F1 }`, each level spreading the next `fanOut` times. */
export function spreadTree(levels: number, fanOut: number, leaf = '__typename'): string {
  const fragments = range(levels).map(
    (i) =>
      `fragment F${i} on Query { ${leaf} ${range(fanOut)
        .map(() => `...F${i + 1}`)
        .join(' ')} }`,
  );
  return `query Spread { ...F0 }\n${fragments.join('\n')}\nfragment F${levels} on Query { ${leaf} }`;
}
