/**
 * quizdown's colour options (primaryColor, secondaryColor, textColor) made safe for a course with a
 * light and a dark theme. Each colour is used in each theme only where it keeps WCAG AA contrast
 * with what it meets there; elsewhere the course's own colour stays, and the author is told why.
 */
import { converter, parse } from 'culori';
import { contrastRatio, toHex, type Rgb } from '../code/contrast.ts';
import { PALETTE_VARS } from './palette-entry.ts';
import type { QuizOptions } from './types.ts';

/** The course's colours in each theme, as in src/styles/tokens.css (a unit test keeps them equal). */
export const SITE_COLOURS = {
  light: { bg: '#ffffff', bgSoft: '#f4f6fa', bgRaised: '#ffffff', fg: '#1b2230', accent: '#2a53c6', ok: '#1c7440', bad: '#b3261e' },
  dark: { bg: '#0f141b', bgSoft: '#161d27', bgRaised: '#1b2330', fg: '#e6ebf2', accent: '#92b2ff', ok: '#62d394', bad: '#ff8a80' },
} as const;

type Theme = keyof typeof SITE_COLOURS;
const THEMES: readonly Theme[] = ['light', 'dark'];
/** The colour options, and the custom property each one sets on the quiz. */
const OPTION_VARS = { primaryColor: PALETTE_VARS[0], secondaryColor: PALETTE_VARS[1], textColor: PALETTE_VARS[2] } as const;
/** A colour option of quizdown. */
export type ColourOption = keyof typeof OPTION_VARS;
/** A custom property the widget may set. */
export type PaletteVar = (typeof OPTION_VARS)[ColourOption];
/** Text needs 4.5:1 (WCAG 1.4.3). */
const TEXT = 4.5;

/** A colour left out in one theme, or one that is no colour at all. */
export interface PaletteProblem {
  option: ColourOption;
  /** Undefined when the value is not a colour. */
  theme?: Theme;
  /** Why: "2.5:1 against the page in the dark theme", or that the value is no colour. */
  message: string;
}

/** Custom properties for the widget (`light-dark(#light, #dark)`), and what was left out. */
export interface QuizPalette {
  vars: Partial<Record<PaletteVar, string>>;
  problems: PaletteProblem[];
}

const toRgb = converter('rgb');

/** The colour as seen over `background`: alpha blended away, #rrggbb. */
function solid(value: string, background: string): string | undefined {
  const colour = toRgb(parse(value));
  if (!colour) return undefined;
  const bg = toRgb(parse(background));
  const alpha = colour.alpha ?? 1;
  const mix = (c: number, b: number): number => 255 * (c * alpha + b * (1 - alpha));
  return toHex([mix(colour.r, bg?.r ?? 1), mix(colour.g, bg?.g ?? 1), mix(colour.b, bg?.b ?? 1)] as Rgb);
}

const ratio = (a: string, b: string): number => contrastRatio(a, b);

/** The lowest contrast of `colour` against each of `others`, with the one that set it. */
function lowest(colour: string, others: Record<string, string>): { value: number; against: string } {
  let worst = { value: Infinity, against: '' };
  for (const [name, other] of Object.entries(others)) {
    const value = ratio(colour, other);
    if (value < worst.value) worst = { value, against: name };
  }
  return worst;
}

/** The palette of a quiz's colour options; empty when it sets none. */
export function quizPalette(options: Pick<QuizOptions, ColourOption>): QuizPalette {
  const problems: PaletteProblem[] = [];
  const chosen: Partial<Record<ColourOption, Partial<Record<Theme, string>>>> = {};
  for (const option of Object.keys(OPTION_VARS) as ColourOption[]) {
    const value = options[option];
    if (value !== undefined && !solid(value, '#ffffff'))
      problems.push({ option, message: `${option}: \`${value}\` is not a CSS colour (try a name such as steelblue, or "#4682b4")` });
  }
  for (const theme of THEMES) {
    const site = SITE_COLOURS[theme];
    const surfaces = { 'the page': site.bg, 'the feedback box': site.bgSoft, 'the result box': site.bgRaised };
    const accept = (option: ColourOption, colour: string | undefined, against: Record<string, string>): string | undefined => {
      if (!colour) return undefined;
      const worst = lowest(colour, against);
      if (worst.value >= TEXT) return ((chosen[option] ??= {})[theme] = colour);
      problems.push({
        option,
        theme,
        message: `${worst.value.toFixed(1)}:1 against ${worst.against} in the ${theme} theme`,
      });
      return undefined;
    };
    const text = accept('textColor', options.textColor && solid(options.textColor, site.bg), surfaces);
    const accent = accept('primaryColor', options.primaryColor && solid(options.primaryColor, site.bg), surfaces);
    // Answers sit on the secondary colour: their text, the right/wrong marks and links must stay legible on it.
    accept('secondaryColor', options.secondaryColor && solid(options.secondaryColor, site.bg), {
      'the answer text': text ?? site.fg,
      'the accent': accent ?? site.accent,
      'the "right" mark': site.ok,
      'the "wrong" mark': site.bad,
    });
  }
  const defaults: Record<ColourOption, (theme: Theme) => string> = {
    primaryColor: (theme) => SITE_COLOURS[theme].accent,
    secondaryColor: (theme) => SITE_COLOURS[theme].bg,
    textColor: (theme) => SITE_COLOURS[theme].fg,
  };
  const vars: QuizPalette['vars'] = {};
  for (const [option, byTheme] of Object.entries(chosen) as [ColourOption, Partial<Record<Theme, string>>][]) {
    vars[OPTION_VARS[option]] = `light-dark(${byTheme.light ?? defaults[option]('light')}, ${byTheme.dark ?? defaults[option]('dark')})`;
  }
  return { vars, problems };
}
