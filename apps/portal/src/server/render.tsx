import { renderToStaticMarkup } from 'react-dom/server';
import type { ReactElement } from 'react';
import { Document } from '../pages/Document.js';
import type { DocumentProps } from '../pages/Document.js';
import type { ClientEntry, PageAssets } from './assets.js';

export interface PageSpec {
  title: string;
  content: ReactElement;
  /** Problems are shown: the title starts "Error: " (GOV.UK error pattern). */
  hasErrors?: boolean;
  /** The page's script: every service page has at least "common" ("Leave this page"). */
  entry?: ClientEntry | undefined;
  authority?: DocumentProps['authority'];
  back?: DocumentProps['back'];
  layout?: DocumentProps['layout'];
}

/** A whole HTML page. The document itself is never hydrated, only the islands inside it. */
export function renderPage(
  spec: PageSpec,
  assetsFor: (entry: ClientEntry | undefined) => PageAssets,
): string {
  const layout = spec.layout ?? 'service';
  const entry = layout === 'neutral' ? spec.entry : (spec.entry ?? 'common');
  const title = spec.hasErrors === true ? `Error: ${spec.title}` : spec.title;
  return `<!DOCTYPE html>${renderToStaticMarkup(
    <Document
      title={title}
      assets={assetsFor(entry)}
      authority={spec.authority}
      back={spec.back}
      layout={layout}
    >
      {spec.content}
    </Document>,
  )}`;
}
