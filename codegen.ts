import type { CodegenConfig } from '@graphql-codegen/cli';
import { MODEL } from './src/graph/graph-model.ts';

// Scalars as they travel in JSON.
const scalars = {
  Date: 'string',
  NonNegativeInt: 'number',
  PositiveInt: 'number',
  URL: 'string',
  JSON: 'unknown',
};

// Every node type resolves from the same record: its properties plus its type name. The
// node types are those the SDL maps onto the graph with `@node`.
const nodeTypes = [...MODEL.nodeTypes.keys()].sort();

const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  documents: 'src/client/operations/*.graphql',
  emitLegacyCommonJSImports: false,
  generates: {
    'src/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useIndexSignature: true,
        contextType: '../context.ts#Context',
        mappers: {
          ...Object.fromEntries(nodeTypes.map((t) => [t, '../graph/records.ts#NodeRecord'])),
          Citation: '../graph/records.ts#CitationRecord',
          // A graph view's node is the node's own record; its type and label are derived.
          GraphNode: '../graph/records.ts#NodeRecord',
          GraphRelationship: '../data/graph-view.ts#RelationshipRecord',
          Subgraph: '../data/graph-view.ts#SubgraphRecord',
          GraphPath: '../data/graph-view.ts#PathRecord',
          SearchHit: '../data/search.ts#SearchHitRecord',
          TimelineEntry: '../data/timeline.ts#TimelineRecord',
          AuthorityComparison: '../data/aggregates.ts#ComparisonRecord',
          GradeCount: '../data/aggregates.ts#GradeCountRecord',
          GradeTransition: '../data/aggregates.ts#GradeTransitionRecord',
          PartialDate: 'string',
          DateSpan: 'string',
        },
        scalars,
        strictScalars: true,
        enumsAsTypes: true,
        useTypeImports: true,
      },
    },
    'src/client/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { scalars, strictScalars: true, enumsAsTypes: true, useTypeImports: true },
    },
  },
};

export default config;
