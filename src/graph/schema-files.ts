import { readdirSync, readFileSync } from 'node:fs';
import { fromRoot } from '../paths.ts';

// The SDL files are the contract; they ship beside the code rather than inside it, so the
// same folder feeds codegen, the server and anyone reading the API.
export function loadTypeDefs(): string {
  const dir = fromRoot('schema');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => readFileSync(`${dir}/${file}`, 'utf8'))
    .join('\n');
}
