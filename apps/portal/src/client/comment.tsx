/** The "tell us something" pages: each page checked in the browser before it is sent. */
import './common.js';
import { hydrateRoot } from 'react-dom/client';
import { commentFields } from '../journeys/comment.js';
import { CommentStep, commentStepIslandId } from '../islands/CommentStep.js';
import type { CommentStepProps } from '../islands/CommentStep.js';
import { readFormValues, readIsland } from './island.js';

const island = readIsland(commentStepIslandId);
if (island !== undefined) {
  const props = island.props as CommentStepProps;
  const liveValues = readFormValues(island.root, commentFields);
  hydrateRoot(island.root, <CommentStep {...props} liveValues={liveValues} />);
}
