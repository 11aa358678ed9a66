export { closestMatch, editDistance } from './edit-distance.ts';
export { plainText } from './plain.ts';
