export { closestMatch, editDistance } from './edit-distance.ts';
