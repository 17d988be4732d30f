/**
 * index.html holds the introduction as <wed-app>'s declarative shadow root
 * (scripts/prerender/). It is emptied before any element is defined: the
 * elements inside it would otherwise upgrade without their properties. This
 * module is main.ts's first import, so the whole app.js runs in the same task
 * and wed-app renders into the emptied root before anything is painted.
 */
document.querySelector('wed-app')?.shadowRoot?.replaceChildren();
