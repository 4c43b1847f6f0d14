/**
 * Whether any Neo4j label or relationship type is spelled in hand-written TypeScript outside
 * the graph model. A name spelled twice can be renamed once: the model and the data move on
 * and a query somewhere still asks for the old name, answering nothing rather than failing.
 * Until the model is the only speller, this measures how far off that is.
 *
 *   npx tsx scripts/model-spelling.ts [--json] [--check]
 *
 * --json prints the report as JSON; --check exits 1 when anything is spelled, which is how
 * npm test is to run it once no spelling is left. What counts is written beside each rule.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { MODEL } from '../src/graph/graph-model.ts';
import { ENTITY_LABEL, SEED_LOAD_LABEL } from '../src/graph/model.ts';
import { fromRoot } from '../src/paths.ts';

/** The names looked for: every relationship type and label of the model read from the SDL. */
export function modelNames(): { relationshipTypes: string[]; labels: string[] } {
  return {
    relationshipTypes: [...MODEL.relationshipTypes],
    // Besides the node types' own: the label every node carries, and the seed's bookkeeping
    // node's, which is no node type but is still matched by name.
    labels: [...MODEL.nodeTypes.keys(), ENTITY_LABEL, SEED_LOAD_LABEL],
  };
}

// test/ is not scanned: tests spell names on purpose, to check what the graph holds by a
// route that does not trust the model they are checking.
const ROOTS = ['src', 'scripts', 'seed'];
const EXTENSIONS = new Set(['.ts', '.tsx', '.mts', '.cts']);
// Not hand-written: codegen's output (regenerated from the SDL), dependencies, tsc's output.
const SKIPPED_DIRS = new Set(['src/generated', 'src/client/generated']);
const SKIPPED_DIR_NAMES = new Set(['node_modules', 'dist']);

export interface Exclusion {
  path: string;
  /** Only string and template literals given to properties of this name; otherwise the whole file. */
  property?: string;
  reason: string;
}

/**
 * Hand-written files, or parts of them, that may spell names: each is either the model or
 * text that must not follow the model. Kept short, as each entry is a place a rename can
 * miss. Checked and needing no entry, because they spell no name of the model: the bench's
 * Cypher server (it runs bench-operations.ts's queries) and the researcher-Cypher runner and
 * its safety check (src/research/researcher-cypher.ts, cypher-safety.ts), which judge any query.
 */
export const EXCLUSIONS: Exclusion[] = [
  { path: 'src/graph/model.ts', reason: 'the graph model, read from the SDL mapping directives' },
  {
    path: 'scripts/bench-operations.ts',
    reason:
      "the bench floor, the Cypher a hand-written endpoint would send: built from the model, it would share the API's mistakes and agree with it by construction",
  },
  {
    path: 'scripts/client-example.ts',
    property: 'query',
    reason:
      "a researcher's own Cypher for the API's cypher field: what a user types, which no model rewrites",
  },
  {
    path: 'scripts/answers.ts',
    property: 'query',
    reason:
      "a researcher's own Cypher, the cypher.graphql operation's variable (its other Cypher is counted)",
  },
];

/**
 * Relationship types are upper snake case, which nothing else in the code is by accident:
 * any whole word counts, in code, strings and templates alike, comments aside.
 */
type RelationshipContext = 'word';
/**
 * Labels are also the GraphQL type names, which the code rightly spells as identifiers and
 * types, so a label counts only where it reads as Cypher or as a value: after a colon inside
 * a string or template (`(n:Label)`, `${m}:Label`, label expressions `:A|B`), as a whole
 * string literal that is a value ('Label', `Label`; not a literal type such as
 * Pick<Resolvers, 'Label'> nor a quoted property name), or as a Cypher string inside a
 * string or template (`labels(n) WHERE l <> 'Label'`). Values include GraphQL type names
 * compared or looked up as strings: in this schema they are the labels by construction.
 */
type LabelContext = 'cypher' | 'literal';

export interface Place {
  file: string;
  line: number;
  column: number;
  name: string;
  kind: 'relationshipType' | 'label';
  context: RelationshipContext | LabelContext;
}

export interface NameCount {
  name: string;
  places: number;
  files: number;
}

export interface LabelCount extends NameCount {
  cypher: number;
  literal: number;
}

export interface Total {
  places: number;
  files: number;
}

export interface SpellingReport {
  /** Files read, the wholly allow-listed ones included. */
  scannedFiles: number;
  relationshipTypes: NameCount[];
  labels: LabelCount[];
  /** Every spelling outside the allow-list. */
  places: Place[];
  exclusions: (Exclusion & { found: boolean; hidden: number })[];
  totals: { relationshipTypes: Total; labels: Total; all: Total };
}

function tsFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIR_NAMES.has(entry.name) && !SKIPPED_DIRS.has(path)) walk(path);
      } else if (entry.isFile() && EXTENSIONS.has(extname(entry.name))) found.push(path);
    }
  };
  for (const dir of ROOTS) if (existsSync(join(root, dir))) walk(dir);
  return found.sort();
}

const isJsDoc = (node: ts.Node) =>
  node.kind >= ts.SyntaxKind.FirstJSDocNode && node.kind <= ts.SyntaxKind.LastJSDocNode;

/** Where a literal's text lies, quotes, backticks and `${`/`}` left out. */
function literalText(node: ts.Node, source: ts.SourceFile): [number, number] | undefined {
  const start = node.getStart(source);
  switch (node.kind) {
    case ts.SyntaxKind.StringLiteral:
    case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
    case ts.SyntaxKind.TemplateTail:
      return [start + 1, node.end - 1];
    case ts.SyntaxKind.TemplateHead:
    case ts.SyntaxKind.TemplateMiddle:
      return [start + 1, node.end - 2];
  }
  return undefined;
}

/** A string literal that names something rather than being a value. */
function isNamePosition(node: ts.Node): boolean {
  const parent = node.parent;
  if (ts.isLiteralTypeNode(parent)) return true;
  return (
    (ts.isPropertyAssignment(parent) ||
      ts.isPropertySignature(parent) ||
      ts.isPropertyDeclaration(parent) ||
      ts.isMethodDeclaration(parent) ||
      ts.isEnumMember(parent)) &&
    parent.name === node
  );
}

const wordsOf = (names: string[]) =>
  new RegExp(`\\b(?:${[...names].sort((a, b) => b.length - a.length).join('|')})\\b`, 'g');

// A colon, then one name or a label expression of several (`:A|B`, `:A&!B`), each perhaps
// backtick-quoted; names after the first are found within the match.
const LABEL_EXPRESSION = /:!?`?[A-Za-z_]\w*`?(?:[|&]!?`?[A-Za-z_]\w*`?)*(?![\w`])/g;

// A Cypher string inside a TypeScript one (`l <> 'Entity'`), its quotes perhaps escaped.
const QUOTED_NAME = /\\?(['"])([A-Za-z_]\w*)\\?\1/g;

interface Found {
  offset: number;
  name: string;
  kind: Place['kind'];
  context: Place['context'];
}

interface Scanned {
  found: Found[];
  /** The text of each literal given to a property, by the property's name. */
  propertyLiterals: Map<string, [number, number][]>;
  source: ts.SourceFile;
}

function scan(file: string, text: string, relationshipTypes: string[], labels: Set<string>): Scanned {
  const kind = file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const comments = new Map<number, number>();
  const literals: ts.Node[] = [];
  const propertyLiterals = new Map<string, [number, number][]>();
  // Every comment trails the token before it on its line or leads the token after it, so
  // walking tokens (getChildren, not forEachChild, which skips punctuation) finds them all,
  // including any before the end of the file.
  const visit = (node: ts.Node): void => {
    if (isJsDoc(node)) return;
    for (const range of [
      ...(ts.getLeadingCommentRanges(text, node.pos) ?? []),
      ...(ts.getTrailingCommentRanges(text, node.end) ?? []),
    ])
      comments.set(range.pos, range.end);
    if (literalText(node, source)) literals.push(node);
    if (ts.isPropertyAssignment(node) && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name))) {
      const value = node.initializer;
      if (ts.isStringLiteralLike(value) || ts.isTemplateExpression(value)) {
        const name = node.name.text;
        propertyLiterals.set(name, [
          ...(propertyLiterals.get(name) ?? []),
          [value.getStart(source), value.end],
        ]);
      }
    }
    for (const child of node.getChildren(source)) visit(child);
  };
  visit(source);

  // Comments blanked, line breaks kept, so offsets still point into the file.
  const chars = text.split('');
  for (const [start, end] of comments)
    for (let i = start; i < end; i++) if (chars[i] !== '\n') chars[i] = ' ';
  const code = chars.join('');

  const found: Found[] = [];
  for (const match of code.matchAll(wordsOf(relationshipTypes)))
    found.push({ offset: match.index, name: match[0], kind: 'relationshipType', context: 'word' });

  for (const literal of literals) {
    const [start, end] = literalText(literal, source)!;
    const content = text.slice(start, end);
    for (const expression of content.matchAll(LABEL_EXPRESSION))
      for (const name of expression[0].matchAll(/[A-Za-z_]\w*/g))
        if (labels.has(name[0]))
          found.push({
            offset: start + expression.index + name.index,
            name: name[0],
            kind: 'label',
            context: 'cypher',
          });
    for (const quoted of content.matchAll(QUOTED_NAME))
      if (labels.has(quoted[2]!))
        found.push({
          offset: start + quoted.index + quoted[0].indexOf(quoted[2]!),
          name: quoted[2]!,
          kind: 'label',
          context: 'literal',
        });
    if (ts.isStringLiteralLike(literal) && labels.has(literal.text) && !isNamePosition(literal))
      found.push({ offset: start, name: literal.text, kind: 'label', context: 'literal' });
  }
  return { found, propertyLiterals, source };
}

const total = (places: Place[]): Total => ({
  places: places.length,
  files: new Set(places.map((p) => p.file)).size,
});

/** Every spelling of the model's names in the hand-written TypeScript under `root`. */
export function findSpellings(root: string = fromRoot()): SpellingReport {
  const names = modelNames();
  const labels = new Set(names.labels);
  const files = tsFiles(root);
  const places: Place[] = [];
  const hidden = new Map<Exclusion, number>();

  for (const file of files) {
    const { found, propertyLiterals, source } = scan(
      file,
      readFileSync(join(root, file), 'utf8'),
      names.relationshipTypes,
      labels,
    );
    for (const f of found) {
      const excludedBy = EXCLUSIONS.find(
        (e) =>
          e.path === file &&
          (e.property === undefined ||
            (propertyLiterals.get(e.property) ?? []).some(
              ([start, end]) => f.offset >= start && f.offset < end,
            )),
      );
      if (excludedBy) {
        hidden.set(excludedBy, (hidden.get(excludedBy) ?? 0) + 1);
        continue;
      }
      const { line, character } = source.getLineAndCharacterOfPosition(f.offset);
      places.push({
        file,
        line: line + 1,
        column: character + 1,
        name: f.name,
        kind: f.kind,
        context: f.context,
      });
    }
  }

  const of = (name: string, kind: Place['kind']) => places.filter((p) => p.kind === kind && p.name === name);
  const byPlaces = (a: NameCount, b: NameCount) => b.places - a.places || a.name.localeCompare(b.name);
  const relationships = places.filter((p) => p.kind === 'relationshipType');
  const labelPlaces = places.filter((p) => p.kind === 'label');
  return {
    scannedFiles: files.length,
    relationshipTypes: names.relationshipTypes
      .map((name) => ({ name, ...total(of(name, 'relationshipType')) }))
      .sort(byPlaces),
    labels: names.labels
      .map((name) => {
        const spelled = of(name, 'label');
        return {
          name,
          ...total(spelled),
          cypher: spelled.filter((p) => p.context === 'cypher').length,
          literal: spelled.filter((p) => p.context === 'literal').length,
        };
      })
      .sort(byPlaces),
    places,
    exclusions: EXCLUSIONS.map((e) => ({
      ...e,
      found: files.includes(e.path),
      hidden: hidden.get(e) ?? 0,
    })),
    totals: { relationshipTypes: total(relationships), labels: total(labelPlaces), all: total(places) },
  };
}

/** Columns padded to their widest cell; numbers (and their headings) to the right. */
function table(rows: (string | number)[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => String(row[i] ?? '').length)));
  const numeric = rows[0]!.map((_, i) => rows.slice(1).every((row) => typeof row[i] !== 'string'));
  return rows
    .map((row) =>
      row
        .map((cell, i) =>
          numeric[i]
            ? String(cell).padStart(widths[i]!)
            : String(cell).padEnd(i === row.length - 1 ? 0 : widths[i]!),
        )
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

export function formatReport(report: SpellingReport): string {
  const { totals } = report;
  const excludedFiles = report.exclusions.filter((e) => e.found && e.property === undefined).length;
  const byFile = new Map<string, { relationshipTypes: number; labels: number }>();
  for (const p of report.places) {
    const counts = byFile.get(p.file) ?? { relationshipTypes: 0, labels: 0 };
    counts[p.kind === 'label' ? 'labels' : 'relationshipTypes'] += 1;
    byFile.set(p.file, counts);
  }
  const files = [...byFile].sort(
    ([a, x], [b, y]) => y.relationshipTypes + y.labels - x.relationshipTypes - x.labels || a.localeCompare(b),
  );
  return [
    'Neo4j names spelled in hand-written TypeScript outside the graph model',
    `(${report.scannedFiles} files under ${ROOTS.join('/, ')}/, ${excludedFiles} of them wholly allow-listed)`,
    '',
    'Relationship types: any whole word outside comments',
    table([
      ['relationship type', 'places', 'files'],
      ...report.relationshipTypes.map((r) => [r.name, r.places, r.files]),
      [
        `all ${report.relationshipTypes.length}`,
        totals.relationshipTypes.places,
        totals.relationshipTypes.files,
      ],
    ]),
    '',
    "Labels: :Label in a string or template (cypher), or 'Label' as a string value in TypeScript or Cypher (literal)",
    table([
      ['label', 'places', 'cypher', 'literal', 'files'],
      ...report.labels.map((l) => [l.name, l.places, l.cypher, l.literal, l.files]),
      [
        `all ${report.labels.length}`,
        totals.labels.places,
        report.labels.reduce((sum, l) => sum + l.cypher, 0),
        report.labels.reduce((sum, l) => sum + l.literal, 0),
        totals.labels.files,
      ],
    ]),
    '',
    'By file',
    table([
      ['file', 'relationship types', 'labels'],
      ...files.map(([file, c]) => [file, c.relationshipTypes, c.labels]),
    ]),
    '',
    'Allow-list (not counted)',
    table([
      ['path', 'scope', 'hides', 'why'],
      ...report.exclusions.map((e) => [
        e.path,
        e.property === undefined ? 'whole file' : `${e.property}: literals`,
        e.found ? e.hidden : 'no such file',
        e.reason,
      ]),
    ]),
    '',
    `Total: ${totals.relationshipTypes.places} relationship-type spellings in ${totals.relationshipTypes.files} files, ` +
      `${totals.labels.places} label spellings in ${totals.labels.files} files; ` +
      `${totals.all.places} in ${totals.all.files} files.`,
  ].join('\n');
}

function main(args: string[]): void {
  const unknown = args.filter((a) => a !== '--json' && a !== '--check');
  if (unknown.length > 0) {
    console.error(`unknown option ${unknown.join(', ')} (known: --json, --check)`);
    process.exitCode = 2;
    return;
  }
  const report = findSpellings();
  console.log(args.includes('--json') ? JSON.stringify(report, null, 2) : formatReport(report));
  if (args.includes('--check') && report.totals.all.places > 0) {
    console.error(
      `${report.totals.all.places} spellings of labels or relationship types outside the graph model; ` +
        'build them from the model, or allow-list the file in scripts/model-spelling.ts with a reason.',
    );
    process.exitCode = 1;
  }
}

// Run as a script, not when a test imports findSpellings.
if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  main(process.argv.slice(2));
