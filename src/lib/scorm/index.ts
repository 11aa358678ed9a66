export { scormManifest } from './manifest.ts';
export { findScormApi, scormTime, startScormSession, type ScormApi, type ScormResult } from './runtime.ts';
