/**
 * Which folders of src/ may import which, checked by dependency-cruiser in `npm test`:
 * the graph layer knows no domain, no HTTP and no seed; the seed layer knows no HTTP and
 * no domain; domains know no HTTP and no seed; and nothing imports in a circle.
 */
const DOMAINS = '^src/(node|authority|inspection|source|research)/';

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
