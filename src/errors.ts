/**
 * Only errors we mean to show reach the client. Anything else (a driver failure, a bug, a
 * Cypher syntax error) is logged on the server and answered with a fixed message, so no
 * stack trace, Cypher text or internal detail ever leaves the process.
 */
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';

// Codes Apollo gives to malformed requests, plus our own argument checks.
const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && CLIENT_CODES.has(code)) {
    return {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code },
    };
  }
  const original = unwrapResolverError(error);
  if (original instanceof Neo4jError && UNAVAILABLE_CODES.has(original.code)) {
    return {
      message: 'The database is not reachable right now; try again shortly.',
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
