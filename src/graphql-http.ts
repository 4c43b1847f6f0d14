/**
 * GraphQL over HTTP straight from node:http into Apollo. Every query pays for the layer in
 * front of Apollo, and Express (router, body parser, ETag of each answer) cost about as much
 * per request as Apollo itself; the other routes, which are few and slow anyway, keep it.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';

export const MAX_BODY_BYTES = 1024 * 1024;

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

class BodyError extends Error {
  constructor(
    readonly status: 400 | 413,
    message: string,
  ) {
    super(message);
  }
}

const tooLarge = () => new BodyError(413, 'The request body is larger than 1 MB.');

/** Only JSON bodies are parsed; anything else reaches Apollo as no body, which it refuses by name. */
const isJson = (contentType: string | undefined) => {
  const essence = contentType?.split(';', 1)[0]!.trim().toLowerCase();
  return essence === 'application/json' || !!essence?.endsWith('+json');
};

function readBody(req: IncomingMessage): Promise<unknown> {
  if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) return Promise.reject(tooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        req.removeAllListeners('data');
        req.resume();
        reject(tooLarge());
      } else chunks.push(chunk);
    });
    req.once('error', reject);
    req.once('end', () => {
      if (size > MAX_BODY_BYTES) return;
      if (!isJson(req.headers['content-type'])) return resolve(undefined);
      try {
        resolve(size === 0 ? undefined : JSON.parse(Buffer.concat(chunks, size).toString('utf8')));
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

function sendJson(res: ServerResponse, status: number, body: string, close = false): void {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    ...(close ? { connection: 'close' } : {}),
  });
  res.end(body);
}

/** Answers /graphql requests (POST, and queries sent over GET) with `apollo`. */
export function graphqlHandler<C extends BaseContext>(
  apollo: ApolloServer<C>,
  context: () => Promise<C>,
): Handler {
  const answer = async (req: IncomingMessage, res: ServerResponse) => {
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
      return sendJson(res, error.status, message, error.status === 413);
    }
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: req.method?.toUpperCase() ?? 'GET',
        headers: headersOf(req),
        search: query < 0 ? '' : url.slice(query),
        body,
      },
      context,
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.setHeader('content-length', Buffer.byteLength(response.body.string));
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
  return (req, res) => {
    answer(req, res).catch((error: unknown) => {
      // Apollo answers its own failures; this is a fault of ours or a socket gone away.
      console.error('Unexpected error answering /graphql:', error);
      if (!res.headersSent) {
        sendJson(res, 500, JSON.stringify({ errors: [{ message: 'Internal server error' }] }));
      } else res.destroy();
    });
  };
}
