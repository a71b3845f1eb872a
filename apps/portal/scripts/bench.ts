/**
 * `pnpm bench`: the weight of each route, as a browser downloads it. For every kind of page the
 * portal serves, the JavaScript (the page's script and the modules it preloads) and the CSS,
 * gzipped, read from the build (made first when there is none). Each route's JavaScript must
 * stay under 100 kB gzipped (test/bundle-budget.test.ts).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { emptyTrackForm } from '../src/forms.js';
import { commentJourney } from '../src/journeys/comment.js';
import { complaintJourney } from '../src/journeys/complaint.js';
import { complimentJourney } from '../src/journeys/compliment.js';
import { emptyValues } from '../src/journeys/journey.js';
import { pageAssets, readManifest } from '../src/server/assets.js';
import type { ClientEntry } from '../src/server/assets.js';
import type { PageSpec } from '../src/server/render.js';
import { advocateHomeView, signInView, yourComplaintsView } from '../src/server/sign-in-views.js';
import {
  accessibilityView,
  commentStepView,
  complaintCheckView,
  complaintSentView,
  complaintStepView,
  complimentStepView,
  easyReadView,
  homeView,
  leaveView,
  nextStageView,
  privacyView,
  startView,
  trackStatusView,
  trackView,
} from '../src/server/views.js';

const root = new URL('../', import.meta.url);
const dist = new URL('dist/', root);
const manifestFile = new URL('.vite/manifest.json', dist);

if (!existsSync(manifestFile)) {
  execFileSync('pnpm', ['exec', 'vite', 'build'], { cwd: fileURLToPath(root), stdio: 'inherit' });
}
const manifest = readManifest(manifestFile);

const authority = { name: 'Westbridge Borough Council', path: '/wbc' };
const key = '00000000-0000-4000-8000-000000000000';
const codes = { reference: 'WBC-26-00001', trackingCode: 'X' };
const status = {
  reference: 'WBC-26-00001',
  receivedOn: '2026-11-20',
  stage: 1,
  stageName: 'Stage 1',
  status: 'We got it',
  nextStep: null,
  nextDateText: null,
};

/** Each route, with the page it serves (the script comes from the page, as when served). */
const routes: [string, PageSpec][] = [
  ['/', homeView([authority])],
  ['/wbc', startView(authority)],
  ['/wbc/easy-read', easyReadView(authority, 'start')],
  [
    '/wbc/complain',
    complaintStepView(authority, {
      step: 'who',
      values: emptyValues(complaintJourney),
      errors: {},
      idempotencyKey: key,
    }),
  ],
  [
    '/wbc/complain (check your answers)',
    complaintCheckView(authority, { values: emptyValues(complaintJourney), idempotencyKey: key }),
  ],
  [
    '/wbc/complain/confirmation',
    complaintSentView(authority, { ...codes, replyByText: null, advocate: null }),
  ],
  ['/wbc/complain/easy-read', easyReadView(authority, 'complain')],
  [
    '/wbc/say-thank-you',
    complimentStepView(authority, {
      step: 'who',
      values: emptyValues(complimentJourney),
      errors: {},
      idempotencyKey: key,
    }),
  ],
  [
    '/wbc/tell-us-something',
    commentStepView(authority, {
      step: 'who',
      values: emptyValues(commentJourney),
      errors: {},
      idempotencyKey: key,
    }),
  ],
  ['/wbc/track', trackView({ ...authority, code: 'WBC' }, { values: emptyTrackForm, errors: {} })],
  ['/wbc/track (your complaint)', trackStatusView(authority, status, codes)],
  [
    '/wbc/track/next-stage',
    nextStageView(authority, { to: 2, late: false, askByText: null, codes, requestId: key }),
  ],
  ['/wbc/track/easy-read', easyReadView(authority, 'track')],
  ['/wbc/sign-in', signInView(authority, { kind: 'contact', email: '' })],
  ['/wbc/your-complaints (signed in)', yourComplaintsView(authority, 1200, [])],
  [
    '/wbc/advocates (signed in)',
    advocateHomeView(authority, 1200, {
      name: 'Sam',
      providerName: 'Advocacy',
      referrals: [],
      cases: [],
    }),
  ],
  ['/accessibility', accessibilityView()],
  ['/privacy', privacyView()],
  ['/leave', leaveView()],
];

const gzipped = (file: string) => gzipSync(readFileSync(new URL(`.${file}`, dist))).length;
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

for (const [route, spec] of routes) {
  // The same rule as render.tsx: service pages always have at least the common script.
  const entry: ClientEntry | undefined =
    spec.layout === 'neutral' ? spec.entry : (spec.entry ?? 'common');
  const assets = pageAssets(manifest, entry);
  const js = [assets.script, ...assets.modulePreloads]
    .filter((f): f is string => f !== undefined)
    .reduce((sum, file) => sum + gzipped(file), 0);
  const css = assets.stylesheets.reduce((sum, file) => sum + gzipped(file), 0);
  console.log(`${route}: JS ${kB(js)} gzipped, CSS ${kB(css)} gzipped`);
}
