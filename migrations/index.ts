import { Initial1795305753565 } from './1795305753565-Initial.js';

import { Identity1795305993249 } from './1795305993249-Identity.js';

/** Every migration, in order. `npm run migration:generate -- Name` appends to this list. */
export const MIGRATIONS = [Initial1795305753565, Identity1795305993249];
