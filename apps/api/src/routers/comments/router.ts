import { router } from '../../trpc.js';
import { create } from './create.js';
import { get } from './get.js';
import { list } from './list.js';
import { recordStep } from './record-step.js';

export const commentsRouter = router({ list, get, create, recordStep });
