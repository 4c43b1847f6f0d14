import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';

/** Writes a seed folder of its own for a test; ids should carry a prefix unique to the test. */
export async function tempSeed(
  files: Record<string, unknown>,
): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'seed-test-'));
  for (const [name, content] of Object.entries(files))
    await writeFile(path.join(dir, name), stringify(content));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
