/** A rectangle in pixels of the rendering (the API's MaskRectangle). */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

/** Keeps a rectangle inside the image, whole pixels, at least 1 × 1. */
export function clampRect(rect: Rect, image: Size): Rect {
  const width = Math.max(1, Math.min(Math.round(rect.width), image.width));
  const height = Math.max(1, Math.min(Math.round(rect.height), image.height));
  const x = Math.max(0, Math.min(Math.round(rect.x), image.width - width));
  const y = Math.max(0, Math.min(Math.round(rect.y), image.height - height));
  return { x, y, width, height };
}

/** A new mask in the middle of the image, a fifth of its size: the author then moves it. */
export function centredRect(image: Size): Rect {
  const width = Math.max(1, Math.round(image.width / 5));
  const height = Math.max(1, Math.round(image.height / 5));
  return clampRect({ x: (image.width - width) / 2, y: (image.height - height) / 2, width, height }, image);
}

/** The rectangle spanned by two points (in image pixels), whichever way it was dragged. */
export function rectBetween(a: { x: number; y: number }, b: { x: number; y: number }, image: Size): Rect {
  return clampRect(
    {
      x: Math.min(a.x, b.x),
      y: Math.min(a.y, b.y),
      width: Math.abs(a.x - b.x),
      height: Math.abs(a.y - b.y),
    },
    image,
  );
}

/**
 * Moves (or, with `resize`, grows or shrinks) a mask by arrow key: a step of 1 % of the image, 10 %
 * with `large`. Returns null for any other key.
 */
export function nudge(rect: Rect, key: string, image: Size, resize: boolean, large: boolean): Rect | null {
  const dx = Math.max(1, Math.round((image.width * (large ? 10 : 1)) / 100));
  const dy = Math.max(1, Math.round((image.height * (large ? 10 : 1)) / 100));
  const step: Record<string, [number, number]> = {
    ArrowLeft: [-dx, 0],
    ArrowRight: [dx, 0],
    ArrowUp: [0, -dy],
    ArrowDown: [0, dy],
  };
  const move = step[key];
  if (!move) return null;
  if (resize)
    return clampRect({ ...rect, width: rect.width + move[0], height: rect.height + move[1] }, image);
  return clampRect({ ...rect, x: rect.x + move[0], y: rect.y + move[1] }, image);
}

/** Percentages for absolute positioning over an image shown at any size. */
export function percentStyle(rect: Rect, image: Size): Record<string, string> {
  return {
    left: `${(rect.x / image.width) * 100}%`,
    top: `${(rect.y / image.height) * 100}%`,
    width: `${(rect.width / image.width) * 100}%`,
    height: `${(rect.height / image.height) * 100}%`,
  };
}

export function sameRects(a: readonly Rect[], b: readonly Rect[]): boolean {
  return (
    a.length === b.length &&
    a.every((r, i) => r.x === b[i].x && r.y === b[i].y && r.width === b[i].width && r.height === b[i].height)
  );
}
