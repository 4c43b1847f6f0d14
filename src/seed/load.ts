import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { buildSchema, getNamedType, isObjectType } from 'graphql';
import type { Database } from '../data/database.ts';
import { writeSeed, type SeedSummary } from '../data/seed-writer.ts';
import { buildImport, type ImportProblem } from '../import/index.ts';
import { fromRoot } from '../paths.ts';
import { loadTypeDefs } from '../schema.ts';
import { readSeedFiles } from './files.ts';
import { mergeSeedFiles } from './merge.ts';
import { planSeed, SeedValidationError, type SeedPlan } from './plan.ts';

export const DEFAULT_SEED_DIR = fromRoot('seed');

export interface LoadOptions {
  /** Load the good rows of data files that have bad ones, instead of refusing everything. */
  skipBadRows?: boolean;
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

export type LoadSummary = SeedSummary & Omit<SeedReading, 'plan'> & { entries: number };

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

/** Validates the whole seed folder, then writes it in one transaction. */
export async function loadSeed(
  db: Database,
  dir = DEFAULT_SEED_DIR,
  options: LoadOptions = {},
): Promise<LoadSummary> {
  const { plan, ...reading } = readSeedFolder(dir, options);
  const summary = await writeSeed(db, plan, dateFieldNames(), options.progress);
  return { ...summary, ...reading, entries: plan.nodes.length };
}
