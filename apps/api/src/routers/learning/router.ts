import { router } from '../../trpc.js';
import { create } from './create.js';
import { get } from './get.js';
import { list } from './list.js';
import { setStatus } from './set-status.js';
import { themes } from './themes.js';

export const learningRouter = router({ list, get, create, setStatus, themes });
