/** The "say thank you" pages: each page checked in the browser before it is sent. */
import './common.js';
import { hydrateRoot } from 'react-dom/client';
import { complimentFields } from '../journeys/compliment.js';
import { ComplimentStep, complimentStepIslandId } from '../islands/ComplimentStep.js';
import type { ComplimentStepProps } from '../islands/ComplimentStep.js';
import { readFormValues, readIsland } from './island.js';

const island = readIsland(complimentStepIslandId);
if (island !== undefined) {
  const props = island.props as ComplimentStepProps;
  const liveValues = readFormValues(island.root, complimentFields);
  hydrateRoot(island.root, <ComplimentStep {...props} liveValues={liveValues} />);
}
