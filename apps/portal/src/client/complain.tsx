/** The complaint page: "Leave this page", and the form checked in the browser before it is sent. */
import './common.js';
import { hydrateRoot } from 'react-dom/client';
import { complaintFields } from '../forms.js';
import { ComplaintForm, complaintFormIslandId } from '../islands/ComplaintForm.js';
import type { ComplaintFormProps } from '../islands/ComplaintForm.js';
import { readFormValues, readIsland } from './island.js';

const island = readIsland(complaintFormIslandId);
if (island !== undefined) {
  const props = island.props as ComplaintFormProps;
  const liveValues = readFormValues(island.root, complaintFields);
  hydrateRoot(island.root, <ComplaintForm {...props} liveValues={liveValues} />);
}
