import { readFile } from 'node:fs/promises';
import { Router, type Request, type Response } from 'express';
import { browserBundle, type BundleName } from './bundle.ts';
import { fromRoot } from '../../paths.ts';

// Only these files leave node_modules: the prebuilt browser builds GraphiQL needs.
const vendorFiles = new Map([
  ['react.js', 'react/umd/react.production.min.js'],
  ['react-dom.js', 'react-dom/umd/react-dom.production.min.js'],
  ['graphiql.js', 'graphiql/graphiql.min.js'],
  ['graphiql.css', 'graphiql/graphiql.min.css'],
  ['graphiql-explorer.js', '@graphiql/plugin-explorer/dist/index.umd.js'],
  ['graphiql-explorer.css', '@graphiql/plugin-explorer/dist/style.css'],
]);

// The browser refuses anything from elsewhere, so a page that works here works offline.
// GraphiQL and cytoscape set inline styles, and Plot puts a <style> element in each chart;
// GraphiQL's fonts are data: URLs.
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const page = (file: string) => async (_req: Request, res: Response) => {
  res.set('Content-Security-Policy', contentSecurityPolicy);
  res.type('html').send(await readFile(fromRoot('src/http/web/pages', file), 'utf8'));
};

const bundle = (name: BundleName) => async (_req: Request, res: Response) => {
  res
    .type('js')
    .set('Cache-Control', 'no-cache')
    .send(await browserBundle(name));
};

/** A GET on /graphql from a browser, as opposed to a query sent over GET. */
export const wantsPlayground = (req: Request) =>
  req.query.query === undefined && req.accepts(['application/json', 'text/html']) === 'text/html';

/** The GraphiQL playground, the graph view and what they load, all served from here. */
export function webPages(): Router {
  const router = Router();
  router.get('/graphql', (req, res, next) =>
    wantsPlayground(req) ? page('playground.html')(req, res) : next(),
  );
  router.get('/explore', page('explore.html'));
  router.get('/authority/:id', page('authority.html'));
  router.get('/england', page('england.html'));
  router.get('/assets/playground.js', bundle('playground'));
  router.get('/assets/explore.js', bundle('explore'));
  router.get('/assets/authority.js', bundle('authority'));
  router.get('/assets/england.js', bundle('england'));
  router.get('/assets/pages.css', (_req, res) =>
    res.sendFile(fromRoot('src/http/web/pages/pages.css'), { headers: { 'Cache-Control': 'no-cache' } }),
  );
  // The map's hexagons: fixed data, shipped with the API (seed/data/postcodes/).
  router.get('/assets/england-hexes.json', (_req, res) =>
    res.sendFile(fromRoot('seed/data/postcodes/england-hexes.json'), { maxAge: '1h' }),
  );
  router.get('/assets/vendor/:file', (req, res, next) => {
    const file = vendorFiles.get(req.params.file as string);
    if (file === undefined) return next();
    res.sendFile(fromRoot('node_modules', file), { maxAge: '1h' });
  });
  router.get('/', (_req, res) => res.redirect('/graphql'));
  return router;
}
