import { z } from 'zod';

// Zod compiles object parsers with `new Function` unless told not to. The pages' CSP (script-src 'self')
// forbids eval, and zod's probe for it is reported as a `securitypolicyviolation` even though the throw is
// caught. Imported first by each entry, before any module parses a schema (the bundled prices do at load).
z.config({ jitless: true });
