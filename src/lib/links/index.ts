export { checkLinks, fileForPath, type BrokenLink, type PageLinks } from './check.ts';
