import type { Core } from 'cytoscape';
import {
  NeighbourhoodDocument,
  NodeDetailsDocument,
  SearchEntitiesDocument,
} from '../../client/generated/graphql.ts';
import { request } from '../api.ts';
import { renderDetails } from './details.ts';
import { kindFilter } from './filters.ts';
import { addSubgraph, applyKindFilter, createGraph, relationshipTypes } from './graph.ts';

declare global {
  interface Window {
    /** The cytoscape instance, for the browser test and for poking at in the console. */
    graphView: Core;
  }
}

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const status = byId<HTMLParagraphElement>('status');
const details = byId<HTMLElement>('details');
const results = byId<HTMLUListElement>('results');

const cy = createGraph(byId('graph'));
window.graphView = cy;
let root: string | undefined;

const filter = kindFilter(byId('kinds'), (shown) => applyKindFilter(cy, shown, root));

/** Runs one step, showing progress and errors in the status line. */
async function step(doing: string, work: () => Promise<string>): Promise<void> {
  status.textContent = doing;
  document.body.dataset.busy = 'true';
  try {
    status.textContent = await work();
  } catch (error) {
    status.textContent = `Failed: ${error instanceof Error ? error.message : String(error)}`;
  } finally {
    delete document.body.dataset.busy;
  }
}

async function showDetails(id: string): Promise<void> {
  const { node } = await request(NodeDetailsDocument, { id });
  if (node) renderDetails(details, node);
}

async function expand(id: string): Promise<string> {
  const [{ neighbourhood }] = await Promise.all([request(NeighbourhoodDocument, { id }), showDetails(id)]);
  if (!neighbourhood) return `No node ${id}.`;
  const added = addSubgraph(cy, neighbourhood, root === id ? undefined : id);
  cy.getElementById(id).addClass('expanded');
  applyKindFilter(cy, filter.render(relationshipTypes(cy)), root);
  const more = neighbourhood.truncated ? ' (more neighbours than shown)' : '';
  return `${added} new nodes around ${id}${more}; ${cy.nodes().length} nodes, ${cy.edges().length} relationships drawn.`;
}

function start(id: string): Promise<void> {
  cy.elements().remove();
  root = id;
  history.replaceState(null, '', `?id=${encodeURIComponent(id)}`);
  return step(`Loading ${id}…`, () => expand(id));
}

async function search(text: string): Promise<string> {
  const { search: hits } = await request(SearchEntitiesDocument, { text });
  results.replaceChildren(
    ...hits.map(({ node }) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset.id = node.id;
      button.textContent = 'label' in node ? node.label : node.id;
      button.title = `${node.__typename} ${node.id}`;
      button.addEventListener('click', () => void start(node.id));
      const item = document.createElement('li');
      const type = document.createElement('span');
      type.className = 'hit-type';
      type.textContent = node.__typename;
      item.append(button, ' ', type);
      return item;
    }),
  );
  return hits.length ? `${hits.length} matches: pick one to draw it.` : `Nothing matches “${text}”.`;
}

byId<HTMLFormElement>('search').addEventListener('submit', (event) => {
  event.preventDefault();
  const text = byId<HTMLInputElement>('search-text').value.trim();
  if (text) void step(`Searching for “${text}”…`, () => search(text));
});

cy.on('tap', 'node', (event) => {
  const id = event.target.id() as string;
  void step(`Expanding ${id}…`, () => expand(id));
});

const initial = new URLSearchParams(location.search).get('id');
if (initial) void start(initial);
