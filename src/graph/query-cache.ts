/**
 * Queries already built, by the shape of what they answer. Building a nested query with
 * cypher-builder costs tens of microseconds, paid on every request for the same few
 * shapes; the text and the parameters that come from the shape (filter values, named
 * queries' arguments) are the same each time, so only the values that vary per request
 * (the batch's ids, a page's cursor and size) are given at each use, as named parameters.
 */
export interface Compiled {
  cypher: string;
  params: Record<string, unknown>;
}

// A key longer than this holds a long user value; such queries are built each time, so
// that no client can fill the cache with large entries.
const MAX_KEY_LENGTH = 2_000;

export class QueryCache {
  private readonly built = new Map<string, Compiled>();

  constructor(private readonly capacity: number) {}

  /** The query of shape `key`, built once by `build`, with `varying` as this use's parameters. */
  get(key: string, build: () => Compiled, varying: Record<string, unknown>): Compiled {
    if (key.length > MAX_KEY_LENGTH) return withVarying(build(), varying);
    let query = this.built.get(key);
    if (query) {
      // Most recently used last, so the oldest unused goes first.
      this.built.delete(key);
    } else {
      query = frozen(build());
      if (this.built.size >= this.capacity) this.built.delete(this.built.keys().next().value!);
    }
    this.built.set(key, query);
    return withVarying(query, varying);
  }

  get size(): number {
    return this.built.size;
  }
}

/**
 * A kept query's parameters are shared by every later use, and some are a request's own
 * argument values: frozen, so that nothing can change them for the next request.
 */
function frozen<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) frozen(inner);
  }
  return value;
}

const withVarying = (query: Compiled, varying: Record<string, unknown>): Compiled => ({
  cypher: query.cypher,
  params: { ...query.params, ...varying },
});
