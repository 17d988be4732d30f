import { expect } from '@open-wc/testing';
import { unreachableReason } from '../../src/tracking/xapi/unreachable.js';

const NETWORK = { status: null, message: 'the LRS could not be reached (Failed to fetch)' };

describe('unreachableReason: why the LRS could not be read at launch', () => {
  const cases: Array<[string, string, string, { status: number | null; message: string }, RegExp]> = [
    [
      'credentials refused',
      'https://lrs.example/xapi/',
      'https://lms.example/p/index.html',
      { status: 401, message: 'Unauthorized' },
      /refused the launch's credentials \(HTTP 401\)/,
    ],
    [
      'forbidden',
      'https://lrs.example/xapi/',
      'https://lms.example/p/index.html',
      { status: 403, message: 'Forbidden' },
      /credentials \(HTTP 403\)/,
    ],
    [
      'a server error',
      'https://lrs.example/xapi/',
      'https://lms.example/p/index.html',
      { status: 503, message: 'down for maintenance' },
      /answered HTTP 503: down for maintenance/,
    ],
    ['http LRS under an https package', 'http://lrs.intranet/xapi/', 'https://lms.example/p/index.html', NETWORK, /mixed content/],
    [
      'refused, CORS or CSP',
      'http://localhost:8080/xapi/',
      'http://lms.intranet/p/index.html',
      NETWORK,
      /could not be reached \(Failed to fetch\)\..*http:\/\/lms\.intranet \(CORS.*connect-src 'self' https: http:/,
    ],
    [
      'a loopback LRS is not mixed content',
      'http://127.0.0.1:8080/xapi/',
      'https://lms.example/p/index.html',
      NETWORK,
      /could not be reached/,
    ],
  ];
  for (const [name, endpoint, page, failure, expected] of cases) {
    it(name, () => {
      const reason = unreachableReason(endpoint, page, failure);
      expect(reason).to.match(expected);
      expect(reason).to.contain(endpoint);
    });
  }
});
