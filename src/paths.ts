import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The project's own files (schema/, seed/, pages, browser sources, node_modules/, the local
// Neo4j) are found from its root, whether this runs from src/ under tsx or compiled into
// dist/: tsc copies none of them.
function findProjectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('package.json not found above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
  return dir;
}

const projectRoot = findProjectRoot();
export const fromRoot = (...parts: string[]) => join(projectRoot, ...parts);
