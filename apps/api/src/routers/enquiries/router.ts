import { router } from '../../trpc.js';
import { answer } from './answer.js';
import { create } from './create.js';
import { get } from './get.js';
import { list } from './list.js';

export const enquiriesRouter = router({ list, get, create, answer });
