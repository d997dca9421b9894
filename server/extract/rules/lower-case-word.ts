/** A word not written with a capital opens no name (the rules above it found the exceptions). */
import { isCapitalised } from './tokens';
import type { Rule } from './types';

export const lowerCaseWord: Rule = ({ analysis }, i) => (isCapitalised(analysis, i) ? undefined : { next: i + 1 });
