import { renderToString } from 'react-dom/server';
import type { ComponentType } from 'react';
import { islandPropsId } from './island-ids.js';

/** Page data in a script block that is never run: the CSP allows no inline scripts. */
export function serializeProps(props: unknown): string {
  // "<" only occurs inside JSON strings, where \u003c means the same: nothing can close the block.
  return JSON.stringify(props).replace(/</g, '\\u003c');
}

/**
 * Part of a page that a script brings to life. It is rendered on its own, with the same props the
 * browser reads back from the data block, so the browser's first render matches it exactly.
 */
export function Island<P extends object>({
  id,
  component: Component,
  props,
}: {
  id: string;
  component: ComponentType<P>;
  props: P;
}) {
  const html = renderToString(<Component {...props} />);
  return (
    <>
      <div id={id} dangerouslySetInnerHTML={{ __html: html }} />
      <script
        type="application/json"
        id={islandPropsId(id)}
        dangerouslySetInnerHTML={{ __html: serializeProps(props) }}
      />
    </>
  );
}
