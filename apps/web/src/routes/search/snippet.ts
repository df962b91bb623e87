export interface SnippetPart {
  text: string;
  hit: boolean;
}

/**
 * A short window of the case text around the first searched word, with every searched word marked.
 * Matching is by word prefix, ignoring case, as a stemmed full-text search roughly behaves.
 */
export function snippetAround(body: string, query: string, radius = 90): SnippetPart[] {
  const words = query
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter((w) => w.length > 1);
  if (words.length === 0) return [{ text: body.slice(0, radius * 2), hit: false }];
  const pattern = new RegExp(
    `(${words.map((w) => w.slice(0, Math.max(3, w.length - 2))).join('|')})[\\p{L}\\p{N}]*`,
    'giu',
  );
  const first = body.search(pattern);
  const start = first < 0 ? 0 : Math.max(0, first - radius);
  const end = Math.min(body.length, (first < 0 ? 0 : first) + radius);
  const window = body.slice(start, end);
  const parts: SnippetPart[] = [];
  if (start > 0) parts.push({ text: '…', hit: false });
  let at = 0;
  for (const match of window.matchAll(pattern)) {
    const index = match.index ?? 0;
    if (index > at) parts.push({ text: window.slice(at, index), hit: false });
    parts.push({ text: match[0], hit: true });
    at = index + match[0].length;
  }
  if (at < window.length) parts.push({ text: window.slice(at), hit: false });
  if (end < body.length) parts.push({ text: '…', hit: false });
  return parts;
}
