/**
 * The price of an operation, estimated before it runs: every field costs one, and a list
 * multiplies what is below it by the number of items it may hold. Thirty aliases of a page
 * of 100 authorities, each with 100 inspections, are priced at what they would cost, and
 * refused, before Neo4j sees them.
 *
 * graphql-query-complexity walks the operation with the request's variables (a validation
 * rule could not see them); the sizes come from the SDL's `@listSize` and the `first` and
 * `limit` arguments. Its walk spreads fragments, one field at a time, so it runs only on
 * operations that validation found to select at most MAX_SPREAD_FIELDS fields.
 */
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  GraphQLError,
  getNamedType,
  getVariableValues,
  getNullableType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isObjectType,
  type DocumentNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { MAX_SPREAD_FIELDS, variablesProblem } from './limits.ts';

export const MAX_COST = 100_000;
/**
 * Selections (fields, spreads and inline fragments) the estimate walks before it refuses
 * to go on: a backstop, as validation (limits.ts) has already refused operations of more
 * than MAX_SPREAD_FIELDS fields, and every spread or inline fragment holds at least one.
 */
export const MAX_COST_FIELDS = 3 * MAX_SPREAD_FIELDS;
/** Estimates kept for operations seen again with the same variables, oldest dropped first. */
const ESTIMATES_KEPT = 1_000;
/** Longer keys (large variables) are not kept, so the cache stays small. */
const MAX_KEY_LENGTH = 1_024;
/** What a list costs when nothing says how long it is. */
export const DEFAULT_LIST_SIZE = 10;

type Sizes = Map<string, number>;

// Fractions are kept: most fields have no arguments, and rounding each mean up would price
// the introspection query at several times what it resolves.
const mean = (counts: number[]) => counts.reduce((sum, n) => sum + n, 0) / Math.max(1, counts.length);

/**
 * Introspection's lists have no `@listSize`, but the schema knows how long they are: the
 * introspection query IDEs send is priced at about what it resolves, and introspection
 * nested to amplify itself (`fields { type { fields … } }`) at what that would resolve.
 */
function introspectionSizes(schema: GraphQLSchema): Sizes {
  const types = Object.values(schema.getTypeMap());
  const fields = types.flatMap((t) =>
    isObjectType(t) || isInterfaceType(t) ? Object.values(t.getFields()) : [],
  );
  // Averaged over every type, as each lists only one kind of member: summed over
  // `types { fields inputFields enumValues … }` they come to the schema's own totals.
  const perType = (count: (type: GraphQLNamedType) => number) => mean(types.map(count));
  return new Map([
    ['__Schema.types', types.length],
    ['__Schema.directives', schema.getDirectives().length],
    [
      '__Type.fields',
      perType((t) => (isObjectType(t) || isInterfaceType(t) ? Object.keys(t.getFields()).length : 0)),
    ],
    [
      '__Type.interfaces',
      perType((t) => (isObjectType(t) || isInterfaceType(t) ? t.getInterfaces().length : 0)),
    ],
    ['__Type.possibleTypes', perType((t) => (isAbstractType(t) ? schema.getPossibleTypes(t).length : 0))],
    ['__Type.enumValues', perType((t) => (isEnumType(t) ? t.getValues().length : 0))],
    ['__Type.inputFields', perType((t) => (isInputObjectType(t) ? Object.keys(t.getFields()).length : 0))],
    ['__Field.args', mean(fields.map((f) => f.args.length))],
    ['__Directive.args', mean(schema.getDirectives().map((d) => d.args.length))],
  ]);
}

function declaredSize(field: GraphQLField<unknown, unknown>): number | undefined {
  const directive = field.astNode?.directives?.find((d) => d.name.value === 'listSize');
  const argument = directive?.arguments?.find((a) => a.name.value === 'assumedSize');
  return argument?.value.kind === 'IntValue' ? Number(argument.value.value) : undefined;
}

/**
 * How many items a field may hold: its page argument, the ids it is asked for, its
 * declared size, or a default. A list of ids may come with more (an authority's
 * statistical neighbours), so it counts at least as much as the list would otherwise.
 */
function sizeOf(
  field: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
  typeName: string,
  introspection: Sizes,
) {
  for (const name of ['first', 'limit']) {
    const argument = field.args.find((a) => a.name === name);
    if (!argument) continue;
    const value = args[name] ?? argument.defaultValue;
    if (typeof value === 'number') return value;
  }
  const known = introspection.get(`${typeName}.${field.name}`) ?? declaredSize(field);
  const otherwise = known ?? (isListType(getNullableType(field.type)) ? DEFAULT_LIST_SIZE : 1);
  return Array.isArray(args.ids) ? Math.max(args.ids.length, otherwise) : otherwise;
}

export function costEstimator(schema: GraphQLSchema): ComplexityEstimator {
  const introspection = introspectionSizes(schema);
  return ({ type, field, args, childComplexity }) =>
    1 + sizeOf(field, args, getNamedType(type).name, introspection) * childComplexity;
}

export interface CostExtension {
  cost: { estimated: number; limit: number };
}

const tooCostly = (message: string, estimated?: number) =>
  new GraphQLError(message, {
    extensions: {
      code: 'COST_LIMIT_EXCEEDED',
      ...(estimated === undefined ? {} : { cost: { estimated, limit: MAX_COST } }),
      http: { status: 400 },
    },
  });

/**
 * Refuses variables over the limits (limits.ts) and operations over MAX_COST, and reports
 * every answer's estimate in its `extensions.cost`, so clients can see how close to the
 * budget they are.
 */
export function costLimitPlugin<C extends BaseContext>(schema: GraphQLSchema): ApolloServerPlugin<C> {
  const estimator = costEstimator(schema);
  const estimates = new Map<string, number>();
  const remember = (key: string, value: number) => {
    if (estimates.size >= ESTIMATES_KEPT) estimates.delete(estimates.keys().next().value!);
    estimates.set(key, value);
  };
  const estimate = (
    document: DocumentNode,
    variables: Record<string, unknown> | undefined,
    operationName?: string | null,
  ) => {
    try {
      return Math.ceil(
        getComplexity({
          schema,
          query: document,
          variables: variables ?? {},
          operationName: operationName ?? undefined,
          estimators: [estimator],
          maxQueryNodes: MAX_COST_FIELDS,
        }),
      );
    } catch (error) {
      if (error instanceof GraphQLError && /maximum allowed number of nodes/.test(error.message))
        throw tooCostly(
          `The query holds more than ${MAX_COST_FIELDS} selections once its fragments are spread; ` +
            `its cost cannot be estimated within the limit (at most ${MAX_COST}).`,
        );
      throw error;
    }
  };
  return {
    async requestDidStart() {
      let estimated: number | undefined;
      return {
        async didResolveOperation({ request, document, operation, operationName, queryHash }) {
          // Apollo runs these hooks side by side, so the variables are checked here, first.
          const problem = variablesProblem(request.variables);
          if (problem)
            throw new GraphQLError(problem, {
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
            });
          // Variables that do not fit their types cannot be priced; execution refuses them by
          // name before anything runs.
          const definitions = operation?.variableDefinitions ?? [];
          const coerced = getVariableValues(schema, definitions, request.variables ?? {});
          if (coerced.errors) return;
          // Apollo validates a document once; the estimate depends on the variables too.
          const key = `${queryHash}:${operationName ?? ''}:${JSON.stringify(request.variables ?? {})}`;
          estimated = estimates.get(key) ?? estimate(document, request.variables, operationName);
          if (key.length <= MAX_KEY_LENGTH) remember(key, estimated);
          if (estimated > MAX_COST) {
            throw tooCostly(
              `The query's estimated cost is ${estimated}, more than the ${MAX_COST} allowed; ` +
                'ask for smaller pages (`first`, `limit`) or fewer nested lists.',
              estimated,
            );
          }
        },
        async willSendResponse({ response }) {
          if (estimated === undefined || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          const cost: CostExtension['cost'] = { estimated, limit: MAX_COST };
          result.extensions = { ...result.extensions, cost };
        },
      };
    },
  };
}
