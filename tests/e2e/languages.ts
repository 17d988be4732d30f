import { config } from '../../src/content/config.js';
import { setLanguage } from '../../src/content/texts.js';
import type { Language } from '../../src/content/types.js';
import type { Connection } from '../../src/tracking/connect.js';
import { standaloneConnection } from './app-harness.js';

export { LANGUAGES } from '../../src/content/types.js';
export { TEXTS } from '../helpers/texts.js';

/**
 * The standalone package launched in `language`: the default language as it
 * opens without asking, any other with `?lang=<language>` in the address.
 */
export function launchedIn(language: Language): Connection {
  return standaloneConnection(language === config.defaultLanguage ? null : language);
}

/** After a test in another language: the page shows the default language again, as the next test expects. */
export async function backToDefaultLanguage(): Promise<void> {
  await setLanguage(config.defaultLanguage);
}
