import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, getNamedType, isObjectType } from 'graphql';
import type { Database } from '../data/database.ts';
import { writeSeed, type SeedSummary } from '../data/seed-writer.ts';
import { loadTypeDefs } from '../schema.ts';
import { readSeedFiles } from './files.ts';
import { planSeed, type SeedPlan } from './plan.ts';

export const DEFAULT_SEED_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../seed');

/** Reads and validates the seed folder; throws SeedValidationError naming every problem. */
export function planSeedFolder(dir = DEFAULT_SEED_DIR): SeedPlan {
  return planSeed(readSeedFiles(dir), buildSchema(loadTypeDefs()));
}

/** Names of every field, on any type, that holds a PartialDate or DateSpan. */
function dateFieldNames(): Set<string> {
  const names = new Set<string>();
  for (const type of Object.values(buildSchema(loadTypeDefs()).getTypeMap())) {
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      if (['PartialDate', 'DateSpan'].includes(getNamedType(field.type).name)) names.add(field.name);
    }
  }
  return names;
}

/** Validates the whole seed, then writes it in one transaction. */
export async function loadSeed(
  db: Database,
  dir = DEFAULT_SEED_DIR,
): Promise<SeedSummary & { entries: number }> {
  const plan = planSeedFolder(dir);
  const summary = await writeSeed(db, plan, dateFieldNames());
  return { ...summary, entries: plan.nodes.length };
}
