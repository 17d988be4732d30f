import configJson from '../../content/config.json';
import type { Json } from './json.js';
import type { PackageConfig } from './types.js';

const configShape: Json<PackageConfig> = configJson;

export const config: PackageConfig = configShape as PackageConfig;
