export { lessonPath, rebaseLink, withBase } from './paths.ts';
export { parseTheme, THEME_KEY, themeInitScript, type Theme } from './theme.ts';
