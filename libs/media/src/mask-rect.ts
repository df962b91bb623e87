/** A rectangle of pixels to fill, in the output image's coordinates (after auto-orientation). */
export interface MaskRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Clips a rectangle to an image; returns undefined when nothing of it is inside. */
export function clipRect(rect: MaskRect, width: number, height: number): MaskRect | undefined {
  const x0 = Math.max(0, Math.floor(rect.x));
  const y0 = Math.max(0, Math.floor(rect.y));
  const x1 = Math.min(width, Math.ceil(rect.x + rect.width));
  const y1 = Math.min(height, Math.ceil(rect.y + rect.height));
  if (x1 <= x0 || y1 <= y0) return undefined;
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** Fills rectangles of an interleaved pixel buffer (any channel count) with one value per sample. */
export function fillRects(
  pixels: { [i: number]: number },
  width: number,
  height: number,
  channels: number,
  rects: readonly MaskRect[],
  value: number,
): void {
  for (const r of rects) {
    const c = clipRect(r, width, height);
    if (c === undefined) continue;
    for (let y = c.y; y < c.y + c.height; y++) {
      const row = (y * width + c.x) * channels;
      for (let i = 0; i < c.width * channels; i++) pixels[row + i] = value;
    }
  }
}
