import { router } from '../../trpc.js';
import { approve } from './approve.js';
import { create } from './create.js';
import { get } from './get.js';
import { list } from './list.js';
import { setTeams } from './set-teams.js';

export const complimentsRouter = router({ list, get, create, setTeams, approve });
