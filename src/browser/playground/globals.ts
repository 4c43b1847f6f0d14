// Just enough of the UMD globals' shapes for main.ts; the libraries' own types would pull
// React's into this small program for no gain.
type Component = (props: Record<string, unknown>) => unknown;

export interface GraphiQLGlobals {
  React: { createElement: (type: unknown, props?: Record<string, unknown>) => unknown };
  ReactDOM: { createRoot: (element: Element) => { render: (node: unknown) => void } };
  GraphiQL: Component & { createFetcher: (options: { url: string }) => unknown };
  GraphiQLPluginExplorer: { explorerPlugin: (options?: { showAttribution?: boolean }) => unknown };
}
