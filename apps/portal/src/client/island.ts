import { islandPropsId } from '../pages/island-ids.js';

/** The element an island was rendered into and the props it was rendered with. */
export function readIsland(id: string): { root: HTMLElement; props: unknown } | undefined {
  const root = document.getElementById(id);
  const data = document.getElementById(islandPropsId(id));
  if (root === null || data?.textContent == null) return undefined;
  return { root, props: JSON.parse(data.textContent) as unknown };
}

/** What the form's fields hold right now, which may be more than the server sent. */
export function readFormValues<F extends string>(
  root: HTMLElement,
  fields: readonly F[],
): Record<F, string> | undefined {
  const form = root.querySelector('form');
  if (form === null) return undefined;
  const data = new FormData(form);
  return Object.fromEntries(
    fields.map((field) => {
      const value = data.get(field);
      return [field, typeof value === 'string' ? value : ''];
    }),
  ) as Record<F, string>;
}
