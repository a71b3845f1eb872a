/** The tracking page: "Leave this page", and the form checked in the browser before it is sent. */
import './common.js';
import { hydrateRoot } from 'react-dom/client';
import { TrackForm, trackFormIslandId } from '../islands/TrackForm.js';
import type { TrackFormProps } from '../islands/TrackForm.js';
import { readIsland } from './island.js';

const island = readIsland(trackFormIslandId);
if (island !== undefined) {
  hydrateRoot(island.root, <TrackForm {...(island.props as TrackFormProps)} />);
}
