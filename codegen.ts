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
  schema: 'schema/**/*.graphql',
  documents: 'src/client/operations/*.graphql',
  emitLegacyCommonJSImports: false,
  generates: {
    'src/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useIndexSignature: true,
        contextType: '../graph/context.ts#Context',
        mappers: {
          ...Object.fromEntries(nodeTypes.map((t) => [t, '../graph/records.ts#NodeRecord'])),
          Citation: '../graph/records.ts#CitationRecord',
          // A graph view's node is the node's own record; its type and label are derived.
          GraphNode: '../graph/records.ts#NodeRecord',
          GraphRelationship: '../research/graph-view.ts#RelationshipRecord',
          Subgraph: '../research/graph-view.ts#SubgraphRecord',
          GraphPath: '../research/graph-view.ts#PathRecord',
          SearchHit: '../research/search.ts#SearchHitRecord',
          TimelineEntry: '../research/timeline.ts#TimelineRecord',
          AuthorityComparison: '../research/aggregates.ts#ComparisonRecord',
          GradeCount: '../research/aggregates.ts#GradeCountRecord',
          GradeTransition: '../research/aggregates.ts#GradeTransitionRecord',
          Place: '../place/places.ts#PlaceRecord',
          District: '../place/places.ts#DistrictRecord',
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
