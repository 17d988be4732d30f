import { config } from '../content/config.js';

/** The name of the one DurableStore the package keeps in the browser (and the localStorage key versions before it used). */
export const PACKAGE_STORE_NAME = `${config.identifier}:state`;
