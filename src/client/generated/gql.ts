/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query AuthoritiesPage($filter: AuthorityFilter, $first: PositiveInt, $after: String) {\n  authorities(filter: $filter, first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        id\n        name\n        kind\n        region {\n          name\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.AuthoritiesPageDocument,
    "query AuthorityJudgementHistory($id: ID!, $overallOnly: Boolean) {\n  authority(id: $id) {\n    id\n    name\n    judgementHistory(filter: {overall: $overallOnly}) {\n      id\n      areaKey\n      grade\n      gradeLabel\n      inspection {\n        id\n        framework\n        published {\n          text\n        }\n      }\n      supportedBy {\n        locator\n        source {\n          id\n          label\n        }\n      }\n    }\n  }\n}": typeof types.AuthorityJudgementHistoryDocument,
    "query CypherQuery($query: String!, $params: JSON, $limit: PositiveInt! = 1000) {\n  cypher(query: $query, params: $params, limit: $limit) {\n    columns\n    rows\n    truncated\n  }\n}": typeof types.CypherQueryDocument,
    "query DatabaseInfo {\n  database {\n    version\n    edition\n    nodeCount\n    relationshipCount\n  }\n}": typeof types.DatabaseInfoDocument,
    "query NodeById($id: ID!) {\n  node(id: $id) {\n    __typename\n    id\n    ... on Sourced {\n      label\n      notes\n      supportedBy {\n        locator\n        field\n        source {\n          id\n        }\n      }\n    }\n  }\n}": typeof types.NodeByIdDocument,
    "query PersonProfile($id: ID!) {\n  person(id: $id) {\n    id\n    name\n    posts {\n      title\n      interim\n      from {\n        text\n      }\n      to {\n        text\n      }\n      body {\n        id\n        name\n      }\n    }\n    statements(first: 20) {\n      edges {\n        node {\n          id\n          kind\n          quotes\n          date {\n            text\n          }\n        }\n      }\n    }\n  }\n}": typeof types.PersonProfileDocument,
    "query StatementDetail($id: ID!) {\n  statement(id: $id) {\n    id\n    kind\n    summary\n    quotes\n    date {\n      text\n    }\n    speakers {\n      __typename\n      id\n      label\n    }\n    onBehalfOf {\n      id\n    }\n    about {\n      id\n    }\n    supportedBy {\n      locator\n      source {\n        id\n      }\n    }\n  }\n}": typeof types.StatementDetailDocument,
};
const documents: Documents = {
    "query AuthoritiesPage($filter: AuthorityFilter, $first: PositiveInt, $after: String) {\n  authorities(filter: $filter, first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        id\n        name\n        kind\n        region {\n          name\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.AuthoritiesPageDocument,
    "query AuthorityJudgementHistory($id: ID!, $overallOnly: Boolean) {\n  authority(id: $id) {\n    id\n    name\n    judgementHistory(filter: {overall: $overallOnly}) {\n      id\n      areaKey\n      grade\n      gradeLabel\n      inspection {\n        id\n        framework\n        published {\n          text\n        }\n      }\n      supportedBy {\n        locator\n        source {\n          id\n          label\n        }\n      }\n    }\n  }\n}": types.AuthorityJudgementHistoryDocument,
    "query CypherQuery($query: String!, $params: JSON, $limit: PositiveInt! = 1000) {\n  cypher(query: $query, params: $params, limit: $limit) {\n    columns\n    rows\n    truncated\n  }\n}": types.CypherQueryDocument,
    "query DatabaseInfo {\n  database {\n    version\n    edition\n    nodeCount\n    relationshipCount\n  }\n}": types.DatabaseInfoDocument,
    "query NodeById($id: ID!) {\n  node(id: $id) {\n    __typename\n    id\n    ... on Sourced {\n      label\n      notes\n      supportedBy {\n        locator\n        field\n        source {\n          id\n        }\n      }\n    }\n  }\n}": types.NodeByIdDocument,
    "query PersonProfile($id: ID!) {\n  person(id: $id) {\n    id\n    name\n    posts {\n      title\n      interim\n      from {\n        text\n      }\n      to {\n        text\n      }\n      body {\n        id\n        name\n      }\n    }\n    statements(first: 20) {\n      edges {\n        node {\n          id\n          kind\n          quotes\n          date {\n            text\n          }\n        }\n      }\n    }\n  }\n}": types.PersonProfileDocument,
    "query StatementDetail($id: ID!) {\n  statement(id: $id) {\n    id\n    kind\n    summary\n    quotes\n    date {\n      text\n    }\n    speakers {\n      __typename\n      id\n      label\n    }\n    onBehalfOf {\n      id\n    }\n    about {\n      id\n    }\n    supportedBy {\n      locator\n      source {\n        id\n      }\n    }\n  }\n}": types.StatementDetailDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthoritiesPage($filter: AuthorityFilter, $first: PositiveInt, $after: String) {\n  authorities(filter: $filter, first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        id\n        name\n        kind\n        region {\n          name\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): (typeof documents)["query AuthoritiesPage($filter: AuthorityFilter, $first: PositiveInt, $after: String) {\n  authorities(filter: $filter, first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        id\n        name\n        kind\n        region {\n          name\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthorityJudgementHistory($id: ID!, $overallOnly: Boolean) {\n  authority(id: $id) {\n    id\n    name\n    judgementHistory(filter: {overall: $overallOnly}) {\n      id\n      areaKey\n      grade\n      gradeLabel\n      inspection {\n        id\n        framework\n        published {\n          text\n        }\n      }\n      supportedBy {\n        locator\n        source {\n          id\n          label\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query AuthorityJudgementHistory($id: ID!, $overallOnly: Boolean) {\n  authority(id: $id) {\n    id\n    name\n    judgementHistory(filter: {overall: $overallOnly}) {\n      id\n      areaKey\n      grade\n      gradeLabel\n      inspection {\n        id\n        framework\n        published {\n          text\n        }\n      }\n      supportedBy {\n        locator\n        source {\n          id\n          label\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CypherQuery($query: String!, $params: JSON, $limit: PositiveInt! = 1000) {\n  cypher(query: $query, params: $params, limit: $limit) {\n    columns\n    rows\n    truncated\n  }\n}"): (typeof documents)["query CypherQuery($query: String!, $params: JSON, $limit: PositiveInt! = 1000) {\n  cypher(query: $query, params: $params, limit: $limit) {\n    columns\n    rows\n    truncated\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DatabaseInfo {\n  database {\n    version\n    edition\n    nodeCount\n    relationshipCount\n  }\n}"): (typeof documents)["query DatabaseInfo {\n  database {\n    version\n    edition\n    nodeCount\n    relationshipCount\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NodeById($id: ID!) {\n  node(id: $id) {\n    __typename\n    id\n    ... on Sourced {\n      label\n      notes\n      supportedBy {\n        locator\n        field\n        source {\n          id\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query NodeById($id: ID!) {\n  node(id: $id) {\n    __typename\n    id\n    ... on Sourced {\n      label\n      notes\n      supportedBy {\n        locator\n        field\n        source {\n          id\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PersonProfile($id: ID!) {\n  person(id: $id) {\n    id\n    name\n    posts {\n      title\n      interim\n      from {\n        text\n      }\n      to {\n        text\n      }\n      body {\n        id\n        name\n      }\n    }\n    statements(first: 20) {\n      edges {\n        node {\n          id\n          kind\n          quotes\n          date {\n            text\n          }\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query PersonProfile($id: ID!) {\n  person(id: $id) {\n    id\n    name\n    posts {\n      title\n      interim\n      from {\n        text\n      }\n      to {\n        text\n      }\n      body {\n        id\n        name\n      }\n    }\n    statements(first: 20) {\n      edges {\n        node {\n          id\n          kind\n          quotes\n          date {\n            text\n          }\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StatementDetail($id: ID!) {\n  statement(id: $id) {\n    id\n    kind\n    summary\n    quotes\n    date {\n      text\n    }\n    speakers {\n      __typename\n      id\n      label\n    }\n    onBehalfOf {\n      id\n    }\n    about {\n      id\n    }\n    supportedBy {\n      locator\n      source {\n        id\n      }\n    }\n  }\n}"): (typeof documents)["query StatementDetail($id: ID!) {\n  statement(id: $id) {\n    id\n    kind\n    summary\n    quotes\n    date {\n      text\n    }\n    speakers {\n      __typename\n      id\n      label\n    }\n    onBehalfOf {\n      id\n    }\n    about {\n      id\n    }\n    supportedBy {\n      locator\n      source {\n        id\n      }\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;