export { contrastRatio, ensureContrast, flatten, luminance, parseHex, toHex, type Rgb } from './contrast.ts';
export { KNOWN_META_FLAGS, KNOWN_META_KEYS, parseCodeMeta, type CodeMeta } from './meta.ts';
export { copyableText, parseShellSession, SHELL_LANGUAGES, type ShellLine, type ShellLineKind } from './shell.ts';
export { codeThemeCss, minimumContrast, shownColor, tokenClasses, type CodeThemeInput, type ThemePalette } from './theme.ts';
