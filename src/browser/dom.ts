/** The few DOM helpers the pages share. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string | null | undefined)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children.filter((c): c is Node | string => c != null));
  return element;
}

export const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** A table from a header row and body rows, the text alternative each chart comes with. */
export function table(
  caption: string,
  head: string[],
  rows: (Node | string)[][],
  attributes: Record<string, string> = {},
): HTMLTableElement {
  return el(
    'table',
    attributes,
    el('caption', {}, caption),
    el('thead', {}, el('tr', {}, ...head.map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, ...rows.map((cells) => el('tr', {}, ...cells.map((c) => el('td', {}, c))))),
  );
}

// Tasks may overlap (a second day chosen before the first has drawn): busy until all end.
let running = 0;

/** Marks the page busy while `work` runs, and says in the status line whether it failed. */
export async function busy(status: HTMLElement, work: () => Promise<void>): Promise<void> {
  running += 1;
  document.body.dataset.busy = 'true';
  try {
    await work();
    status.textContent = '';
  } catch (error) {
    status.textContent = `Failed: ${error instanceof Error ? error.message : String(error)}`;
  } finally {
    if (--running === 0) delete document.body.dataset.busy;
  }
}

/**
 * Wraps a loader so that only the latest call's answer is used: answers can arrive out of
 * order, and a page showing the day asked first under the day asked last would mislead.
 */
export function latestOnly<A extends unknown[], R>(
  load: (...args: A) => Promise<R>,
): (...args: A) => Promise<R | undefined> {
  let calls = 0;
  return async (...args) => {
    const call = ++calls;
    const answer = await load(...args);
    return call === calls ? answer : undefined;
  };
}
