export { headersForPath, parseHeadersFile, type HeaderRule } from './headers-file.ts';
