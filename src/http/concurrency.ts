/**
 * A cap on requests in flight for routes that hold a database connection for long (a
 * researcher's Cypher, an export to a slow reader): without it, enough slow clients would
 * take every pooled connection and starve GraphQL and /health as well.
 */
import type { NextFunction, Request, RequestHandler, Response } from 'express';

export function atMostAtOnce(max: number, what: string): RequestHandler {
  let active = 0;
  return (_req: Request, res: Response, next: NextFunction) => {
    if (active >= max) {
      res
        .status(503)
        .set('Retry-After', '1')
        .json({
          error: { code: 'BUSY', message: `At most ${max} ${what} run at once; try again shortly.` },
        });
      return;
    }
    active += 1;
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      active -= 1;
    };
    // 'close' also fires when the client goes away before the answer is finished.
    res.once('finish', release);
    res.once('close', release);
    next();
  };
}
