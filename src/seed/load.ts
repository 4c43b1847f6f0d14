import { existsSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { buildSchema, getNamedType, isObjectType } from 'graphql';
import type { Database } from '../graph/database.ts';
import { writeSeed, type SeedSummary } from './writer.ts';
import { buildImport, type ImportProblem } from './import/index.ts';
import { fromRoot } from '../paths.ts';
import { loadTypeDefs } from '../graph/schema-files.ts';
import { readSeedFiles } from './files.ts';
import { mergeSeedFiles } from './merge.ts';
import { planSeed, SeedValidationError, type SeedPlan } from './plan.ts';

export const DEFAULT_SEED_DIR = fromRoot('seed');
/** The seed set of the project's own folder; relationships have always carried this name. */
export const DEFAULT_SEED_SET = 'seed';

export interface LoadOptions {
  /** Load the good rows of data files that have bad ones, instead of refusing everything. */
  skipBadRows?: boolean;
  /** The seed set to load as; see `seedSetOf` for the one used when this is absent. */
  seedSet?: string;
  /**
   * Write even when the graph already holds what this load would write. A load is skipped
   * by fingerprint, which cannot see what was changed in the graph by hand since.
   */
  force?: boolean;
  /** Receives one line per stage, for a terminal. */
  progress?: (line: string) => void;
}

/** What reading the seed folder found: the plan, and what the data files held. */
export interface SeedReading {
  plan: SeedPlan;
  rowsRead: number;
  skipped: ImportProblem[];
  rejected: ImportProblem[];
}

export type LoadSummary = SeedSummary &
  Omit<SeedReading, 'plan'> & { entries: number; seedSet: string; pruned: boolean };

/**
 * The seed set a load of `dir` belongs to. A load deletes the nodes of its own set that it
 * no longer has, so the set must name one folder's content and nothing else: the default
 * folder is `seed`; any other folder, unless a set is named, is a set of its own named by
 * its real path, so loading it can never delete the project's nodes. A moved folder thus
 * starts a new set, and the nodes of the old one stay until removed by hand (or the folder
 * is loaded under the old name).
 */
export function seedSetOf(dir: string, named?: string): string {
  if (named !== undefined) {
    if (named.trim() === '') throw new SeedValidationError(['The seed set name is empty.']);
    return named;
  }
  const real = realpathSync(dir);
  return real === realpathSync(DEFAULT_SEED_DIR) ? DEFAULT_SEED_SET : `folder:${real}`;
}

const where = (p: ImportProblem) => `${p.file}, line ${p.line}: ${p.reason}`;

/**
 * Splits rejected rows into those `known-bad-rows.yaml` accounts for (skipped, with its
 * reason) and the rest, which still count as rejected.
 */
function setAsideKnown(dataDir: string, rejected: ImportProblem[]) {
  const listFile = path.join(dataDir, 'known-bad-rows.yaml');
  const known = existsSync(listFile)
    ? (parse(readFileSync(listFile, 'utf8')) as { file: string; line: number; why: string }[])
    : [];
  const reasonFor = (p: ImportProblem) =>
    known.find((k) => p.line === k.line && p.file.replace(/^data\//, '') === k.file)?.why;
  return {
    skipped: rejected.flatMap((p) => {
      const why = reasonFor(p);
      return why ? [{ ...p, reason: `${p.reason} (a known bad row: ${why})` }] : [];
    }),
    rejected: rejected.filter((p) => !reasonFor(p)),
  };
}

/**
 * Reads and validates the seed folder: its YAML, and the data files in its `data/`
 * folder when there is one, joined by id (see merge.ts). Throws SeedValidationError
 * naming every problem; bad data rows are problems too unless `skipBadRows` is set.
 */
export function readSeedFolder(dir = DEFAULT_SEED_DIR, options: LoadOptions = {}): SeedReading {
  const say = options.progress ?? (() => {});
  const yaml = readSeedFiles(dir);
  const dataDir = path.join(dir, 'data');
  let files = yaml;
  let reading: Omit<SeedReading, 'plan'> = { rowsRead: 0, skipped: [], rejected: [] };
  if (existsSync(dataDir)) {
    const started = Date.now();
    const data = buildImport(dataDir);
    const known = setAsideKnown(dataDir, data.rejected);
    reading = {
      rowsRead: data.rowsRead,
      skipped: [...data.skipped, ...known.skipped],
      rejected: known.rejected,
    };
    say(
      `Read ${data.rowsRead} data rows in ${Date.now() - started} ms: ` +
        `${reading.rejected.length} rejected, ${reading.skipped.length} skipped.`,
    );
    if (reading.rejected.length > 0 && !options.skipBadRows) {
      throw new SeedValidationError([
        ...reading.rejected.map(where),
        'Nothing was written. Fix these rows, or load the good rows only with --skip-bad-rows.',
      ]);
    }
    files = mergeSeedFiles(yaml, data.files);
  }
  const plan = planSeed(files, buildSchema(loadTypeDefs()));
  say(`Planned ${plan.nodes.length} nodes and ${plan.relationships.length} relationships.`);
  return { plan, ...reading };
}

/** Kept for callers that only need the plan. */
export const planSeedFolder = (dir = DEFAULT_SEED_DIR): SeedPlan => readSeedFolder(dir).plan;

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

/**
 * Validates the whole seed folder, then writes it in one transaction, deleting the nodes
 * of its seed set that it no longer has. A load refused by validation writes nothing and
 * deletes nothing; so does one the graph already holds, unless `force` is set.
 */
export async function loadSeed(
  db: Database,
  dir = DEFAULT_SEED_DIR,
  options: LoadOptions = {},
): Promise<LoadSummary> {
  const seedSet = seedSetOf(dir, options.seedSet);
  return writeReading(db, readSeedFolder(dir, options), seedSet, options.progress, options.force);
}

/**
 * Writes what `readSeedFolder` found as `seedSet`. When rows were rejected (and skipped),
 * the plan lacks their entries, which may well still exist: nothing is pruned then, since
 * telling those apart from entries really gone is not possible.
 */
export async function writeReading(
  db: Database,
  { plan, ...reading }: SeedReading,
  seedSet: string,
  progress?: (line: string) => void,
  force = false,
): Promise<LoadSummary> {
  const prune = reading.rejected.length === 0;
  if (!prune)
    progress?.(
      `Keeping nodes this load no longer has: ${reading.rejected.length} rejected rows may have made them.`,
    );
  const summary = await writeSeed(db, plan, dateFieldNames(), { seedSet, prune, force, progress });
  return { ...summary, ...reading, entries: plan.nodes.length, seedSet, pruned: prune };
}
