import { GraphQLError } from 'graphql';

/** Keyset cursors: the row's sort key and id, opaque to clients. */
export interface Cursor {
  key: string;
  id: string;
}

export const encodeCursor = (cursor: Cursor): string =>
  Buffer.from(JSON.stringify([cursor.key, cursor.id])).toString('base64url');

export function decodeCursor(value: string | null | undefined, argument = 'after'): Cursor | null {
  if (value === null || value === undefined) return null;
  try {
    const [key, id] = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as unknown[];
    if (typeof key === 'string' && typeof id === 'string') return { key, id };
  } catch {
    // fall through to the error below
  }
  throw badInput(argument, 'is not a cursor this API issued');
}

export function badInput(argument: string, problem: string): GraphQLError {
  return new GraphQLError(`Argument "${argument}" ${problem}.`, {
    extensions: { code: 'BAD_USER_INPUT', argument },
  });
}

export const MAX_PAGE = 100;

export function pageSize(first: number | null | undefined, argument = 'first'): number {
  const size = first ?? 20;
  if (size < 1 || size > MAX_PAGE)
    throw badInput(argument, `must be between 1 and ${MAX_PAGE} (got ${size})`);
  return size;
}
