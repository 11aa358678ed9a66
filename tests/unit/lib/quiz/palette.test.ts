import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../../../src/lib/code/contrast.ts';
import { isPaletteEntry } from '../../../../src/lib/quiz/palette-entry.ts';
import { quizPalette, SITE_COLOURS } from '../../../../src/lib/quiz/palette.ts';

const tokens = readFileSync('src/styles/tokens.css', 'utf8');
const token = (name: string): [string, string] => {
  const found = new RegExp(`--${name}: light-dark\\((#[0-9a-f]{6}), (#[0-9a-f]{6})\\)`).exec(tokens);
  if (!found?.[1] || !found[2]) throw new Error(`no token --${name}`);
  return [found[1], found[2]];
};
const pair = (light: string, dark: string) => `light-dark(${light}, ${dark})`;

describe('quizPalette', () => {
  it('knows the colours the stylesheet really uses', () => {
    const names = { bg: 'bg', bgSoft: 'bg-soft', bgRaised: 'bg-raised', fg: 'fg', accent: 'accent', ok: 'ok', bad: 'bad' } as const;
    for (const [key, name] of Object.entries(names)) {
      expect([SITE_COLOURS.light[key as keyof typeof names], SITE_COLOURS.dark[key as keyof typeof names]]).toEqual(token(name));
    }
  });

  it('uses a dark brand colour in the light theme and keeps the course accent where it would be faint', () => {
    const { vars, problems } = quizPalette({ primaryColor: '#1a5fb4' });
    expect(vars).toEqual({ '--accent': pair('#1a5fb4', SITE_COLOURS.dark.accent) });
    expect(problems.map((p) => [p.option, p.theme])).toEqual([['primaryColor', 'dark']]);
    expect(problems[0]?.message).toBe('2.5:1 against the result box in the dark theme');
  });

  it('uses a light colour in the dark theme only', () => {
    expect(quizPalette({ primaryColor: 'gold' }).vars).toEqual({ '--accent': pair(SITE_COLOURS.light.accent, '#ffd700') });
  });

  it('reads every CSS colour syntax, blends transparency over the page before judging it', () => {
    expect(quizPalette({ textColor: 'hsl(0 0% 0%)' }).vars['--fg']).toBe(pair('#000000', SITE_COLOURS.dark.fg));
    const faint = quizPalette({ textColor: 'rgba(0, 0, 0, 0.1)' });
    expect(faint.vars).toEqual({});
    expect(faint.problems.map((p) => p.theme)).toEqual(['light', 'dark']);
  });

  it('keeps answers legible on the secondary colour: text, marks and links are all checked', () => {
    // Pale pink: fine under dark text in the light theme, unreadable under the dark theme's light text.
    expect(quizPalette({ secondaryColor: '#ffe0e0' }).vars).toEqual({ '--quiz-item-bg': pair('#ffe0e0', SITE_COLOURS.dark.bg) });
    // A mid green hides the "right" mark.
    const green = quizPalette({ secondaryColor: '#3a9a5a' });
    expect(green.vars).toEqual({});
    expect(green.problems.some((p) => p.message.includes('"right" mark') || p.message.includes('answer text'))).toBe(true);
  });

  it('judges the secondary colour against the author’s own text colour when that is used', () => {
    // White text on navy answers: the light theme cannot use white text (its page is white), so navy
    // would sit under the course's dark text there; the dark theme takes both.
    const { vars } = quizPalette({ textColor: '#ffffff', secondaryColor: '#001f5c' });
    expect(vars).toEqual({
      '--fg': pair(SITE_COLOURS.light.fg, '#ffffff'),
      '--quiz-item-bg': pair(SITE_COLOURS.light.bg, '#001f5c'),
    });
  });

  it('every colour it keeps reaches 4.5:1 against what it meets', () => {
    for (const colour of ['#1a5fb4', 'gold', 'black', 'white', '#777777', 'rebeccapurple', 'oklch(70% 0.1 200)']) {
      for (const option of ['primaryColor', 'textColor'] as const) {
        const value = quizPalette({ [option]: colour }).vars[option === 'primaryColor' ? '--accent' : '--fg'];
        const [light, dark] = /light-dark\((#\w+), (#\w+)\)/.exec(value ?? '')?.slice(1) ?? [];
        if (!light || !dark) continue;
        for (const [shown, theme] of [
          [light, SITE_COLOURS.light],
          [dark, SITE_COLOURS.dark],
        ] as const) {
          for (const surface of [theme.bg, theme.bgSoft, theme.bgRaised]) expect(contrastRatio(shown, surface)).toBeGreaterThanOrEqual(4.5);
        }
      }
    }
  });

  it('says so when a value is no colour', () => {
    expect(quizPalette({ secondaryColor: 'brandblue' }).problems).toEqual([
      { option: 'secondaryColor', message: expect.stringContaining('not a CSS colour') },
    ]);
  });
});

describe('isPaletteEntry', () => {
  it('lets the widget set only the palette’s own properties, in the palette’s own form', () => {
    expect(isPaletteEntry('--accent', 'light-dark(#1a5fb4, #92b2ff)')).toBe(true);
    expect(isPaletteEntry('--accent', 'red; background: url(https://evil.example/x)')).toBe(false);
    expect(isPaletteEntry('background-image', 'light-dark(#1a5fb4, #92b2ff)')).toBe(false);
    expect(isPaletteEntry('--fg', 'light-dark(#1a5fb4, #92b2ff) !important')).toBe(false);
    expect(isPaletteEntry('--fg', 42)).toBe(false);
  });
});
