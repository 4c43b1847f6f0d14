/** The API's entry point: `npm run serve` (built) or `tsx src/main.ts`. */
import './production.ts';
import { ConfigError } from './config.ts';
import { describe } from './health.ts';
import { serve } from './serve.ts';

serve().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : `Could not start the API: ${describe(error)}`);
  process.exit(1);
});
