/**
 * Messages between the playground page and its worker: the page sends every tab's text with a
 * sequence number; the worker answers with the diagnostics, the injection preview and the traffic
 * graph for that sequence. The page drops answers older than its latest request.
 */
import type { AnalysisResult } from '../manifest/types.ts';
import type { TrafficGraph } from '../mesh/graph/index.ts';
import type { InjectionOptionsInput, WorkloadPreview } from '../mesh/injection/index.ts';
import type { PlaygroundTab } from './share.ts';

/** What the page asks for. */
export interface PlaygroundRequest {
  seq: number;
  tabs: PlaygroundTab[];
  /** How the meshes are installed, for the injection preview. */
  options: InjectionOptionsInput;
}

/** What the worker answers. */
export interface PlaygroundResponse {
  seq: number;
  result: AnalysisResult;
  injection: WorkloadPreview[];
  graph: TrafficGraph;
  /** Milliseconds the worker spent, for the page's status line and the bench. */
  took: number;
}
