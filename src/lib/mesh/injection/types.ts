/** The data the injection preview produces: decisions, options, injected templates and their rendering. */
import type { DataPath } from '../../manifest/yaml/locate.ts';
import type { PlainObject } from '../../manifest/yaml/load.ts';

/** The meshes the preview knows. */
export type Mesh = 'istio' | 'linkerd';

/** Where in the input the label or annotation that decided is (a path into that resource's data). */
export interface DecisionSource {
  /** Kind of the resource that holds it: "Namespace", "Deployment", ... */
  kind: string;
  name: string;
  file: string;
  /** 0-based document index within the file. */
  index: number;
  /** Path from the document root, e.g. ["metadata", "labels", "istio-injection"]. */
  path: DataPath;
}

/** Whether a mesh injects its proxy into a workload's pods, and why. */
export interface InjectionDecision {
  mesh: Mesh;
  inject: boolean;
  /** One or two sentences for the learner. */
  reason: string;
  /** Short name of the deciding rule, e.g. "namespace-enabled", "pod-opt-out", "host-network". */
  rule: string;
  /** The label or annotation that decided, when one did. */
  source?: DecisionSource;
  /** Istio only: the control-plane revision whose injector handles the pod. */
  revision?: string;
}

/** How the meshes are installed; every field has a documented default (see DEFAULT_INJECTION_OPTIONS). */
export interface InjectionOptions {
  istio: {
    /** istio-proxy as a native sidecar (an init container with restartPolicy: Always). */
    native: boolean;
    /** Istio CNI node agent installed: istio-validation replaces istio-init. */
    cni: boolean;
    /** Revision (or tag) of the installed control plane; unset means any revision a manifest names exists. */
    revision?: string;
  };
  linkerd: {
    /** linkerd-proxy as a native sidecar. */
    native: boolean;
    /** linkerd-cni installed: linkerd-network-validator replaces linkerd-init. */
    cni: boolean;
  };
}

/** Options as callers may give them: any field may be left out. */
export interface InjectionOptionsInput {
  istio?: Partial<InjectionOptions['istio']>;
  linkerd?: Partial<InjectionOptions['linkerd']>;
}

/** A path of the injected pod template that the injector added or changed. */
export interface Change {
  /** Path from the pod template's root: ["spec", "initContainers", 0], ["metadata", "labels", "app"]. */
  path: DataPath;
  kind: 'added' | 'changed';
}

/** Lines of the rendered YAML to highlight, 1-based and inclusive. */
export interface LineRange {
  startLine: number;
  endLine: number;
  kind: 'added' | 'changed';
}

/** A pod template rendered as YAML, with the lines of the injector's additions. */
export interface RenderedTemplate {
  yaml: string;
  lines: LineRange[];
}

/** The pod template as the injector would leave it. */
export interface InjectedPreview extends RenderedTemplate {
  /** Heading for the panel; always says it is a preview. */
  title: string;
  /** Where the proxy went. */
  mode: 'native' | 'classic';
  cni: boolean;
  /** The injected pod template ({ metadata, spec }). */
  template: PlainObject;
  changes: Change[];
  /** What the preview simplifies or assumes (placeholder versions, omitted variables, rewrites). */
  notes: string[];
}

/** One mesh's verdict on a workload, with the preview when it injects. */
export interface MeshPreview {
  decision: InjectionDecision;
  /** Present when the mesh injects and the template could be injected. */
  preview?: InjectedPreview;
  /** Why there is no preview although the mesh injects (the template is not something to inject into). */
  unavailable?: string;
}

/** Both meshes' verdicts on one workload of the input. */
export interface WorkloadPreview {
  /** "Deployment shop/orders" */
  label: string;
  kind: string;
  name: string;
  /** The namespace its pods run in ("default" when the document says none). */
  namespace: string;
  file: string;
  index: number;
  /** Path of the pod template in the resource ([] for a Pod, ["spec", "template"] for a Deployment). */
  templatePath: DataPath;
  istio: MeshPreview;
  linkerd: MeshPreview;
}
