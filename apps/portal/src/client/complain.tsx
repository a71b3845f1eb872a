/** The complaint pages: "Leave this page", and each page checked in the browser before it is sent. */
import './common.js';
import { hydrateRoot } from 'react-dom/client';
import { complaintFields } from '../journeys/complaint.js';
import { ComplaintStep, complaintStepIslandId } from '../islands/ComplaintStep.js';
import type { ComplaintStepProps } from '../islands/ComplaintStep.js';
import { readFormValues, readIsland } from './island.js';

const island = readIsland(complaintStepIslandId);
if (island !== undefined) {
  const props = island.props as ComplaintStepProps;
  const liveValues = readFormValues(island.root, complaintFields);
  hydrateRoot(island.root, <ComplaintStep {...props} liveValues={liveValues} />);
}
