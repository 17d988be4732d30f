/**
 * index.html holds the introduction as <wed-app>'s declarative shadow root
 * (scripts/prerender/). It is emptied before any element is defined: the
 * elements inside it would otherwise upgrade without their properties. This
 * module is app.ts's first import, so the app chunk runs in one task and
 * wed-app renders into the emptied root before the next paint.
 */
document.querySelector('wed-app')?.shadowRoot?.replaceChildren();
