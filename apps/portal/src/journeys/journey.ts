/**
 * A journey is a short run of questions, one or two to a page, then a page to check the answers,
 * then sending. The portal keeps no session: every page's form carries the answers so far in
 * hidden fields, and the server decides from them which page comes next. So nothing about what
 * someone wrote is kept anywhere between pages, and the journey works the same with no script.
 *
 * Pure and browser-safe: the server uses it to move between pages, the islands to check a page.
 */
import type { z } from 'zod';
import { fieldErrorsFromZod } from '../forms.js';
import type { FieldErrors } from '../forms.js';

export type JourneyId = 'complaint' | 'compliment' | 'comment';

/** Every answer as typed: text, or '' for an empty box or no choice. */
export type Values<F extends string> = Record<F, string>;

export interface Step<F extends string> {
  /** Names the page in the form (`step`) and in "Change" buttons. */
  id: string;
  /** The fields on this page, in page order. */
  fields: readonly F[];
  /** Checks this page's fields; its messages are the ones shown. */
  schema: z.ZodType;
  /** Whether the page is asked, given the answers so far. Asked always when left out. */
  applies?: (values: Values<F>) => boolean;
}

export interface Journey<F extends string> {
  id: JourneyId;
  /** Every field of every page, in order. */
  fields: readonly F[];
  steps: readonly Step<F>[];
}

/** The page after the questions, where the answers are checked and sent. */
export const checkStepId = 'check';

export function applicableSteps<F extends string>(
  journey: Journey<F>,
  values: Values<F>,
): Step<F>[] {
  return journey.steps.filter((step) => step.applies?.(values) ?? true);
}

export function findStep<F extends string>(journey: Journey<F>, id: string): Step<F> | undefined {
  return journey.steps.find((step) => step.id === id);
}

/** The step with this id, or the first when there is none: an unknown page starts again. */
export function stepOrFirst<F extends string>(journey: Journey<F>, id: string): Step<F> {
  const step = findStep(journey, id) ?? journey.steps[0];
  if (step === undefined) throw new Error(`The ${journey.id} journey has no steps`);
  return step;
}

/** The problems with one page's answers, one per field, or {} when it is fine. */
export function stepErrors<F extends string>(step: Step<F>, values: Values<F>): FieldErrors<F> {
  const picked = Object.fromEntries(step.fields.map((f) => [f, values[f]]));
  const result = step.schema.safeParse(picked);
  return result.success ? {} : fieldErrorsFromZod(step.fields, result.error);
}

/** The first page asked whose answers are not yet fine, if any. */
export function firstIncomplete<F extends string>(
  journey: Journey<F>,
  values: Values<F>,
): Step<F> | undefined {
  return applicableSteps(journey, values).find(
    (step) => Object.keys(stepErrors(step, values)).length > 0,
  );
}

/** Which button was pressed. */
export type Nav =
  { kind: 'continue' } | { kind: 'back' } | { kind: 'send' } | { kind: 'change'; step: string };

export function readNav(raw: string): Nav {
  if (raw === 'back') return { kind: 'back' };
  if (raw === 'send') return { kind: 'send' };
  if (raw.startsWith('change:')) return { kind: 'change', step: raw.slice('change:'.length) };
  return { kind: 'continue' };
}

/** What to show next. */
export type Outcome<F extends string> =
  | { show: 'step'; step: Step<F>; errors: FieldErrors<F>; returnTo: 'check' | undefined }
  | { show: 'check' }
  | { show: 'start' }
  | { show: 'send' };

/**
 * Moves through a journey. `current` is the page the form was on (a step's id, or "check"),
 * `returnTo` is "check" while changing an answer from the check page.
 */
export function nextOutcome<F extends string>(
  journey: Journey<F>,
  values: Values<F>,
  current: string,
  nav: Nav,
  returnTo: 'check' | undefined,
): Outcome<F> {
  const asked = applicableSteps(journey, values);
  const first = asked[0];
  if (first === undefined) return { show: 'check' };
  const showStep = (step: Step<F>, errors: FieldErrors<F> = {}, back = returnTo): Outcome<F> => ({
    show: 'step',
    step,
    errors,
    returnTo: back,
  });
  const incomplete = () => firstIncomplete(journey, values);

  if (nav.kind === 'change') {
    const step = asked.find((s) => s.id === nav.step);
    return step === undefined ? { show: 'check' } : showStep(step, {}, 'check');
  }
  if (current === checkStepId) {
    if (nav.kind === 'back') {
      const last = asked.at(-1);
      return last === undefined ? { show: 'start' } : showStep(last, {}, undefined);
    }
    const missing = incomplete();
    if (missing !== undefined) return showStep(missing, stepErrors(missing, values), undefined);
    return nav.kind === 'send' ? { show: 'send' } : { show: 'check' };
  }

  const index = asked.findIndex((s) => s.id === current);
  const step = asked[index];
  // A page not asked with these answers, or no page at all: start again from the first.
  if (step === undefined) return showStep(first, {}, undefined);

  if (nav.kind === 'back') {
    if (returnTo === checkStepId) return { show: 'check' };
    const previous = asked[index - 1];
    return previous === undefined ? { show: 'start' } : showStep(previous, {}, undefined);
  }
  const errors = stepErrors(step, values);
  if (Object.keys(errors).length > 0) return showStep(step, errors);
  if (returnTo === checkStepId) {
    const missing = incomplete();
    return missing === undefined ? { show: 'check' } : showStep(missing, {}, 'check');
  }
  const next = asked[index + 1];
  return next === undefined ? { show: 'check' } : showStep(next, {}, undefined);
}

/** The answers of the pages asked, in page order: what is sent and what the check page lists. */
export function askedValues<F extends string>(
  journey: Journey<F>,
  values: Values<F>,
): Partial<Values<F>> {
  const out: Partial<Values<F>> = {};
  for (const step of applicableSteps(journey, values)) {
    for (const field of step.fields) out[field] = values[field];
  }
  return out;
}

/** Everything as typed, for every field of the journey. */
export function readValues<F extends string>(journey: Journey<F>, body: unknown): Values<F> {
  const source = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  return Object.fromEntries(
    journey.fields.map((field) => {
      const value = source[field];
      // A field sent twice (a crafted request) counts as its first value.
      const first: unknown = Array.isArray(value) ? value[0] : value;
      return [field, typeof first === 'string' ? first : ''];
    }),
  ) as Values<F>;
}

export function emptyValues<F extends string>(journey: Journey<F>): Values<F> {
  return Object.fromEntries(journey.fields.map((field) => [field, ''])) as Values<F>;
}

/**
 * Where a saved journey carries on: the first page asked, up to the one saved from, whose answers
 * are not yet fine; otherwise the page saved from if nothing was typed on it yet; otherwise the
 * page after it, or the check page.
 */
export function resumeOutcome<F extends string>(
  journey: Journey<F>,
  values: Values<F>,
  savedStep: string,
): { show: 'step'; step: Step<F> } | { show: 'check' } {
  const asked = applicableSteps(journey, values);
  const savedIndex =
    savedStep === checkStepId ? asked.length : asked.findIndex((s) => s.id === savedStep);
  const upTo = savedIndex < 0 ? asked.length : savedIndex;
  const missing = asked
    .slice(0, upTo)
    .find((step) => Object.keys(stepErrors(step, values)).length > 0);
  if (missing !== undefined) return { show: 'step', step: missing };
  const saved = asked[savedIndex];
  if (saved !== undefined) {
    const typed = saved.fields.some((field) => values[field].trim() !== '');
    if (!typed || Object.keys(stepErrors(saved, values)).length > 0)
      return { show: 'step', step: saved };
    const next = asked[savedIndex + 1];
    if (next !== undefined) return { show: 'step', step: next };
  }
  const rest = firstIncomplete(journey, values);
  return rest === undefined ? { show: 'check' } : { show: 'step', step: rest };
}
