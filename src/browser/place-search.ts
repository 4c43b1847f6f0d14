/**
 * The search box both pages carry: a postcode finds who runs children's services there, and
 * anything else is looked up as a name.
 */
import { PlaceOfPostcodeDocument, SearchAuthoritiesDocument } from '../client/generated/graphql.ts';
import type { PlaceOfPostcodeQuery } from '../client/generated/graphql.ts';
import { request } from './api.ts';
import { el, latestOnly } from './dom.ts';
import { authorityPath } from './links.ts';

// Shaped like a postcode (the API checks it properly); anything else is a name.
const POSTCODE = /^\s*(?:[A-Za-z]{1,2}[0-9][A-Za-z0-9]?|GIR)\s*[0-9][A-Za-z]{2}\s*$/;

export type Place = NonNullable<PlaceOfPostcodeQuery['authorityForPostcode']>;

const link = (a: { id: string; name: string }) => el('a', { href: authorityPath(a.id) }, a.name);

/** Wires a form with an input and an output list; `found` hears of each postcode found. */
export function placeSearch(form: HTMLFormElement, out: HTMLElement, found?: (place: Place) => void): void {
  const input = form.querySelector('input')!;
  const ask = latestOnly(lookUp);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    out.replaceChildren(el('li', {}, 'Looking…'));
    void ask(text).then((answer) => {
      if (!answer) return;
      out.replaceChildren(...answer.items);
      if (answer.place) found?.(answer.place);
    });
  });
}

const runnerOf = (place: Place) =>
  place.authority
    ? link(place.authority)
    : place.candidates.length
      ? el('span', {}, 'one of ', ...place.candidates.flatMap((c, k) => [k ? ', ' : '', link(c)]))
      : el('span', {}, 'no authority in the data for that day');

/** What the list shows for the text, and the place when it was a postcode. */
async function lookUp(text: string): Promise<{ items: HTMLElement[]; place?: Place }> {
  try {
    if (POSTCODE.test(text)) {
      // A refused postcode comes back as an error, which request() throws with the API's words.
      const place = (await request(PlaceOfPostcodeDocument, { postcode: text })).authorityForPostcode!;
      const item = el(
        'li',
        { 'data-postcode': place.postcode },
        `${place.postcode} is in ${place.district.name}; children's services: `,
        runnerOf(place),
      );
      return { items: [item], place };
    }
    const { search } = await request(SearchAuthoritiesDocument, { text });
    return {
      items: search.length
        ? search.map(({ node }) =>
            el('li', {}, link({ id: node.id, name: 'label' in node ? node.label : node.id })),
          )
        : [el('li', {}, `No authority matches "${text}".`)],
    };
  } catch (error) {
    return { items: [el('li', { class: 'error' }, error instanceof Error ? error.message : String(error))] };
  }
}
