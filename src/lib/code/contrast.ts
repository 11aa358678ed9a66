/** WCAG 2.x contrast, and nudging a colour until it meets a ratio. */

/** [r, g, b] in 0-255. */
export type Rgb = [number, number, number];

/** Parses #rgb, #rrggbb or #rrggbbaa (alpha is dropped: callers blend first). */
export function parseHex(hex: string): Rgb | undefined {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(hex.trim());
  if (!match?.[1]) return undefined;
  let digits = match[1];
  if (digits.length === 3) digits = [...digits].map((d) => d + d).join('');
  return [0, 2, 4].map((i) => Number.parseInt(digits.slice(i, i + 2), 16)) as Rgb;
}

/** Lower-case #rrggbb. */
export function toHex([r, g, b]: Rgb): string {
  return `#${[r, g, b]
    .map((v) =>
      Math.round(Math.min(255, Math.max(0, v)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** Blends #rrggbbaa over a background, giving the colour the eye sees. */
export function flatten(hex: string, background: string): string {
  const rgb = parseHex(hex);
  const bg = parseHex(background);
  if (!rgb || !bg) return hex;
  const alphaDigits = /^#[0-9a-f]{6}([0-9a-f]{2})$/i.exec(hex.trim())?.[1];
  if (!alphaDigits) return toHex(rgb);
  const alpha = Number.parseInt(alphaDigits, 16) / 255;
  return toHex(rgb.map((c, i) => c * alpha + (bg[i] ?? 0) * (1 - alpha)) as Rgb);
}

function channel(value: number): number {
  const s = value / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance as WCAG defines it. */
export function luminance([r, g, b]: Rgb): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** Contrast ratio between two colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const la = luminance(parseHex(a) ?? [0, 0, 0]);
  const lb = luminance(parseHex(b) ?? [0, 0, 0]);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * The colour closest to `color` that reaches `ratio` against `background`: mixed step by step
 * towards black on light backgrounds and towards white on dark ones, so the hue is kept.
 */
export function ensureContrast(color: string, background: string, ratio = 4.5): string {
  const rgb = parseHex(color);
  const bg = parseHex(background);
  if (!rgb || !bg) return color;
  if (contrastRatio(toHex(rgb), background) >= ratio) return toHex(rgb);
  const target = luminance(bg) > 0.5 ? 0 : 255;
  for (let step = 1; step <= 100; step++) {
    const mixed = toHex(rgb.map((c) => c + (target - c) * (step / 100)) as Rgb);
    if (contrastRatio(mixed, background) >= ratio) return mixed;
  }
  return target === 0 ? '#000000' : '#ffffff';
}
