// Zod compiles object parsers with `new Function` unless told not to. The pages' CSP (script-src 'self')
// forbids eval, and zod's probe for it is reported as a `securitypolicyviolation` even though the throw is
// caught. Zod decides when a schema is built, so this runs first in each entry (boot.ts, embed.tsx). It
// writes zod's global config object, which zod adopts when it loads and `z.config()` writes to, instead of
// calling `z.config()`: importing zod here would put zod on every page's first path, and would let a bundle
// run zod's modules (and the schemas built with them) before this line. `zodConfig.test.ts` checks zod reads it.
const holder = globalThis as { __zod_globalConfig?: Record<string, unknown> };
holder.__zod_globalConfig = Object.assign(holder.__zod_globalConfig ?? {}, { jitless: true });

export {};
