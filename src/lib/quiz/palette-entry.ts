/** What a quiz's palette may set on the widget, checked in the browser without the colour parser. */

/** The custom properties a quiz palette sets: primaryColor, secondaryColor, textColor in that order. */
export const PALETTE_VARS = ['--accent', '--quiz-item-bg', '--fg'] as const;

/** Whether a custom property and value are ones the build's palette makes: the widget sets nothing else. */
export function isPaletteEntry(name: string, value: unknown): boolean {
  return (
    (PALETTE_VARS as readonly string[]).includes(name) &&
    typeof value === 'string' &&
    /^light-dark\(#[0-9a-f]{6}, #[0-9a-f]{6}\)$/.test(value)
  );
}
