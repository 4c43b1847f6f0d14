import { expect } from 'vitest';
import type { TestApi } from './api.ts';

export interface GraphQLBody<T> {
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** Sends a query and returns the whole body, errors included. */
export async function send<T>(
  api: TestApi,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphQLBody<T>> {
  return (await (await api.post({ query, variables })).json()) as GraphQLBody<T>;
}

/** Sends a query that must succeed and returns its data. */
export async function data<T>(api: TestApi, query: string, variables?: Record<string, unknown>): Promise<T> {
  const body = await send<T>(api, query, variables);
  expect(body.errors).toBeUndefined();
  return body.data as T;
}
