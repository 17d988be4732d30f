// @ts-check
// web-test-runner.config.mjs imports the LRS from here; it is scripts/lrs.mjs.
export { startLrs as startTestLrs } from '../../scripts/lrs.mjs';
