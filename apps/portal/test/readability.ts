/**
 * How hard a page is to read, as a US school grade (Flesch-Kincaid): grade 5 is about a ten year
 * old, the reader many young people in care are (Coram Voice and Mind Of My Own write at that
 * level). Syllables are counted by the `syllable` package, which knows English's exceptions; the
 * formula and the way a page is cut into sentences are here.
 */
import { syllable } from 'syllable';

/** Words of a sentence: runs with a letter in them. Codes and numbers are left out. */
export function wordsOf(sentence: string): string[] {
  return sentence
    .split(/[\s/]+/)
    .filter((w) => !/\d/.test(w))
    .map((w) => w.replace(/^[^A-Za-z]+|[^A-Za-z]+$/g, ''))
    .filter((w) => /[A-Za-z]/.test(w));
}

/** Sentences: a full stop, question or exclamation mark followed by a space ends one. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/\n+/)
    .flatMap((line) => line.split(/(?<=[.?!])\s+/))
    .map((s) => s.trim())
    .filter((s) => wordsOf(s).length > 0);
}

export interface Readability {
  sentences: number;
  words: number;
  syllables: number;
  /** Flesch-Kincaid grade level. */
  grade: number;
}

/** Flesch-Kincaid grade: 0.39 × words per sentence + 11.8 × syllables per word − 15.59. */
export function readability(text: string): Readability {
  const sentences = sentencesOf(text);
  const words = sentences.flatMap(wordsOf);
  const syllables = words.reduce((sum, word) => sum + Math.max(1, syllable(word)), 0);
  if (words.length === 0) return { sentences: 0, words: 0, syllables: 0, grade: 0 };
  const grade =
    0.39 * (words.length / sentences.length) + 11.8 * (syllables / words.length) - 15.59;
  return { sentences: sentences.length, words: words.length, syllables, grade };
}

const blockTags =
  /<\/?(?:p|div|h[1-6]|li|ul|ol|dl|dt|dd|label|legend|fieldset|button|form|table|tr|td|th|caption|section|nav|main|header|footer|br)\b[^>]*>/gi;

/**
 * The words a reader sees in a page's main content: scripts and hidden form fields left out,
 * headings, labels, list items and paragraphs each on their own line, links and bold inside them.
 */
export function mainText(html: string): string {
  const main = /<main\b[^>]*>([^]*)<\/main>/i.exec(html)?.[1] ?? html;
  return main
    .replace(/<script\b[^]*?<\/script>/gi, ' ')
    .replace(/<svg\b[^]*?<\/svg>/gi, ' ')
    .replace(blockTags, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&#x27;|&rsquo;|&lsquo;|’/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/&[a-z]+;|&#x?[0-9a-f]+;/gi, ' ')
    .replace(/[ \t]+/g, ' ');
}
