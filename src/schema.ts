import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The SDL files are the contract; they ship beside the code rather than inside it, so the
// same folder feeds codegen, the server and anyone reading the API.
function findSchemaDir(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (dir !== path.dirname(dir)) {
    const candidate = path.join(dir, 'schema');
    try {
      if (readdirSync(candidate).some((f) => f.endsWith('.graphql'))) return candidate;
    } catch {
      // not here; keep climbing
    }
    dir = path.dirname(dir);
  }
  throw new Error('Could not find the schema/ folder');
}

export function loadTypeDefs(): string {
  const dir = findSchemaDir();
  return readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => readFileSync(path.join(dir, file), 'utf8'))
    .join('\n');
}
