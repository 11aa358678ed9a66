/**
 * Code colours without inline styles. Shiki writes `style="--shiki-light:#d73a49;..."` on every
 * token, which a strict Content-Security-Policy refuses; we turn each colour into a class
 * (`l-d73a49`, `d-f97583`) and generate the stylesheet for every colour the themes can produce,
 * nudged where needed so that each one reaches WCAG AA contrast on our code background.
 */
import { contrastRatio, ensureContrast, flatten, parseHex } from './contrast.ts';

/** The colours one Shiki theme can give a token. */
export interface ThemePalette {
  /** Default text colour. */
  foreground: string;
  /** Every foreground colour in the theme's token rules. */
  colors: readonly string[];
}

/** Both palettes and the backgrounds our CSS puts behind code. */
export interface CodeThemeInput {
  light: ThemePalette;
  dark: ThemePalette;
  /** The code block background in each theme. */
  background: { light: string; dark: string };
  /** Every other background text may sit on (highlighted lines); colours must reach 4.5:1 on all. */
  alsoOn?: { light: readonly string[]; dark: readonly string[] };
}

function colorKey(color: string): string | undefined {
  const hex = color.trim().toLowerCase();
  return /^#(?:[0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/.test(hex) ? hex.slice(1) : undefined;
}

/** Classes for a Shiki token style string; unknown declarations are dropped. */
export function tokenClasses(style: string): string[] {
  const classes: string[] = [];
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    const property = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration
      .slice(colon + 1)
      .trim()
      .toLowerCase();
    if (property === '--shiki-light' || property === '--shiki-dark') {
      const key = colorKey(value);
      if (key) classes.push(`${property === '--shiki-light' ? 'l' : 'd'}-${key}`);
    } else if (property === '--shiki-light-font-style') {
      // Both themes we ship agree on styles; the light theme's are used so print matches screen.
      if (value.includes('italic')) classes.push('fi');
      if (value.includes('bold')) classes.push('fb');
      if (value.includes('underline')) classes.push('fu');
    }
  }
  return classes;
}

/** A theme colour as shown: blended over the background, then raised to 4.5:1 on every background. */
export function shownColor(color: string, background: string, alsoOn: readonly string[] = []): string {
  let shown = flatten(color, background);
  // Darkening (or lightening) only ever raises contrast on same-side backgrounds, so one pass
  // per background, in order, leaves the colour readable on all of them.
  for (const surface of [background, ...alsoOn]) shown = ensureContrast(shown, surface, 4.5);
  return shown;
}

/** The stylesheet behind `tokenClasses`, for every colour either theme can produce. */
export function codeThemeCss(input: CodeThemeInput): string {
  const rules: string[] = [];
  const emit = (prefix: 'l' | 'd', palette: ThemePalette, background: string, alsoOn: readonly string[]): void => {
    const seen = new Set<string>();
    for (const color of [palette.foreground, ...palette.colors]) {
      const key = colorKey(color);
      if (!key || seen.has(key) || !parseHex(`#${key}`)) continue;
      seen.add(key);
      rules.push(`.${prefix}-${key}{--${prefix}:${shownColor(`#${key}`, background, alsoOn)}}`);
    }
  };
  const also = input.alsoOn ?? { light: [], dark: [] };
  emit('l', input.light, input.background.light, also.light);
  emit('d', input.dark, input.background.dark, also.dark);
  const lightFg = shownColor(input.light.foreground, input.background.light, also.light);
  const darkFg = shownColor(input.dark.foreground, input.background.dark, also.dark);
  return [
    `.code pre{--l:${lightFg};--d:${darkFg};background:light-dark(${input.background.light},${input.background.dark});color:light-dark(var(--l),var(--d))}`,
    '.code pre span{color:light-dark(var(--l),var(--d))}',
    '.code .fi{font-style:italic}.code .fb{font-weight:700}.code .fu{text-decoration:underline}',
    ...rules,
  ].join('\n');
}

/** The lowest contrast any generated colour reaches, for tests and the bench report. */
export function minimumContrast(input: CodeThemeInput): number {
  let lowest = 21;
  const also = input.alsoOn ?? { light: [], dark: [] };
  for (const [palette, background, others] of [
    [input.light, input.background.light, also.light],
    [input.dark, input.background.dark, also.dark],
  ] as const) {
    for (const color of [palette.foreground, ...palette.colors]) {
      if (!colorKey(color)) continue;
      const shown = shownColor(color, background, others);
      for (const surface of [background, ...others]) lowest = Math.min(lowest, contrastRatio(shown, surface));
    }
  }
  return lowest;
}
