import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';

/** One record of a data file with the file line it starts on, for citations and problems. */
export interface CsvRow {
  line: number;
  cells: string[];
}

/** A record read under a header: cells by column name, short rows padded with ''. */
export interface Row {
  line: number;
  get(column: string): string;
}

/**
 * Reads every record of a CSV file. Line numbers come from byte offsets rather than
 * the parser's line counter, which drifts after quoted fields that span lines.
 */
export function readCsv(dataDir: string, file: string): CsvRow[] {
  const buffer = readFileSync(path.join(dataDir, file));
  const records = parse(buffer, {
    bom: true,
    info: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
  }) as unknown as { record: string[]; info: { bytes: number } }[];
  let start = buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? 3 : 0;
  let line = 1;
  const rows: CsvRow[] = [];
  for (const { record, info } of records) {
    const first = line;
    for (let i = start; i < info.bytes; i++) if (buffer[i] === 0x0a) line++;
    start = info.bytes;
    if (record.some((cell) => cell.trim() !== '')) rows.push({ line: first, cells: record });
  }
  return rows;
}

/**
 * The records under the header found on `headerLine`, up to `untilLine` (exclusive) when
 * a file holds a second table further down.
 */
export function table(rows: CsvRow[], headerLine: number, untilLine = Infinity): Row[] {
  const header = rows.find((r) => r.line === headerLine);
  if (!header) throw new Error(`no header on line ${headerLine}`);
  const index = new Map(header.cells.map((name, i) => [name.trim(), i]));
  return rows
    .filter((r) => r.line > headerLine && r.line < untilLine)
    .map((r) => ({
      line: r.line,
      get(column: string) {
        const i = index.get(column);
        if (i === undefined) throw new Error(`no column "${column}" on line ${headerLine}`);
        return (r.cells[i] ?? '').trim();
      },
    }));
}
