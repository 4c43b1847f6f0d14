/**
 * Bounds on how much one document may ask for, checked before anything runs. Apollo has no
 * execution timeout of its own, so a query nested, aliased or spread without end would
 * otherwise turn into as much work as its author likes.
 *
 * Each check must cost no more than the document's own size: a document is small, but its
 * fragments, spread into one another, describe exponentially more. graphql-armor's rules
 * remember what each fragment adds, so every fragment is looked at once; the token limit is
 * graphql-js's own, applied while parsing; fields are counted with fragments spread, each
 * fragment once, before the cost estimate (query-cost.ts) walks them.
 */
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  GraphQLError,
  Kind,
  parse,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type ASTNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/**
 * Tokens in one document, as graphql-js counts them: GraphiQL's introspection query has
 * under 200, our largest client operation about 210. It also bounds how deep brackets can
 * nest, below where the parser's recursion would run out of stack.
 */
export const MAX_TOKENS = 1000;
/** Levels of fields, fragments not counted: they add no work of their own. */
export const MAX_DEPTH = 12;
export const MAX_ALIASES = 30;
export const MAX_DIRECTIVES = 50;
/** Fields once fragments are spread; the introspection query IDEs send has about 400. */
export const MAX_SPREAD_FIELDS = 2_000;
/** Validation stops after this many errors (graphql-js's own limit, 100 by default). */
export const MAX_VALIDATION_ERRORS = 10;
/**
 * Bytes in one request body, and characters in one document: our largest operation is
 * under 2 KB. Past these, reading the request would cost more than refusing it does; a
 * document's block strings alone cost the lexer about 0.1 ms a kilobyte.
 */
export const MAX_BODY_BYTES = 64 * 1024;
export const MAX_DOCUMENT_LENGTH = 16 * 1024;
/** Levels of lists and objects a body's JSON may nest, checked before it is parsed. */
export const MAX_BODY_DEPTH = 64;
/** Characters in one string sent as a variable; a long Cypher query fits. */
export const MAX_STRING_LENGTH = 20_000;
/** Levels of lists and objects in a variable's value (a researcher's Cypher parameters among them). */
export const MAX_VARIABLE_DEPTH = 20;

/**
 * graphql-armor throws its refusals, as "Syntax Error"s; reported instead, they become
 * validation errors, which Apollo answers with 400 and GRAPHQL_VALIDATION_FAILED beside any
 * other problem the document has.
 */
const report = (context: ValidationContext | null, error: GraphQLError) =>
  context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, '')));

const reported = () => ({ propagateOnRejection: false, onReject: [report], exposeLimits: true });

/** Neither mutations nor subscriptions exist here; graphql-js would only find out while executing. */
const offeredOperations: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (!context.getSchema().getRootType(node.operation)) {
      context.reportError(
        new GraphQLError(`This API answers queries only: ${node.operation} operations are not supported.`, {
          nodes: [node],
        }),
      );
    }
  },
});

/** Lists and objects written in the document nest as deep as its brackets allow. */
const boundedValues: ValidationRule = (context) => {
  let depth = 0;
  let reported = false;
  const nest = {
    enter(node: ASTNode) {
      depth += 1;
      if (depth > MAX_VARIABLE_DEPTH && !reported) {
        reported = true;
        context.reportError(
          new GraphQLError(
            `An argument nests lists and objects more than ${MAX_VARIABLE_DEPTH} levels deep.`,
            { nodes: [node] },
          ),
        );
      }
    },
    leave() {
      depth -= 1;
    },
  };
  return { ListValue: nest, ObjectValue: nest };
};

/**
 * Counts the fields an operation selects once every fragment is spread, each fragment
 * counted once and remembered: a chain of fragments that each spread the next twice is
 * refused in time proportional to its own length, not to the 2^n fields it describes.
 * The cost estimate walks the spread fields one by one, so it runs only below this bound.
 */
const boundedSpread: ValidationRule = (context) => {
  const perFragment = new Map<string, number>();
  const count = (set: SelectionSetNode | undefined, visiting: Set<string>): number => {
    let fields = 0;
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) fields += 1 + count(selection.selectionSet, visiting);
      else if (selection.kind === Kind.INLINE_FRAGMENT) fields += count(selection.selectionSet, visiting);
      else {
        const name = selection.name.value;
        let known = perFragment.get(name);
        // A cycle adds nothing here; graphql-js's own rule refuses it.
        if (known === undefined && !visiting.has(name)) {
          visiting.add(name);
          known = count(context.getFragment(name)?.selectionSet, visiting);
          visiting.delete(name);
          perFragment.set(name, known);
        }
        fields += known ?? 0;
      }
    }
    return fields;
  };
  return {
    OperationDefinition(node) {
      const fields = count(node.selectionSet, new Set());
      if (fields > MAX_SPREAD_FIELDS) {
        const many = fields > 1e9 ? 'more than a billion' : String(fields);
        context.reportError(
          new GraphQLError(
            `The query selects ${many} fields once its fragments are spread; at most ${MAX_SPREAD_FIELDS} are allowed.`,
            { nodes: [node] },
          ),
        );
      }
    },
  };
};

export const validationRules: ValidationRule[] = [
  offeredOperations,
  boundedValues,
  boundedSpread,
  // `__schema` is left to the cost estimate, which prices introspection's lists by the
  // schema's own sizes: a depth limit would refuse the introspection query IDEs send.
  maxDepthRule({ n: MAX_DEPTH, flattenFragments: true, ignoreIntrospection: true, ...reported() }),
  // `__typename` is counted too: armor would let any number of aliases of it through.
  maxAliasesRule({ n: MAX_ALIASES, allowList: [], ...reported() }),
  maxDirectivesRule({ n: MAX_DIRECTIVES, ...reported() }),
];

/**
 * What is wrong with a request's variables, if anything: a string over MAX_STRING_LENGTH or
 * nesting deeper than MAX_VARIABLE_DEPTH. Walked with a stack of its own, so no value is too
 * deep to be looked at (code that recursed would overflow first).
 */
export function variablesProblem(variables: Record<string, unknown> | undefined): string | undefined {
  const pending: { value: unknown; path: string; depth: number }[] = Object.entries(variables ?? {}).map(
    ([name, value]) => ({ value, path: `$${name}`, depth: 0 }),
  );
  for (let item = pending.pop(); item; item = pending.pop()) {
    const { value, path, depth } = item;
    if (typeof value === 'string' && value.length > MAX_STRING_LENGTH)
      return `Variable ${path} is a string of ${value.length} characters; at most ${MAX_STRING_LENGTH} are allowed.`;
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_VARIABLE_DEPTH)
      return `Variable ${path} nests lists and objects more than ${MAX_VARIABLE_DEPTH} levels deep.`;
    for (const [key, inner] of Object.entries(value))
      pending.push({
        value: inner,
        path: Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}`,
        depth: depth + 1,
      });
  }
  return undefined;
}

/** For Apollo's `parseOptions`: parsing stops at the limit, whatever the document's size. */
export const parseOptions = { maxTokens: MAX_TOKENS };

/** Documents remembered as within the limits, and the longest one remembered. */
const REMEMBERED = 1_000;
const REMEMBERED_LENGTH = 4_096;

/**
 * The limits, checked on a document's text before Apollo sees it (graphql-http.ts): the
 * first limit broken refuses the document, before graphql-js's own rules, which on such
 * documents cost far more (hundreds of repeated fields compared pair by pair, fragment
 * chains walked), have run at all. Apollo still applies the same rules with its own (they
 * cost little on a document within them), so nothing depends on this check alone. Documents
 * that pass are remembered, so an operation sent again is not parsed twice; one that does
 * not parse is left to Apollo, which says why.
 */
export function documentChecker(schema: GraphQLSchema): (query: string) => GraphQLError | undefined {
  const passed = new Set<string>();
  return (query) => {
    if (passed.has(query)) return undefined;
    let document: DocumentNode;
    try {
      document = parse(query, parseOptions);
    } catch {
      return undefined;
    }
    const [broken] = validate(schema, document, validationRules, { maxErrors: 1 });
    if (broken) return broken;
    if (query.length <= REMEMBERED_LENGTH) {
      if (passed.size >= REMEMBERED) passed.delete(passed.values().next().value!);
      passed.add(query);
    }
    return undefined;
  };
}
