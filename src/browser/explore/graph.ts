import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import type { NeighbourhoodQuery } from '../../client/generated/graphql.ts';

export type Subgraph = NonNullable<NeighbourhoodQuery['neighbourhood']>;

// One colour per node type, so a glance tells inspections from people.
const typeColours: Record<string, string> = {
  Authority: '#1f6feb',
  Service: '#4493f8',
  Team: '#2da44e',
  TeamPartnership: '#7ee2a8',
  Person: '#bf8700',
  PostHeld: '#e3b341',
  Organisation: '#8250df',
  Inspection: '#cf222e',
  Judgement: '#fa4549',
  Finding: '#ff8182',
  Statement: '#0a7b83',
  Event: '#bc4c00',
  Observation: '#6e7781',
  Source: '#57606a',
  StatisticalNeighbour: '#a0b4d0',
};

export function createGraph(container: HTMLElement): Core {
  return cytoscape({
    container,
    wheelSensitivity: 0.3,
    style: [
      {
        selector: 'node',
        style: {
          label: 'data(label)',
          'background-color': (node) => typeColours[node.data('type') as string] ?? '#999',
          'font-size': 9,
          'text-wrap': 'ellipsis',
          'text-max-width': '120px',
          'text-valign': 'bottom',
          'text-margin-y': 3,
          width: 18,
          height: 18,
        },
      },
      { selector: 'node.expanded', style: { 'border-width': 3, 'border-color': '#24292f' } },
      { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#fb8500' } },
      {
        selector: 'edge',
        style: {
          width: 1.2,
          'line-color': '#b0b8c1',
          'target-arrow-color': '#b0b8c1',
          'target-arrow-shape': 'triangle',
          'curve-style': 'bezier',
          label: 'data(type)',
          'font-size': 6,
          color: '#57606a',
          'text-rotation': 'autorotate',
        },
      },
      { selector: '.filtered', style: { display: 'none' } },
    ],
  });
}

/**
 * Adds what is not drawn yet, new nodes starting where the node they came from is, then lays
 * the whole drawing out again from the current positions.
 */
export function addSubgraph(cy: Core, subgraph: Subgraph, around?: string): number {
  const origin = around ? cy.getElementById(around) : undefined;
  const position = origin?.nonempty() ? { ...origin.position() } : undefined;
  const nodes: ElementDefinition[] = subgraph.nodes
    .filter((n) => cy.getElementById(n.id).empty())
    .map((n) => ({ group: 'nodes', data: { ...n }, ...(position ? { position: { ...position } } : {}) }));
  cy.add(nodes);
  // A relationship to a node the limit left out cannot be drawn.
  const drawn = (id: string) => cy.getElementById(id).nonempty();
  const edges: ElementDefinition[] = subgraph.relationships
    .filter((r) => !drawn(r.id) && drawn(r.from) && drawn(r.to))
    .map((r) => ({ group: 'edges', data: { id: r.id, type: r.type, source: r.from, target: r.to } }));
  cy.add(edges);
  cy.layout({ name: 'cose', animate: false, randomize: !position, nodeDimensionsIncludeLabels: true }).run();
  return nodes.length;
}

/** Relationship types drawn, alphabetically. */
export const relationshipTypes = (cy: Core): string[] =>
  [...new Set(cy.edges().map((e) => e.data('type') as string))].sort();

/**
 * Hides relationships of the unticked types, and the nodes only they reached; the node the
 * drawing started from always stays.
 */
export function applyKindFilter(cy: Core, shown: ReadonlySet<string>, root: string | undefined): void {
  cy.batch(() => {
    cy.edges().forEach((e) => {
      e.toggleClass('filtered', !shown.has(e.data('type') as string));
    });
    cy.nodes().forEach((n) => {
      const edges = n.connectedEdges();
      const cut = edges.nonempty() && edges.not('.filtered').empty();
      n.toggleClass('filtered', cut && n.id() !== root);
    });
  });
}
