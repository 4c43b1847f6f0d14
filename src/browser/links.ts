/** Where the pages live, so every page links to the others the same way. */
const PREFIX = 'authority:';

/** A part of an address decoded, or null when its %-escapes are broken. */
export function decoded(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

export const isAuthorityId = (id: string) => id.startsWith(PREFIX);

/** `/authority/cornwall` for `authority:cornwall`. */
export const authorityPath = (id: string) =>
  `/authority/${encodeURIComponent(id.startsWith(PREFIX) ? id.slice(PREFIX.length) : id)}`;

/** The authority id a page path names: `/authority/cornwall` or `/authority/authority:cornwall`. */
export function authorityIdOf(path: string): string | null {
  const match = /^\/authority\/([^/]+)\/?$/.exec(path);
  if (!match) return null;
  const name = decoded(match[1]!);
  if (name === null) return null;
  return name.startsWith(PREFIX) ? name : PREFIX + name;
}

export const explorePath = (id: string) => `/explore?id=${encodeURIComponent(id)}`;
