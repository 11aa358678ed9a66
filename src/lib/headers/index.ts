export { framingRules, sectionPattern } from './framing.ts';
export { headersForPath, parseHeadersFile, type HeaderRule } from './headers-file.ts';
