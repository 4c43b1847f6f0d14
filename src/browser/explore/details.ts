import type { NodeDetailsQuery } from '../../client/generated/graphql.ts';
import { authorityPath, isAuthorityId } from '../links.ts';

type Details = NonNullable<NodeDetailsQuery['node']>;

// NodeDetails aliases fields whose names clash across types; show them by their own names.
const aliases: Record<string, string> = {
  eventKind: 'kind',
  findingKind: 'kind',
  organisationKind: 'kind',
  statementKind: 'kind',
  personName: 'name',
  sourceTitle: 'title',
};
const shownElsewhere = new Set(['__typename', 'id', 'label', 'supportedBy']);

const words = (name: string) => (aliases[name] ?? name).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

function text(value: unknown): string | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  if (Array.isArray(value)) return value.length ? value.map(text).join('\n') : undefined;
  if (typeof value === 'object') return 'text' in value ? String(value.text) : JSON.stringify(value);
  return String(value);
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, content?: string, className?: string) {
  const el = document.createElement(tag);
  if (content !== undefined) el.textContent = content;
  if (className) el.className = className;
  return el;
}

/** Fills the side panel with every field NodeDetails returned and the citations behind it. */
export function renderDetails(panel: HTMLElement, node: Details): void {
  const heading = element('h2', 'label' in node ? node.label : node.id);
  const type = element('p', `${node.__typename} · ${node.id}`, 'node-type');
  const fields = element('dl');
  for (const [name, value] of Object.entries(node)) {
    const shown = shownElsewhere.has(name) ? undefined : text(value);
    if (shown === undefined) continue;
    fields.append(element('dt', words(name)), element('dd', shown));
  }
  const sources = element('ul', undefined, 'sources');
  for (const citation of 'supportedBy' in node ? node.supportedBy : []) {
    const item = element('li');
    item.dataset.source = citation.source.id;
    item.append(element('strong', citation.source.label));
    const where = [citation.locator, citation.field && `field: ${citation.field}`]
      .filter(Boolean)
      .join(' · ');
    if (where) item.append(element('span', ` — ${where}`));
    sources.append(item);
  }
  if (!sources.childElementCount) sources.append(element('li', 'No citations on this node.'));
  panel.replaceChildren(heading, type);
  if (isAuthorityId(node.id)) {
    // Its record as charts and tables: the page a person looking up their council wants.
    const page = element('a', 'Open its page: judgements, neighbours, posts', 'authority-page');
    page.href = authorityPath(node.id);
    panel.append(element('p'));
    panel.lastElementChild!.append(page);
  }
  panel.append(fields, element('h3', 'Sources'), sources);
}
