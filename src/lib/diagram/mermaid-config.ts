/**
 * Mermaid settings shared by the build-time renderer and the playground's on-demand graph: strict
 * security, SVG text labels (no HTML), and the site's light and dark theme variables.
 */

// Label widths are measured with the fonts of the machine that renders; Verdana and DejaVu Sans
// share metrics, so boxes fit on Windows, macOS and Linux readers alike.
export const DIAGRAM_FONT = 'Verdana, "DejaVu Sans", "Bitstream Vera Sans", sans-serif';

/** Settings every diagram is rendered with. */
export const MERMAID_CONFIG = {
  startOnLoad: false,
  securityLevel: 'strict',
  deterministicIds: true,
  fontFamily: DIAGRAM_FONT,
  htmlLabels: false,
  flowchart: { htmlLabels: false, useMaxWidth: true, padding: 12 },
  sequence: { useMaxWidth: true, mirrorActors: false },
  theme: 'base',
};

/** Theme variables for each site theme; colours chosen for 7:1 text contrast on their fills. */
export const DIAGRAM_THEMES = {
  light: {
    darkMode: false,
    background: '#ffffff',
    fontFamily: DIAGRAM_FONT,
    primaryColor: '#e7eefc',
    primaryTextColor: '#14213d',
    primaryBorderColor: '#3b5bab',
    secondaryColor: '#e3f4ea',
    secondaryTextColor: '#14213d',
    secondaryBorderColor: '#2f7d4f',
    tertiaryColor: '#fdf1dc',
    tertiaryTextColor: '#14213d',
    tertiaryBorderColor: '#9a6b12',
    lineColor: '#4a5468',
    textColor: '#14213d',
    noteBkgColor: '#fff7d6',
    noteTextColor: '#14213d',
    noteBorderColor: '#9a6b12',
    clusterBkg: '#f4f6fa',
    clusterBorder: '#8a94a8',
    edgeLabelBackground: '#ffffff',
  },
  dark: {
    darkMode: true,
    background: '#0f141b',
    fontFamily: DIAGRAM_FONT,
    primaryColor: '#1d2a45',
    primaryTextColor: '#e8edf5',
    primaryBorderColor: '#7d9fe8',
    secondaryColor: '#183326',
    secondaryTextColor: '#e8edf5',
    secondaryBorderColor: '#63b987',
    tertiaryColor: '#3a2c12',
    tertiaryTextColor: '#e8edf5',
    tertiaryBorderColor: '#d4a548',
    lineColor: '#a9b4c6',
    textColor: '#e8edf5',
    noteBkgColor: '#3a3316',
    noteTextColor: '#f4efd9',
    noteBorderColor: '#d4a548',
    clusterBkg: '#161d27',
    clusterBorder: '#55627a',
    edgeLabelBackground: '#0f141b',
  },
} as const;

/** The Mermaid version in use: part of the cache key, since a new version may draw differently. */
