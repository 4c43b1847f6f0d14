import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it, vi } from 'vitest';
import { formatError } from '../src/errors.ts';

const formatted = (error: GraphQLError) => formatError(error.toJSON(), error);
const fromResolver = (original: Error) =>
  new GraphQLError(original.message, { path: ['authority'], originalError: original });

describe('errors sent to clients', () => {
  it('pass through argument errors with their message and code only', () => {
    const error = new GraphQLError('Argument "first" must be between 1 and 100 (got 0).', {
      extensions: { code: 'BAD_USER_INPUT', argument: 'first', stacktrace: ['at x'] },
    });
    expect(formatted(error)).toEqual({
      message: 'Argument "first" must be between 1 and 100 (got 0).',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('hide a Cypher error behind a fixed message, logging it on the server', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const cypher = new Neo4jError(
      'Invalid input: MATCH (n:Secret) RETURN n',
      'Neo.ClientError.Statement.SyntaxError',
      '42001',
      'x',
    );
    expect(formatted(fromResolver(cypher))).toEqual({
      message: 'Internal server error',
      path: ['authority'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });

  it('say the database is unavailable when Neo4j cannot be reached', () => {
    const down = new Neo4jError('connect ECONNREFUSED 127.0.0.1:7687', 'ServiceUnavailable', '08000', 'x');
    expect(formatted(fromResolver(down))).toEqual({
      message: 'The database is not reachable right now; try again shortly.',
      path: ['authority'],
      extensions: { code: 'DATABASE_UNAVAILABLE' },
    });
  });
});
