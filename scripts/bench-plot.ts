/**
 * The scale bench's figure: p50 against graph size, one panel per operation, a line per
 * path named at its end, drawn by Observable Plot as standalone SVG (jsdom stands in for
 * the browser's document).
 */
import * as Plot from '@observablehq/plot';
import { JSDOM } from 'jsdom';

export interface ScalePoint {
  operation: string;
  path: string;
  nodes: number;
  p50: number;
}

export function scalePlot(points: ScalePoint[]): string {
  const { document } = new JSDOM('').window;
  const operations = [...new Set(points.map((p) => p.operation))];
  // Two panels a row, each point placed in its operation's panel.
  const column = (p: ScalePoint) => operations.indexOf(p.operation) % 2;
  const row = (p: ScalePoint) => Math.floor(operations.indexOf(p.operation) / 2);
  const titles = operations.map((operation, k) => ({ operation, column: k % 2, row: Math.floor(k / 2) }));
  const svg = Plot.plot({
    document,
    width: 960,
    height: 170 * Math.ceil(operations.length / 2) + 50,
    marginLeft: 50,
    marginRight: 90,
    style: { fontFamily: 'sans-serif', fontSize: '11px', background: 'white' },
    fx: { axis: null },
    fy: { axis: null },
    x: { type: 'log', label: 'nodes in the graph →', grid: true },
    // Log scales both ways: operations differ tenfold in time, and scales a hundredfold.
    y: { type: 'log', label: '↑ p50 ms at concurrency 1', grid: true },
    color: { scheme: 'tableau10' },
    marks: [
      Plot.frame({ stroke: '#ccc' }),
      Plot.text(titles, {
        fx: 'column',
        fy: 'row',
        text: 'operation',
        frameAnchor: 'top-left',
        dx: 6,
        dy: 6,
        fontWeight: 'bold',
      }),
      Plot.line(points, { x: 'nodes', y: 'p50', stroke: 'path', fx: column, fy: row, marker: 'circle' }),
      Plot.text(
        points,
        Plot.selectLast({
          x: 'nodes',
          y: 'p50',
          z: 'path',
          fx: column,
          fy: row,
          text: 'path',
          fill: 'path',
          textAnchor: 'start',
          dx: 6,
        }),
      ),
    ],
  });
  // Plot returns the <svg> itself when there is no legend; a file needs its namespace.
  return svg.outerHTML.replace(/^<svg/, '<svg xmlns="http://www.w3.org/2000/svg"');
}
