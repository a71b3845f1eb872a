/**
 * Every page's words, graded for how easy they are to read. The grade of each page is printed;
 * a page a young person reads fails above grade 5. Pages written for adults (the accessibility
 * statement, the privacy notice, questions for someone helping a young person) are graded and
 * printed too, but not held to it.
 */
import { describe, expect, it } from 'vitest';
import type { PageAssets } from '../src/server/assets.js';
import { renderPage } from '../src/server/render.js';
import { servicePages } from './fixtures.js';
import { mainText, readability, sentencesOf, wordsOf } from './readability.js';

const noAssets = (): PageAssets => ({ stylesheets: [], modulePreloads: [], script: undefined });
const youngPersonGrade = 5;

describe('the readability measure', () => {
  it('cuts text into sentences and words, leaving codes and numbers out', () => {
    expect(sentencesOf('We got it. Is that ok?\nCall 999!\n\n1234')).toEqual([
      'We got it.',
      'Is that ok?',
      'Call 999!',
    ]);
    expect(wordsOf('Your reference is WSC-26-00042, keep it.')).toEqual([
      'Your',
      'reference',
      'is',
      'keep',
      'it',
    ]);
  });

  it('grades short plain sentences low and long hard ones high', () => {
    expect(readability('The cat sat on the mat. We like the cat.').grade).toBeLessThan(1);
    const hard = readability(
      'Notwithstanding the aforementioned considerations, the local authority’s statutory obligations necessitate comprehensive investigation of representations.',
    );
    expect(hard.grade).toBeGreaterThan(18);
  });

  it('matches the Flesch-Kincaid formula', () => {
    // 2 sentences, 6 words, 7 syllables ("happy" has two).
    const r = readability('We are happy. You are here.');
    expect(r).toMatchObject({ sentences: 2, words: 6, syllables: 7 });
    expect(r.grade).toBeCloseTo(0.39 * 3 + 11.8 * (7 / 6) - 15.59, 6);
  });

  it('reads the main content of a page, not its scripts or the markup', () => {
    const text = mainText(
      '<header>Council</header><main><h1>Title</h1><p>One <a href="#">two</a> three.</p><script type="application/json">{"x":"hidden words"}</script></main>',
    );
    expect(text).not.toContain('Council');
    expect(text).not.toContain('hidden words');
    expect(sentencesOf(text)).toEqual(['Title', 'One two three.']);
  });
});

describe('every page’s reading level', () => {
  const grades = servicePages.map(([name, spec, reader]) => {
    const result = readability(mainText(renderPage(spec, noAssets)));
    return { name, reader, ...result };
  });

  it('is printed, page by page', () => {
    const lines = grades.map(
      (g) =>
        `${g.grade.toFixed(1).padStart(5)}  ${g.name}${g.reader === 'anyone' ? ' (for adults)' : ''}`,
    );
    console.info(`Flesch-Kincaid grade of each page:\n${lines.join('\n')}`);
    expect(grades.length).toBe(servicePages.length);
  });

  it.each(grades.filter((g) => g.reader === 'young person').map((g) => [g.name, g] as const))(
    '%s reads at grade 5 or below',
    (_, g) => {
      expect(g.words).toBeGreaterThan(0);
      expect(g.grade).toBeLessThanOrEqual(youngPersonGrade);
    },
  );
});
