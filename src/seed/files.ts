import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { SeedValidationError, type SeedFile } from './plan.ts';

/** Reads every `*.yaml` file of a folder; YAML syntax errors are reported with their line. */
export function readSeedFiles(dir: string): SeedFile[] {
  const problems: string[] = [];
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .flatMap((name) => {
      try {
        return [{ name, content: parse(readFileSync(path.join(dir, name), 'utf8')) as unknown }];
      } catch (error) {
        problems.push(`${name}: ${(error as Error).message.split('\n')[0]}`);
        return [];
      }
    });
  if (problems.length > 0) throw new SeedValidationError(problems);
  return files;
}
