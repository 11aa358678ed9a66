export { diffPaths } from './diff.ts';
export { ISTIO_IGNORED_NAMESPACES, istioDecision } from './istio-decision.ts';
export { LINKERD_CONTROL_PLANE_NAMESPACES, LINKERD_SKIPPED_NAMESPACES, linkerdDecision } from './linkerd-decision.ts';
export { namespaceIndex, type NamespaceIndex, type NamespaceInfo } from './namespaces.ts';
export { DEFAULT_INJECTION_OPTIONS, ISTIO_PLACEHOLDER_VERSION, LINKERD_PLACEHOLDER_VERSION, resolveOptions } from './options.ts';
export { injectionPreview } from './preview.ts';
export { renderTemplate, templateYaml } from './render.ts';
export type {
  Change,
  DecisionSource,
  InjectedPreview,
  InjectionDecision,
  InjectionOptions,
  InjectionOptionsInput,
  LineRange,
  Mesh,
  MeshPreview,
  RenderedTemplate,
  WorkloadPreview,
} from './types.ts';
