/**
 * Only errors we mean to show reach the client. Anything else (a driver failure, a bug, a
 * Cypher syntax error) is logged on the server and answered with a fixed message, so no
 * stack trace, Cypher text or internal detail ever leaves the process.
 */
import type { GraphQLFormattedError } from 'graphql';

// Codes Apollo gives to malformed requests, plus our own argument checks.
const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  // Refusals before execution: an operation priced over the budget.
  'COST_LIMIT_EXCEEDED',
  // Researchers' Cypher: refusals, Neo4j's own complaint about the query, time and memory limits, too many at once.
  'CYPHER_REFUSED',
  'CYPHER_INVALID',
  'CYPHER_TIMEOUT',
  'CYPHER_MEMORY_LIMIT',
  'CYPHER_BUSY',
  // Postcodes: not shaped like one, not in the directory, not in England.
  'POSTCODE_MALFORMED',
  'POSTCODE_UNKNOWN',
  'POSTCODE_NOT_IN_ENGLAND',
]);

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

export const UNAVAILABLE_MESSAGE = 'The database is not reachable right now; try again shortly.';

/**
 * The driver's "cannot reach the database" errors, matched on their code rather than their
 * class, which a bundler or test runner may load twice.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && UNAVAILABLE_CODES.has(code);
}

/** The error a resolver threw, under graphql-js's wrapping. */
function rootCause(error: unknown): unknown {
  let current = error;
  while (current instanceof Error && 'originalError' in current && current.originalError)
    current = current.originalError;
  return current;
}

/** Apollo's own words for refusals it gives no code, put as a client can act on them. */
const APOLLO_REFUSALS: Record<string, string> = {
  'provided sha does not match query':
    "The persisted query's sha256Hash is not the SHA-256 (hex) of the query sent with it.",
};

/** graphql-js's words when validating a document would take more work than it allows. */
const VALIDATION_ABORTED =
  'The query is too complex to validate: graphql-js stopped comparing its fields and fragments. ' +
  'Ask for each field once and spread each fragment fewer times.';

/**
 * Apollo refuses some requests with a 4xx but no code (a persisted query whose hash does
 * not match its text); they are the client's to fix, so they are shown, not masked.
 */
function isApolloRefusal(error: unknown): boolean {
  const status = (error as { extensions?: { http?: { status?: unknown } } } | null)?.extensions?.http?.status;
  return typeof status === 'number' && status >= 400 && status < 500 && rootCause(error) === error;
}

/**
 * What a refusal adds to its code for the client to act on: a refused estimate what it came
 * to, so the client can see how far over it is; a postcode refused which postcode it read
 * and, outside England, the country it is in.
 */
const SHOWN = ['cost', 'postcode', 'country'] as const;
const shownExtensions = (extensions: GraphQLFormattedError['extensions']) =>
  Object.fromEntries(
    SHOWN.filter((key) => extensions?.[key] !== undefined).map((key) => [key, extensions![key]]),
  );

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  if (isApolloRefusal(error) && formatted.extensions?.code === 'INTERNAL_SERVER_ERROR') {
    const message = APOLLO_REFUSALS[formatted.message] ?? formatted.message;
    return { message, extensions: { code: 'BAD_REQUEST' } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && CLIENT_CODES.has(code)) {
    return {
      message: formatted.message === 'Validation aborted.' ? VALIDATION_ABORTED : formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code, ...shownExtensions(formatted.extensions) },
    };
  }
  const original = rootCause(error);
  if (isDatabaseUnavailable(original)) {
    return {
      message: UNAVAILABLE_MESSAGE,
      path: formatted.path,
      extensions: { code: 'DATABASE_UNAVAILABLE' },
    };
  }
  console.error(`Unexpected error at ${formatted.path?.join('.') ?? 'request'}:`, original);
  return {
    message: 'Internal server error',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
