import { config } from './content/content.js';
import { BrowserStorage } from './persistence/browser-storage.js';
import { start } from './start.js';
import './elements/wed-app.js';

const app = document.querySelector('wed-app') ?? document.body.appendChild(document.createElement('wed-app'));
start(app, BrowserStorage.fromWindow(`${config.identifier}:state`));
