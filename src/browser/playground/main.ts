import cornwallJudgements from './examples/1-cornwall-judgements.graphql';
import apology2009 from './examples/2-apology-2009.graphql';
import shortestPath from './examples/3-shortest-path.graphql';
import type { GraphiQLGlobals } from './globals.ts';

// The UMD builds the page loads before this module put these on window.
const { React, ReactDOM, GraphiQL, GraphiQLPluginExplorer } = window as unknown as GraphiQLGlobals;

function Playground() {
  // Inside a component: the explorer plugin is a hook.
  const explorer = GraphiQLPluginExplorer.explorerPlugin({ showAttribution: false });
  return React.createElement(GraphiQL, {
    fetcher: GraphiQL.createFetcher({ url: '/graphql' }),
    defaultTabs: [cornwallJudgements, apology2009, shortestPath].map((query) => ({ query })),
    plugins: [explorer],
    defaultEditorToolsVisibility: false,
  });
}

const container = document.getElementById('playground');
if (container) ReactDOM.createRoot(container).render(React.createElement(Playground));
