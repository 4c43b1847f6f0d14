import { readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fromRoot } from '../paths.ts';

/** The SDL files: the mapping directives at the top of schema/, then a folder per domain. */
export function schemaFiles(): string[] {
  return readdirSync(fromRoot('schema'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.graphql'))
    .map((file) => fromRoot('schema', file))
    .sort((a, b) => (basename(a) < basename(b) ? -1 : 1));
}

// The SDL files are the contract; they ship beside the code rather than inside it, so the
// same folder feeds codegen, the server and anyone reading the API. Files join in the order
// of their names whatever their folder, which keeps the order of types (and of
// introspection) independent of how the domains are arranged.
export function loadTypeDefs(): string {
  return schemaFiles()
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
}
