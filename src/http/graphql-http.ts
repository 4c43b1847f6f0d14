/**
 * GraphQL over HTTP straight from node:http into Apollo. Every query pays for the layer in
 * front of Apollo, and Express (router, body parser, ETag of each answer) cost about as much
 * per request as Apollo itself; the other routes, which are few and slow anyway, keep it.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import { matchesEtag } from './answer-cache.ts';
import { MAX_BODY_BYTES, MAX_BODY_DEPTH, MAX_DOCUMENT_LENGTH } from './limits.ts';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

class BodyError extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    message: string,
  ) {
    super(message);
  }
}

const tooLarge = () => new BodyError(413, `The request body is larger than ${MAX_BODY_BYTES / 1024} KB.`);

/**
 * Whether JSON text nests lists and objects deeper than `max`, found in one pass over its
 * characters: JSON.parse takes far longer over deep nesting than over flat text of the
 * same size, so deep bodies are refused unread.
 */
export function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i += 1; // backslash: the next character is escaped
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) depth -= 1;
  }
  return false;
}

/** Only JSON bodies are parsed; anything else reaches Apollo as no body, which it refuses by name. */
const isJson = (contentType: string | undefined) => {
  const essence = contentType?.split(';', 1)[0]!.trim().toLowerCase();
  return essence === 'application/json' || !!essence?.endsWith('+json');
};

/** Bodies are read as UTF-8 text, uncompressed: anything else is refused by name, not misread. */
function unreadable(req: IncomingMessage): BodyError | undefined {
  const encoding = req.headers['content-encoding']?.trim().toLowerCase();
  if (encoding && encoding !== 'identity') {
    return new BodyError(
      415,
      `Request bodies encoded as "${encoding}" are not accepted; send them uncompressed.`,
    );
  }
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i
    .exec(req.headers['content-type'] ?? '')?.[1]
    ?.toLowerCase();
  if (charset && charset !== 'utf-8' && charset !== 'utf8') {
    return new BodyError(415, `The request body's charset "${charset}" is not accepted; send UTF-8.`);
  }
  return undefined;
}

/**
 * A body refused unread is still read to its end, and dropped, so that the client, which
 * may still be sending it, can read the refusal; past this many bytes the connection is cut.
 */
const MAX_DISCARDED_BYTES = 4 * 1024 * 1024;

function readBody(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    let refusal =
      unreadable(req) ??
      (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES ? tooLarge() : undefined);
    let chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (refusal) {
        if (size > MAX_DISCARDED_BYTES) req.destroy();
      } else if (size > MAX_BODY_BYTES) {
        refusal = tooLarge();
        chunks = [];
      } else chunks.push(chunk);
    });
    req.once('error', reject);
    // Cut off before its end: nobody is left to answer.
    req.once('close', () => reject(new Error('The request ended before its body did.')));
    req.once('end', () => {
      if (refusal) return reject(refusal);
      if (!isJson(req.headers['content-type'])) return resolve(undefined);
      try {
        // A byte-order mark is allowed before JSON text, and JSON.parse does not skip it.
        const text = Buffer.concat(chunks, size)
          .toString('utf8')
          .replace(/^\uFEFF/, '');
        if (nestsDeeperThan(text, MAX_BODY_DEPTH))
          return reject(
            new BodyError(
              400,
              `The request body nests lists and objects more than ${MAX_BODY_DEPTH} levels deep.`,
            ),
          );
        const body: unknown = size === 0 ? undefined : JSON.parse(text);
        const query = (body as { query?: unknown } | undefined)?.query;
        if (typeof query === 'string' && query.length > MAX_DOCUMENT_LENGTH)
          return reject(
            new BodyError(
              400,
              `The query document is ${query.length} characters long; at most ${MAX_DOCUMENT_LENGTH} are allowed.`,
            ),
          );
        resolve(body);
      } catch {
        reject(new BodyError(400, 'The request body is not valid JSON.'));
      }
    });
  });
}

function headersOf(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

/**
 * How long the server spent on a request, from its arrival to its answer, as a standard
 * `Server-Timing` header: clients and benchmarks can tell the server's time from the network's.
 */
const serverTiming = (started: bigint) =>
  `total;dur=${(Number(process.hrtime.bigint() - started) / 1e6).toFixed(2)}`;

/** The GraphQL-over-HTTP media type when the client accepts it, as Apollo would choose. */
const mediaTypeFor = (req: IncomingMessage) =>
  req.headers.accept?.includes('application/graphql-response+json')
    ? 'application/graphql-response+json; charset=utf-8'
    : 'application/json; charset=utf-8';

function sendJson(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  body: string,
  started: bigint,
): void {
  res.writeHead(status, {
    'server-timing': serverTiming(started),
    'cache-control': 'no-store',
    'content-type': mediaTypeFor(req),
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
}

/**
 * Answers /graphql requests (POST, and queries sent over GET) with `apollo`, after
 * `refuse` has had a look at the document's text: what it refuses is answered here, 400.
 */
export function graphqlHandler<C extends BaseContext>(
  apollo: ApolloServer<C>,
  context: () => Promise<C>,
  refuse: (query: string) => GraphQLError | undefined = () => undefined,
): Handler {
  const answer = async (req: IncomingMessage, res: ServerResponse, started: bigint) => {
    const url = req.url ?? '/';
    const query = url.indexOf('?');
    let body: unknown;
    try {
      body = req.method === 'POST' ? await readBody(req) : undefined;
    } catch (error) {
      if (!(error instanceof BodyError)) throw error;
      const message = JSON.stringify({
        errors: [{ message: error.message, extensions: { code: 'BAD_REQUEST' } }],
      });
      return sendJson(req, res, error.status, message, started);
    }
    const search = query < 0 ? '' : url.slice(query);
    const text = req.method === 'POST' ? (body as { query?: unknown } | undefined)?.query : undefined;
    const document = typeof text === 'string' ? text : new URLSearchParams(search).get('query');
    const refusal = document === null ? undefined : refuse(document);
    if (refusal) {
      const { message, locations } = refusal;
      const errors = [{ message, locations, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }];
      return sendJson(req, res, 400, JSON.stringify({ errors }), started);
    }
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: req.method?.toUpperCase() ?? 'GET',
        headers: headersOf(req),
        search,
        body,
      },
      context,
    });
    // Answers depend on the day and on the graph: unless tagged with both (answer-cache.ts),
    // no proxy should keep one.
    res.setHeader('cache-control', 'no-store');
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    const etag = response.headers.get('etag');
    if (etag && req.method === 'GET' && matchesEtag(req.headers['if-none-match'], etag)) {
      res.removeHeader('content-type');
      res.removeHeader('content-length');
      res.writeHead(304, { 'server-timing': serverTiming(started) });
      res.end();
      return;
    }
    if (response.body.kind === 'complete') {
      res.setHeader('server-timing', serverTiming(started));
      res.setHeader('content-length', Buffer.byteLength(response.body.string));
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
  return (req, res) => {
    const started = process.hrtime.bigint();
    answer(req, res, started).catch((error: unknown) => {
      // A client that hangs up mid-request is no fault of ours.
      if (req.destroyed || (error as { code?: string }).code === 'ECONNRESET') return;
      // Apollo answers its own failures; this is a fault of ours or a socket gone away.
      console.error('Unexpected error answering /graphql:', error);
      if (!res.headersSent) {
        sendJson(req, res, 500, JSON.stringify({ errors: [{ message: 'Internal server error' }] }), started);
      } else res.destroy();
    });
  };
}
