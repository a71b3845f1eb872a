/**
 * A form's schema for react-hook-form's `zodResolver`, built from a check that turns what was
 * typed into the domain's input and collects every problem at once: the domain schema's own
 * (with their paths, which follow the form's field names) and the form's few extra rules.
 */
import { z } from 'zod';

export interface FormIssue {
  path: readonly PropertyKey[];
  message: string;
}

export type FormCheck<Output> =
  { ok: true; value: Output } | { ok: false; issues: readonly FormIssue[] };

export function checkedForm<Values, Output>(check: (values: Values) => FormCheck<Output>) {
  return z
    .custom<Values>((value) => typeof value === 'object' && value !== null)
    .transform((values, ctx) => {
      const result = check(values);
      if (result.ok) return result.value;
      for (const issue of result.issues) {
        ctx.addIssue({ code: 'custom', path: [...issue.path], message: issue.message });
      }
      return z.NEVER;
    });
}

/** Parses with a schema, adding `extra` issues, so that all come back together. */
export function parseWith<T>(
  schema: z.ZodType<T>,
  candidate: unknown,
  extra: readonly FormIssue[],
): FormCheck<T> {
  const parsed = schema.safeParse(candidate);
  const issues: FormIssue[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({ path: issue.path, message: issue.message }));
  issues.push(...extra);
  if (issues.length > 0 || !parsed.success) return { ok: false, issues };
  return { ok: true, value: parsed.data };
}
