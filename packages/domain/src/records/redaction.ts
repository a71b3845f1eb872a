/**
 * Compliments are published with names replaced by "XX", as councils print them in their annual
 * reports ("XX has made a huge difference to XX life", Dudley 2022-23 section 5). Staff mark the names;
 * this fills in a first draft of the words to publish, which they then read and correct.
 */

/** What a name is replaced with in published words (Dudley 2022-23 section 5). */
export const REDACTION_MARK = 'XX';

function escapeForPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The names as staff typed them: split at commas or new lines, trimmed, longest first. */
export function namesToRedact(marked: string | readonly string[]): string[] {
  const list = typeof marked === 'string' ? marked.split(/[,\n]/) : marked;
  const names = [...new Set(list.map((n) => n.trim()).filter((n) => n.length > 0))];
  // Longer names first, so "Jo Smith" is replaced whole before "Jo" is looked for.
  return names.sort((a, b) => b.length - a.length);
}

function namePattern(name: string): RegExp {
  // A whole word (letters on neither side), with a possessive ’s or 's taken with it: the council reports
  // print "to XX life", not "to XX's life", so the possessive is not kept.
  return new RegExp(
    `(?<![\\p{L}\\p{N}])${escapeForPattern(name)}(?:['’]s)?(?![\\p{L}\\p{N}])`,
    'giu',
  );
}

/** The words with every marked name (and its possessive) replaced by "XX". */
export function redactNames(words: string, marked: string | readonly string[]): string {
  let result = words;
  for (const name of namesToRedact(marked)) {
    result = result.replace(namePattern(name), REDACTION_MARK);
  }
  return result;
}

/** The marked names still present in `words`, in the order they were marked. */
export function namesStillPresent(words: string, marked: string | readonly string[]): string[] {
  return namesToRedact(marked).filter((name) => namePattern(name).test(words));
}
