export {
  diagramAccessibilityProblems,
  fileLineOfDiagramLine,
  mermaidErrorLine,
  readDiagramSource,
  type DiagramSource,
} from './source.ts';
