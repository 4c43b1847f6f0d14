/**
 * Which folders of src/ may import which, checked by dependency-cruiser in `npm test`:
 * the graph layer knows no domain, no HTTP and no seed; the seed layer knows no HTTP and
 * no domain; domains know no HTTP and no seed; and nothing imports in a circle.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

// Every folder of src/ that is not a layer or generated is a domain, so a new domain is
// covered by the rules without being added here.
const NOT_DOMAINS = ['graph', 'http', 'seed', 'generated', 'client', 'browser'];
const domains = readdirSync(join(import.meta.dirname, '../src'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !NOT_DOMAINS.includes(entry.name))
  .map((entry) => entry.name);
const DOMAINS = `^src/(${domains.join('|')})/`;

export default {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle means neither side can be read or changed alone, type-only imports included.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'graph-knows-no-domain',
      severity: 'error',
      comment: 'The graph layer (driver, model, compiler) serves every domain and knows none of them.',
      from: { path: '^src/graph/' },
      to: { path: [DOMAINS, '^src/(http|seed)/', '^src/(modules|executable-schema)[.]ts$'] },
    },
    {
      name: 'seed-knows-no-domain-or-http',
      severity: 'error',
      comment: 'Loading the graph needs the model and the driver, not the API.',
      from: { path: '^src/seed/' },
      to: { path: [DOMAINS, '^src/http/', '^src/(modules|executable-schema)[.]ts$'] },
    },
    {
      name: 'domains-know-no-http-or-seed',
      severity: 'error',
      comment:
        'A domain answers GraphQL fields; how requests arrive and how data is loaded are not its business.',
      from: { path: DOMAINS },
      to: { path: ['^src/(http|seed)/'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
