import { config } from 'zod/mini';
import { en } from 'zod/locales';

// Classic zod registers its English messages when it builds its first schema; zod/mini registers none
// (every default message would read "Invalid input"). The schemas are written with zod/mini, to keep
// classic zod off the first figure's path, so this puts the same English words back, once, for every
// schema module that imports it: the pricing files' kit, the scenario's field kit and issue formatter,
// the measurements' parsers, the embed's options. It is the one home of the registration, importable
// from every layer that validates. An explicit locale set elsewhere wins; the jitless flag
// (app/zodConfig.ts) is left alone.
if (!config().localeError) config(en());
