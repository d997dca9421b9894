/** A capitalised function word ('But', 'In', 'To', 'The', 'However') starts no name. */
import type { Rule } from './types';

/** Parts of speech that never start a name, even capitalised at the start of a sentence. */
const FUNCTION_POS = new Set(['DET', 'ADP', 'CCONJ', 'SCONJ', 'PRON', 'PART', 'AUX', 'ADV', 'INTJ', 'PUNCT', 'SYM', 'NUM']);

export const functionWord: Rule = ({ analysis }, i) => (FUNCTION_POS.has(analysis.tokens.pos[i]) ? { next: i + 1 } : undefined);
