/** The API's entry point: `npm run serve` (built) or `tsx src/main.ts`. */
import './http/production.ts';
import { ConfigError } from './config.ts';
import { describe } from './http/health.ts';
import { serve } from './http/serve.ts';

serve().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : `Could not start the API: ${describe(error)}`);
  process.exit(1);
});
