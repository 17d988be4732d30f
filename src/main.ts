import { config } from './content/config.js';
import { start } from './start.js';
import { connectTracker } from './tracking/connect.js';
import './elements/wed-app.js';

const app = document.querySelector('wed-app') ?? document.body.appendChild(document.createElement('wed-app'));
void connectTracker(window, `${config.identifier}:state`).then((connection) => start(app, connection));
