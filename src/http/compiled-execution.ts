/**
 * Runs operations through graphql-jit instead of graphql-js's interpreter. graphql-js walks
 * the document anew for every object of every row, which on a page of a few hundred nested
 * rows costs more than Neo4j takes to answer; graphql-jit turns each operation into one
 * JavaScript function once and calls the same resolvers from it.
 *
 * Apollo Server takes a custom executor only through its gateway interface: this one
 * serves the schema unchanged, so parsing, validation, the limits and the plugins stay
 * Apollo's, and only execution is replaced. Two of graphql-jit's departures from graphql-js
 * are undone here so that answers stay exactly as graphql-js gives them: variables are
 * coerced by graphql-js (graphql-jit ignores the default of a non-null variable, and words
 * its refusals its own way), and errors are rebuilt as graphql-js errors (Apollo reads
 * `extensions`, which graphql-jit leaves undefined).
 */
import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import {
  GraphQLError,
  getOperationAST,
  getVariableValues,
  valueFromASTUntyped,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

interface Compiled {
  query: CompiledQuery;
  operation: OperationDefinitionNode;
  /** The operation's variable defaults, in the form a client would send them. */
  defaults: Record<string, unknown>;
}

export function compiledExecution(schema: GraphQLSchema): GatewayInterface {
  // Apollo keeps one parsed document per query text in its bounded store, so compiled
  // operations live as long as their documents do and no longer.
  const compiled = new WeakMap<DocumentNode, Map<string, Compiled | { errors: readonly GraphQLError[] }>>();
  const compiledFor = (document: DocumentNode, operationName: string | null) => {
    let byName = compiled.get(document);
    if (!byName) compiled.set(document, (byName = new Map()));
    const key = operationName ?? '';
    const known = byName.get(key);
    if (known) return known;
    const query = compileQuery(schema, document, operationName ?? undefined);
    const operation = getOperationAST(document, operationName);
    const entry =
      isCompiledQuery(query) && operation
        ? { query, operation, defaults: defaultsOf(operation) }
        : { errors: (query as { errors?: readonly GraphQLError[] }).errors?.map(asGraphQLError) ?? [] };
    byName.set(key, entry);
    return entry;
  };
  const executor: GatewayExecutor = async ({ document, operationName, request, context }) => {
    const entry = compiledFor(document, operationName);
    if ('errors' in entry) return { errors: entry.errors };
    const given = request.variables ?? {};
    const coerced = getVariableValues(schema, entry.operation.variableDefinitions ?? [], given, {
      maxErrors: 50,
    });
    if (coerced.errors) return { errors: coerced.errors };
    // graphql-jit coerces again; given what graphql-js accepted, with the defaults filled
    // in, it arrives at the same values.
    const result = await entry.query.query(undefined, context, { ...entry.defaults, ...given });
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
  };
  return {
    onSchemaLoadOrUpdate(callback) {
      // Apollo only hashes this text; the schema never changes while the server runs.
      callback({ apiSchema: schema, coreSupergraphSdl: 'public-bodies-graph' });
      return () => {};
    },
    load: async () => ({ executor }),
    stop: async () => {},
  };
}

function defaultsOf(operation: OperationDefinitionNode): Record<string, unknown> {
  const defaults: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.defaultValue)
      defaults[definition.variable.name.value] = valueFromASTUntyped(definition.defaultValue);
  }
  return defaults;
}

/** graphql-jit's error as the one graphql-js would have made, locations and path kept. */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const rebuilt = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions ?? (error.originalError as GraphQLError | undefined)?.extensions,
  });
  (rebuilt as { locations?: unknown }).locations = error.locations;
  return rebuilt;
}
