import type { CodegenConfig } from '@graphql-codegen/cli';

// Scalars as they travel in JSON; the resolvers' record mappers produce these shapes.
const scalars = {
  NonNegativeInt: 'number',
};

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
        mapperTypeSuffix: 'Record',
        mappers: {},
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
