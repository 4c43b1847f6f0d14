/**
 * Configuration comes only from the environment, so the same build runs on a laptop, in
 * Docker and behind a load balancer. Every problem is reported at once, naming the variable.
 */
export interface Config {
  neo4j: {
    uri: string;
    username: string;
    password: string;
    /** Undefined means the server's default database. */
    database: string | undefined;
    /** Upper bound for one query, enforced by Neo4j itself. */
    queryTimeoutMs: number;
    /** Tighter bound for researchers' own Cypher, which may be arbitrarily expensive. */
    cypherTimeoutMs: number;
  };
  host: string;
  port: number;
  /** Reuse of answers while the graph is unchanged (http/answer-cache.ts). */
  answerCache: AnswerCacheConfig;
}

export interface AnswerCacheConfig {
  /** Upper bound of the kept answers' size, in MiB; 0 keeps none (ETags are still sent). */
  maxMb: number;
  /** How often the graph's version is read: answers of an older graph stop within this. */
  pollMs: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration: ${problems.join('; ')}`);
    this.name = 'ConfigError';
  }
}

const URI_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'];

// Neo4j database names: letters, digits, dots and dashes, starting with a letter.
const DATABASE_NAME = /^[A-Za-z][A-Za-z0-9.-]{2,62}$/;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];
  const text = (name: string, fallback?: string): string => {
    const value = env[name]?.trim();
    if (value) return value;
    if (fallback !== undefined) return fallback;
    problems.push(`${name} is required`);
    return '';
  };
  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name]?.trim();
    if (!raw) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name} must be an integer from ${min} to ${max} (got "${raw}")`);
    }
    return value;
  };

  const uri = text('NEO4J_URI');
  if (uri) {
    const scheme = /^([a-z0-9+]+):\/\/[^/\s]+/i.exec(uri)?.[1]?.toLowerCase();
    if (!scheme || !URI_SCHEMES.includes(scheme)) {
      problems.push(`NEO4J_URI must look like bolt://host:7687 or neo4j://host (got "${uri}")`);
    }
  }
  const database = env.NEO4J_DATABASE?.trim() || undefined;
  if (database !== undefined && !DATABASE_NAME.test(database)) {
    problems.push(`NEO4J_DATABASE is not a valid database name (got "${database}")`);
  }

  const config: Config = {
    neo4j: {
      uri,
      username: text('NEO4J_USERNAME', 'neo4j'),
      password: text('NEO4J_PASSWORD'),
      database,
      queryTimeoutMs: integer('NEO4J_QUERY_TIMEOUT_MS', 15_000, 100, 600_000),
      cypherTimeoutMs: integer('CYPHER_TIMEOUT_MS', 5_000, 100, 600_000),
    },
    host: text('HOST', '127.0.0.1'),
    port: integer('PORT', 4000, 0, 65_535),
    answerCache: {
      maxMb: integer('ANSWER_CACHE_MB', 64, 0, 4_096),
      pollMs: integer('GRAPH_VERSION_POLL_MS', 1_000, 50, 3_600_000),
    },
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
