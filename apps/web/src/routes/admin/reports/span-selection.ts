/** A span of an element's text, in UTF-16 offsets as the API counts them. */
export interface TextSpan {
  start: number;
  end: number;
}

/**
 * Where the current selection lies inside `element`'s text, or null when nothing (or something
 * outside it) is selected. The element must hold the moderated text and nothing else.
 */
export function selectedSpan(element: HTMLElement, selection: Selection | null): TextSpan | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!element.contains(range.startContainer) || !element.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.selectNodeContents(element);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  const end = start + range.toString().length;
  return end > start ? { start, end } : null;
}

/** The span of the first occurrence of `words` in `text` (the keyboard way to choose one), or null. */
export function spanOfWords(text: string, words: string): TextSpan | null {
  const wanted = words.trim();
  if (!wanted) return null;
  const start = text.indexOf(wanted);
  return start < 0 ? null : { start, end: start + wanted.length };
}
