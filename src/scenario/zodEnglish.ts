import { config } from 'zod/mini';
import { en } from 'zod/locales';

// Classic zod registers its English messages when it builds its first schema; zod/mini registers none
// (every default message would read "Invalid input"). The schemas are written with zod/mini, to keep
// classic zod off the first figure's path, so this puts the same English words back, once, for every
// schema whose module imports it (the field kit and the issue formatter do). An explicit locale wins.
if (!config().localeError) config(en());
