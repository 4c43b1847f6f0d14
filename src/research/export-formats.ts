/**
 * The export formats, each written piece by piece through `out` so no format ever holds
 * more than one node or edge: JSON (for scripts), GraphML (typed keys, for Gephi and
 * NetworkX) and CSV node and edge lists (for pandas and spreadsheets).
 */
import type { Json } from '../graph/cypher-values.ts';
import type { ExportEdge, ExportNode, ExportSink, PropertyKey } from './exports.ts';

export type Write = (text: string) => Promise<void>;

export interface Format {
  contentType: string;
  sink: (out: Write) => ExportSink;
}

function json(out: Write): ExportSink {
  let section: 'nodes' | 'edges' = 'nodes';
  let first = true;
  const item = async (value: unknown) => {
    await out((first ? '' : ',') + JSON.stringify(value));
    first = false;
  };
  const toEdges = async () => {
    if (section === 'edges') return;
    section = 'edges';
    first = true;
    await out('],"edges":[');
  };
  return {
    wants: { keys: false, nodes: true, edges: true },
    begin: () => out('{"nodes":['),
    node: item,
    edge: async (edge) => {
      await toEdges();
      await item(edge);
    },
    end: async () => {
      await toEdges();
      await out(']}\n');
    },
  };
}

/** Lists become `a|b` in the flat formats; maps (none in this graph today) become JSON. */
function flat(value: Json | undefined): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map((item) => flat(item)).join('|');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

// XML 1.0 forbids most control characters outright, escaped or not.
const xml = (text: string) =>
  text
    // eslint-disable-next-line no-control-regex -- these are exactly what must go
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

function graphml(out: Write): ExportSink {
  const data = (key: string, value: Json | undefined) =>
    value === null || value === undefined ? '' : `<data key="${xml(key)}">${xml(flat(value))}</data>`;
  const declare = (id: string, domain: 'node' | 'edge', key: PropertyKey) =>
    `<key id="${xml(id)}" for="${domain}" attr.name="${xml(key.name)}" attr.type="${key.type}"/>\n`;
  return {
    wants: { keys: true, nodes: true, edges: true },
    begin: ({ node, edge }) =>
      out(
        '<?xml version="1.0" encoding="UTF-8"?>\n' +
          '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n' +
          declare('type', 'node', { name: 'type', type: 'string' }) +
          declare('label', 'node', { name: 'label', type: 'string' }) +
          node.map((key) => declare(`node.${key.name}`, 'node', key)).join('') +
          declare('edge.type', 'edge', { name: 'type', type: 'string' }) +
          edge.map((key) => declare(`edge.${key.name}`, 'edge', key)).join('') +
          '<graph id="G" edgedefault="directed">\n',
      ),
    node: (node: ExportNode) =>
      out(
        `<node id="${xml(node.id)}">${data('type', node.type)}${data('label', node.label)}` +
          Object.entries(node.properties)
            .map(([name, value]) => data(`node.${name}`, value))
            .join('') +
          '</node>\n',
      ),
    edge: (edge: ExportEdge) =>
      out(
        `<edge id="${xml(edge.id)}" source="${xml(edge.source)}" target="${xml(edge.target)}">` +
          data('edge.type', edge.type) +
          Object.entries(edge.properties)
            .map(([name, value]) => data(`edge.${name}`, value))
            .join('') +
          '</edge>\n',
      ),
    end: () => out('</graph>\n</graphml>\n'),
  };
}

/** RFC 4180: quote a field holding a comma, quote or line break; double its quotes. */
const field = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
const row = (fields: string[]) => `${fields.map(field).join(',')}\r\n`;

function csv(part: 'nodes' | 'edges') {
  return (out: Write): ExportSink => {
    let columns: string[] = [];
    return {
      wants: { keys: true, nodes: part === 'nodes', edges: part === 'edges' },
      begin: ({ node, edge }) => {
        columns = (part === 'nodes' ? node : edge).map((key) => key.name);
        const fixed = part === 'nodes' ? ['id', 'type', 'label'] : ['id', 'type', 'source', 'target'];
        // A property named like a fixed column (a citation's `source`) gets a distinct header.
        const headers = columns.map((name) => (fixed.includes(name) ? `property.${name}` : name));
        return out(row([...fixed, ...headers]));
      },
      node: (node) =>
        out(row([node.id, node.type, node.label, ...columns.map((c) => flat(node.properties[c]))])),
      edge: (edge) =>
        out(
          row([
            edge.id,
            edge.type,
            edge.source,
            edge.target,
            ...columns.map((c) => flat(edge.properties[c])),
          ]),
        ),
      end: async () => {},
    };
  };
}

export const FORMATS: Record<string, Format> = {
  'graph.json': { contentType: 'application/json; charset=utf-8', sink: json },
  'graph.graphml': { contentType: 'application/graphml+xml; charset=utf-8', sink: graphml },
  'nodes.csv': { contentType: 'text/csv; charset=utf-8; header=present', sink: csv('nodes') },
  'edges.csv': { contentType: 'text/csv; charset=utf-8; header=present', sink: csv('edges') },
};
