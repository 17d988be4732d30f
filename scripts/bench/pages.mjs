// @ts-check
/**
 * Bench-only pages, generated when the bench runs and served under /bench/ (never
 * written into dist/web): the static "floor" page and the LMS host page.
 */

/** @param {string} text */
export const escapeHtml = (text) =>
  text.replace(
    /[&<>"']/g,
    (c) => /** @type {Record<string, string>} */ ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );

/**
 * The floor: the introduction's text (title, paragraphs, steps, quote) and a Start
 * button as plain static HTML, no script, no stylesheet: the least any page showing
 * this screen must do.
 * @param {{ title: string, intro: { heading: string, paragraphs: string[], stepsHeading: string,
 *   steps: { label: string, text: string }[], quote: { text: string, attribution: string, source?: string } } }} intro
 *   content/nl/intro.json
 * @param {string} [start] the button's text (content/nl/ui.json intro.start)
 */
export function floorPage({ title, intro }, start = 'Start') {
  const e = escapeHtml;
  return `<!doctype html>
<html lang="nl">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${e(title)}</title>
  </head>
  <body>
    <main>
      <p>${e(intro.heading)}</p>
      <h1>${e(title)}</h1>
      ${intro.paragraphs.map((p) => `<p>${e(p)}</p>`).join('\n      ')}
      <h2>${e(intro.stepsHeading)}</h2>
      <ol>
        ${intro.steps.map((s) => `<li><span>${e(s.label)}</span> ${e(s.text)}</li>`).join('\n        ')}
      </ol>
      <blockquote><p>${e(intro.quote.text)}</p><footer>${e(intro.quote.attribution)}${intro.quote.source ? ` ${e(intro.quote.source)}` : ''}</footer></blockquote>
      <button type="button" class="primary">${e(start)}</button>
    </main>
  </body>
</html>
`;
}

/**
 * The SCORM run-time calls the stub answers, per standard: [method name, what is recorded].
 * Every call answers "true" (GetValue: the value below, or what was set).
 */
const STUBS = {
  scorm12: {
    global: 'API',
    calls: {
      LMSInitialize: 'Initialize',
      LMSFinish: 'Finish',
      LMSGetValue: 'GetValue',
      LMSSetValue: 'SetValue',
      LMSCommit: 'Commit',
      LMSGetLastError: 'GetLastError',
      LMSGetErrorString: 'GetErrorString',
      LMSGetDiagnostic: 'GetDiagnostic',
    },
    values: {
      'cmi.core.student_id': 'bench-learner',
      'cmi.core.student_name': 'Learner, Bench',
      'cmi.core.lesson_mode': 'normal',
      'cmi.core.credit': 'credit',
      'cmi.core.entry': 'ab-initio',
      'cmi.core.lesson_status': 'not attempted',
      'cmi.interactions._count': '0',
      'cmi.objectives._count': '0',
      'cmi.suspend_data': '',
      'cmi.launch_data': '',
    },
  },
  scorm2004: {
    global: 'API_1484_11',
    calls: {
      Initialize: 'Initialize',
      Terminate: 'Finish',
      GetValue: 'GetValue',
      SetValue: 'SetValue',
      Commit: 'Commit',
      GetLastError: 'GetLastError',
      GetErrorString: 'GetErrorString',
      GetDiagnostic: 'GetDiagnostic',
    },
    values: {
      'cmi.learner_id': 'bench-learner',
      'cmi.learner_name': 'Learner, Bench',
      'cmi.mode': 'normal',
      'cmi.credit': 'credit',
      'cmi.entry': 'ab-initio',
      'cmi.completion_status': 'unknown',
      'cmi.interactions._count': '0',
      'cmi.objectives._count': '0',
      'cmi.suspend_data': '',
      'cmi.launch_data': '',
    },
  },
};

/**
 * An LMS page around the package: `api` 'scorm12' or 'scorm2004' puts a counting stub on
 * window.API / window.API_1484_11 (every call logged in `window.__lms.log` with the host's
 * performance.now(); `window.__lms.committed`: the values as of the last Commit), 'none'
 * none; the package (or any same-origin page: `src`) in a full-size iframe with id "sco".
 * @param {string} api
 * @param {string} src a path on this server, e.g. /web/index.html?standard=scorm12
 * @param {{ blockMs?: number, values?: Record<string, string> }} [options] `blockMs`: Commit
 *   and Finish busy-wait that long, like an LMS answering them with a synchronous request
 *   (their log entries get `ms`, the time they took); `values`: start values over the stub's
 */
export function hostPage(api, src, { blockMs = 0, values = {} } = {}) {
  const stub = api === 'scorm12' || api === 'scorm2004' ? STUBS[api] : null;
  const safeSrc = src.startsWith('/') && !src.startsWith('//') ? src : 'about:blank';
  const script = stub
    ? `<script>
      (() => {
        const log = [];
        const values = ${JSON.stringify({ ...stub.values, ...values }).replace(/</g, '\\u003c')};
        const calls = ${JSON.stringify(stub.calls)};
        const blockMs = ${JSON.stringify(Math.max(0, Number(blockMs) || 0))};
        const lms = { log, values, committed: {}, mark: (name) => log.push({ t: performance.now(), call: 'mark', element: name }) };
        window.__lms = lms;
        const api = {};
        for (const [method, call] of Object.entries(calls)) {
          api[method] = (element = '', value) => {
            const entry = { t: performance.now(), call, element: String(element), value: value === undefined ? undefined : String(value) };
            log.push(entry);
            if (call === 'GetValue') return values[element] ?? '';
            if (call === 'SetValue') values[element] = String(value);
            if (call === 'GetLastError') return '0';
            if (call === 'GetErrorString' || call === 'GetDiagnostic') return '';
            if (call === 'Commit') lms.committed = { ...values };
            if (blockMs > 0 && (call === 'Commit' || call === 'Finish')) {
              while (performance.now() - entry.t < blockMs);
              entry.ms = performance.now() - entry.t;
            }
            return 'true';
          };
        }
        window[${JSON.stringify(stub.global)}] = api;
      })();
    </script>`
    : '';
  return `<!doctype html>
<html lang="nl">
  <head>
    <meta charset="utf-8" />
    <title>bench LMS (${escapeHtml(api)})</title>
    <style>html, body { margin: 0; height: 100%; } iframe { display: block; border: 0; width: 100%; height: 100%; }</style>
    ${script}
  </head>
  <body><iframe id="sco" title="package" src="${escapeHtml(safeSrc)}"></iframe></body>
</html>
`;
}
