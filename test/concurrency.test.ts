import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { atMostAtOnce } from '../src/http/concurrency.ts';

describe('a cap on slow requests in flight', () => {
  let server: Server;
  let url: string;
  const waiting: (() => void)[] = [];
  beforeAll(async () => {
    const app = express();
    app.use('/slow', atMostAtOnce(2, 'slow things'));
    app.get('/slow', (_req, res) => void waiting.push(() => res.json({ ok: true })));
    server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slow`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const until = async (test: () => boolean) => {
    while (!test()) await new Promise((r) => setTimeout(r, 5));
  };

  it('answers 503 with Retry-After beyond the cap, and takes requests again once one ends', async () => {
    const first = fetch(url);
    const second = fetch(url);
    await until(() => waiting.length === 2);
    const third = await fetch(url);
    expect(third.status).toBe(503);
    expect(third.headers.get('retry-after')).toBe('1');
    expect(((await third.json()) as { error: { code: string; message: string } }).error).toEqual({
      code: 'BUSY',
      message: 'At most 2 slow things run at once; try again shortly.',
    });
    waiting.shift()!();
    expect((await first).status).toBe(200);
    const fourth = fetch(url);
    await until(() => waiting.length === 2);
    waiting.splice(0).forEach((answer) => answer());
    expect((await second).status).toBe(200);
    expect((await fourth).status).toBe(200);
  });
});
