// Imported first by main.ts, before any module that builds a zod schema: zod otherwise probes
// whether eval works (new Function) as schemas are built, the Content-Security-Policy refuses
// eval, and Chromium reports each refusal as a violation. Jitless, zod never tries.
import { z } from 'zod';

z.config({ jitless: true });
