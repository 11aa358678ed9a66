/**
 * What a family of checks (Kubernetes, Istio, Linkerd, Dockerfile) plugs into the analyzer: its
 * rule codes, the schemas of the kinds it knows, and its checks across documents.
 */
import type * as z from 'zod';
import type { AnalysisContext } from './context.ts';
import type { RuleInfo } from './rules.ts';

/** A kind the validator checks against a schema. */
export interface KindSchema {
  /** API group, "" for the core group. */
  group: string;
  /** Versions accepted with this schema; the first is the current one. */
  versions: readonly string[];
  kind: string;
  /** Whether objects of this kind live in a namespace (Namespace itself does not). */
  namespaced: boolean;
  /** The strict zod schema of the whole document (apiVersion, kind, metadata, spec...). */
  schema: z.ZodType;
  /** Which codes schema problems get: Istio's are IST0106, the others ours (SA2001-SA2004). */
  codes: 'kubernetes' | 'istio';
  /**
   * A kind built into Kubernetes, whose schema handles null itself. The others are custom resources,
   * whose null fields the API server prunes before validating, so the validator leaves them out too.
   */
  builtIn?: true;
}

/** A check across all documents of the input. */
export interface Analyzer {
  /** Short name for tests and profiling, e.g. "istio/virtualservice-destination-hosts". */
  name: string;
  run(context: AnalysisContext): void;
}

/** One family's contribution. */
export interface Family {
  rules: readonly RuleInfo[];
  schemas: readonly KindSchema[];
  analyzers: readonly Analyzer[];
}
