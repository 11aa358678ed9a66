export { decodeShare, encodeShare, SHARE_LIMITS, type PlaygroundTab, type ShareProblem } from './share.ts';
export type { PlaygroundRequest, PlaygroundResponse } from './protocol.ts';
export { runPlayground } from './run.ts';
export { parseExample, type PlaygroundExample } from './examples.ts';
export { isDockerfileName, newTabName, tabNameProblem } from './tabs.ts';
