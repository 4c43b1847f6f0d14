import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';

type SeedFiles = Record<string, unknown>;

async function write(dir: string, files: SeedFiles): Promise<void> {
  for (const [name, content] of Object.entries(files))
    await writeFile(path.join(dir, name), stringify(content));
}

/**
 * Writes a seed folder of its own for a test; ids should carry a prefix unique to the test.
 * `replace` gives the same folder new files, as an edit of the seed would, so a later load
 * is of the same seed set.
 */
export async function tempSeed(files: SeedFiles): Promise<{
  dir: string;
  replace: (files: SeedFiles) => Promise<void>;
  remove: () => Promise<void>;
}> {
  const dir = await mkdtemp(path.join(tmpdir(), 'seed-test-'));
  await write(dir, files);
  return {
    dir,
    replace: async (next) => {
      for (const name of await readdir(dir)) await rm(path.join(dir, name), { recursive: true, force: true });
      await write(dir, next);
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
