export { extractMermaidFences, type MermaidFence } from './fences.ts';
export { diagramAccessibilityProblems, fileLineOfDiagramLine, mermaidErrorLine, readDiagramSource, type DiagramSource } from './source.ts';
export { diagramThemeClasses, diagramThemeCss } from './theme.ts';
