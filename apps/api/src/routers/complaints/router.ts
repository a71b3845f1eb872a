import { router } from '../../trpc.js';
import { create } from './create.js';
import { get } from './get.js';
import { inbox } from './inbox.js';
import { addNote, assign } from './notes.js';
import { recordEvent } from './record-event.js';
import { triage } from './triage.js';

export const complaintsRouter = router({
  inbox,
  get,
  create,
  triage,
  recordEvent,
  addNote,
  assign,
});
