import { config } from 'zod/mini';
import { en } from 'zod/locales';

// zod/mini registers no messages; classic zod registered English on its first schema. The measurements'
// reasons quote zod's default words ("Too small: …"), so they are put back here: the measure layer may not
// import src/scenario/zodEnglish.ts (the same two lines) and runs on its own in the CLI and the panel.
if (!config().localeError) config(en());
